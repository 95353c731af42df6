package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodesicSolution;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.Wgs84;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Line of sight between two geodetic points over an {@link ElevationRaster}, with earth curvature and refraction.
 *
 * <p>The path is the WGS-84 geodesic (GeographicLib through {@link Geodesy}), sampled every half cell or less
 * (bilinear heights, {@link ElevationRaster#sample}); the ends' own ground is sampled the same way. Over an earth of
 * effective radius {@code k R}, R the ellipsoid's radius of curvature along the path's azimuth at the observer
 * (Euler: {@code 1/R = cos^2(az)/M + sin^2(az)/N}), terrain at distance s lies {@code s^2 / (2 k R)} below the
 * observer's horizontal plane; the ray runs straight from the eye to the target in that frame. The check is the same
 * geometry as {@link Viewshed}'s (which uses R = a like GDAL; the two radii differ by at most 0.7 %, changing a 50 m
 * curvature drop by 0.35 m).
 *
 * <p>Voids: a sample on a void or outside the DEM is unknown terrain. Known terrain above the ray makes the answer
 * BLOCKED; otherwise any unknown sample makes it UNKNOWN, never VISIBLE. An end on a void is UNKNOWN as well; an end
 * outside the DEM is an error.
 */
public final class LineOfSight {
    private LineOfSight() {}

    /**
     * Whether a target {@code options.targetHeightM()} above the ground at {@code target} is seen from an eye {@code
     * options.observerHeightM()} above the ground at {@code observer} (the points' own heights are ignored).
     *
     * @throws SteeldomeException {@link TerrainError#OUTSIDE} if either end is outside the DEM
     */
    public static LineOfSightResult check(
            ElevationRaster dem, GeodeticPoint observer, GeodeticPoint target, LineOfSightOptions options) {
        GridGeometry g = dem.geometry();
        Crs crs = g.crs();
        double[] oxy = inside(g, crs.fromGeodetic(observer), "observer " + observer);
        double[] txy = inside(g, crs.fromGeodetic(target), "target " + target);
        GeodesicSolution path = Geodesy.inverse(observer, target);
        double dist = path.distanceM();
        OptionalDouble groundObs = dem.sample(oxy[0], oxy[1]);
        OptionalDouble groundTgt = dem.sample(txy[0], txy[1]);
        if (groundObs.isEmpty() || groundTgt.isEmpty()) {
            return new LineOfSightResult(
                    LineOfSightResult.Visibility.UNKNOWN, Double.NaN, Optional.empty(), Double.NaN, dist, 0, 0);
        }
        double sinAz = Math.sin(path.azimuth1Rad());
        double cosAz = Math.cos(path.azimuth1Rad());
        double radius = 1.0
                / (cosAz * cosAz / Wgs84.meridianRadiusM(observer.latRad())
                        + sinAz * sinAz / Wgs84.primeVerticalRadiusM(observer.latRad()));
        double inv2kR = Double.isInfinite(options.refractionK()) ? 0 : 1.0 / (2 * options.refractionK() * radius);
        double eye = groundObs.getAsDouble() + options.observerHeightM();
        double tgt = groundTgt.getAsDouble() + options.targetHeightM() - dist * dist * inv2kR;

        int n = (int) Math.ceil(dist / (0.5 * cellSizeM(g, observer, target)));
        double minClear = Double.POSITIVE_INFINITY;
        double minS = Double.NaN;
        GeodeticPoint minP = null;
        int unknown = 0;
        for (int i = 1; i < n; i++) {
            double s = dist * i / n;
            GeodeticPoint p = Geodesy.direct(observer, path.azimuth1Rad(), s);
            double[] xy = crs.fromGeodetic(p);
            OptionalDouble h = dem.sample(xy[0], xy[1]);
            if (h.isEmpty()) {
                unknown++;
                continue;
            }
            double ray = eye + (tgt - eye) * (s / dist);
            double clear = ray - (h.getAsDouble() - s * s * inv2kR);
            if (clear < minClear) {
                minClear = clear;
                minS = s;
                minP = p.withHeight(h.getAsDouble());
            }
        }
        LineOfSightResult.Visibility v = minClear < 0
                ? LineOfSightResult.Visibility.BLOCKED
                : unknown > 0 ? LineOfSightResult.Visibility.UNKNOWN : LineOfSightResult.Visibility.VISIBLE;
        return new LineOfSightResult(v, minClear, Optional.ofNullable(minP), minS, dist, Math.max(0, n - 1), unknown);
    }

    private static double[] inside(GridGeometry g, double[] xy, String what) {
        if (g.cellCol(xy[0]) < 0 || g.cellRow(xy[1]) < 0) {
            throw new SteeldomeException(TerrainError.OUTSIDE, what, "x " + xy[0] + ", y " + xy[1]);
        }
        return xy;
    }

    /** The smaller side of a cell in metres (on a geographic grid, at the more poleward end, where it is smallest). */
    private static double cellSizeM(GridGeometry g, GeodeticPoint a, GeodeticPoint b) {
        if (!g.crs().geographic()) {
            return Math.min(g.pixelWidth(), g.pixelHeight());
        }
        double lat = Math.max(Math.abs(a.latRad()), Math.abs(b.latRad()));
        double w = Math.toRadians(g.pixelWidth()) * Wgs84.primeVerticalRadiusM(lat) * Math.cos(lat);
        double h = Math.toRadians(g.pixelHeight()) * Wgs84.meridianRadiusM(lat);
        return Math.max(Math.min(w, h), 1e-3);
    }
}
