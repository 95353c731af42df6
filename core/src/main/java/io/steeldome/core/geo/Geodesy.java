package io.steeldome.core.geo;

import io.steeldome.core.error.Checks;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;

/** Geodesics on WGS-84 through GeographicLib (Karney 2013, accurate to ~15 nm). Heights are ignored. */
public final class Geodesy {
    private Geodesy() {}

    private static final Geodesic WGS84 = Geodesic.WGS84;

    public static GeodesicSolution inverse(GeodeticPoint from, GeodeticPoint to) {
        GeodesicData g = WGS84.Inverse(
                from.latDeg(), from.lonDeg(), to.latDeg(), to.lonDeg(), GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        return new GeodesicSolution(g.s12, Math.toRadians(g.azi1), Math.toRadians(g.azi2));
    }

    public static double distanceM(GeodeticPoint from, GeodeticPoint to) {
        return WGS84.Inverse(from.latDeg(), from.lonDeg(), to.latDeg(), to.lonDeg(), GeodesicMask.DISTANCE).s12;
    }

    /** The point {@code distanceM} along the geodesic leaving {@code from} at {@code azimuthRad}; height kept. */
    public static GeodeticPoint direct(GeodeticPoint from, double azimuthRad, double distanceM) {
        Checks.finite("distanceM", distanceM);
        GeodesicData g = WGS84.Direct(
                from.latDeg(),
                from.lonDeg(),
                Math.toDegrees(azimuthRad),
                distanceM,
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        return GeodeticPoint.ofDegrees(g.lat2, g.lon2, from.hM());
    }

    /** Sum of the geodesic lengths between consecutive points, m. */
    public static double pathLengthM(java.util.List<GeodeticPoint> points) {
        double sum = 0;
        for (int i = 1; i < points.size(); i++) {
            sum += distanceM(points.get(i - 1), points.get(i));
        }
        return sum;
    }
}
