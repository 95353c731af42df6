package io.steeldome.defence.threat;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodesicSolution;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;

/**
 * A terrain-following height profile along a route of geodesic legs: the lowest path that keeps {@code clearanceM}
 * above the ground and never climbs or descends more steeply than {@code maxClimbRad}.
 *
 * <p>Heights are sampled every {@code stepM} (the route length divided evenly) and joined linearly. The floor at a
 * sample is the clearance plus the highest ground within one sample step either side (ground sampled every quarter
 * step), so that each linear piece, which never dips below the lower of its two ends, clears the ground under it
 * up to the ground's variation within a quarter step. The slope limit is then imposed by the exact lower envelope
 * {@code h_i = max_j (floor_j - |i - j| step tan(maxClimb))}, computed in one forward and one backward pass: the
 * path climbs at the limit angle ahead of a ridge and descends at it behind, as a flyable terrain-following
 * autopilot with a fixed climb-angle limit would (Tomahawk-class missiles and helicopters in contour flight).
 * Distances are measured on the ellipsoid, like {@link WaypointTrajectory}'s ground speed.
 */
public final class TerrainFollowingProfile {
    /** Steepest climb or descent of the smoothed path by default: 15 degrees (an assumption). */
    public static final double DEFAULT_MAX_CLIMB_RAD = Math.toRadians(15);
    /** Default sample spacing, m: finer than a 3 arc-second DEM cell. */
    public static final double DEFAULT_STEP_M = 50;

    private static final int SUBSAMPLES = 4;
    private static final int MAX_SAMPLES = 2_000_000;

    private final double lengthM;
    private final double stepM;
    private final double[] heightM;
    private final double clearanceM;
    private final double maxClimbRad;

    private TerrainFollowingProfile(
            double lengthM, double stepM, double[] heightM, double clearanceM, double maxClimbRad) {
        this.lengthM = lengthM;
        this.stepM = stepM;
        this.heightM = heightM;
        this.clearanceM = clearanceM;
        this.maxClimbRad = maxClimbRad;
    }

    /** With the default climb limit and sample step. */
    public static TerrainFollowingProfile along(List<GeodeticPoint> route, GroundHeight ground, double clearanceM) {
        return along(route, ground, clearanceM, DEFAULT_MAX_CLIMB_RAD, DEFAULT_STEP_M);
    }

    /**
     * @param route launch, waypoints and aim (their heights are ignored)
     * @param ground the terrain below the route
     * @param clearanceM height kept above the ground, m, > 0
     * @param maxClimbRad steepest climb or descent, rad, in (0, pi/2)
     * @param stepM sample spacing, m, > 0 (the route length is divided into whole steps no longer than this)
     */
    public static TerrainFollowingProfile along(
            List<GeodeticPoint> route, GroundHeight ground, double clearanceM, double maxClimbRad, double stepM) {
        if (route.size() < 2) {
            throw new SteeldomeException(ThreatError.TOO_FEW_WAYPOINTS, route.size());
        }
        Checks.positive("clearanceM", clearanceM, "m");
        Checks.inRange("maxClimbRad", maxClimbRad, 1e-3, Math.PI / 2 - 1e-3, "rad");
        Checks.positive("stepM", stepM, "m");
        Legs legs = new Legs(route);
        int n = (int) Math.max(1, Math.ceil(legs.totalM / stepM));
        if (n > MAX_SAMPLES) {
            throw new SteeldomeException(
                    ThreatError.WRONG_PROFILE, "terrain-following route", legs.totalM + " m", "sample step too fine");
        }
        double step = legs.totalM / n;
        int m = n * SUBSAMPLES;
        double[] g = new double[m + 1];
        for (int j = 0; j <= m; j++) {
            g[j] = Checks.finite("ground height", ground.heightM(legs.pointAt(legs.totalM * j / m)));
        }
        double[] h = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            double top = Double.NEGATIVE_INFINITY;
            for (int j = Math.max(0, (i - 1) * SUBSAMPLES); j <= Math.min(m, (i + 1) * SUBSAMPLES); j++) {
                top = Math.max(top, g[j]);
            }
            h[i] = top + clearanceM;
        }
        double rise = step * Math.tan(maxClimbRad);
        for (int i = 1; i <= n; i++) {
            h[i] = Math.max(h[i], h[i - 1] - rise);
        }
        for (int i = n - 1; i >= 0; i--) {
            h[i] = Math.max(h[i], h[i + 1] - rise);
        }
        return new TerrainFollowingProfile(legs.totalM, step, h, clearanceM, maxClimbRad);
    }

    /** Route length on the ellipsoid, m. */
    public double lengthM() {
        return lengthM;
    }

    public double clearanceM() {
        return clearanceM;
    }

    public double maxClimbRad() {
        return maxClimbRad;
    }

    /** Height of the path {@code distanceM} along the route (clamped to it), m. */
    public double heightAt(double distanceM) {
        double x = Math.clamp(distanceM, 0, lengthM) / stepM;
        int i = Math.min((int) x, heightM.length - 2);
        double f = x - i;
        return heightM[i] + f * (heightM[i + 1] - heightM[i]);
    }

    /** dh/ds of the path at {@code distanceM} (the piece ahead of a sample point), dimensionless. */
    public double slopeAt(double distanceM) {
        double x = Math.clamp(distanceM, 0, lengthM) / stepM;
        int i = Math.min((int) x, heightM.length - 2);
        return (heightM[i + 1] - heightM[i]) / stepM;
    }

    /** Geodesic legs of a route, walked by distance. */
    static final class Legs {
        final List<GeodeticPoint> route;
        final double[] startM;
        final double[] azimuthRad;
        final double totalM;

        Legs(List<GeodeticPoint> route) {
            this.route = List.copyOf(route);
            int legs = route.size() - 1;
            startM = new double[legs + 1];
            azimuthRad = new double[legs];
            for (int i = 0; i < legs; i++) {
                GeodesicSolution g = Geodesy.inverse(route.get(i), route.get(i + 1));
                if (!(g.distanceM() > 0)) {
                    throw new SteeldomeException(ThreatError.ZERO_LENGTH_ROUTE, route.get(i), route.get(i + 1));
                }
                azimuthRad[i] = g.azimuth1Rad();
                startM[i + 1] = startM[i] + g.distanceM();
            }
            totalM = startM[legs];
        }

        GeodeticPoint pointAt(double s) {
            int leg = 0;
            while (leg < azimuthRad.length - 1 && s >= startM[leg + 1]) {
                leg++;
            }
            return Geodesy.direct(route.get(leg), azimuthRad[leg], Math.min(s, totalM) - startM[leg]);
        }
    }
}
