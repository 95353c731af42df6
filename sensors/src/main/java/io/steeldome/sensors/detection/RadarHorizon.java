package io.steeldome.sensors.detection;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.Wgs84;

/**
 * Smooth-earth line of sight under standard refraction: rays are bent as if they were straight over an earth of
 * radius {@code k * R}. Two points see each other when the straight segment between them, drawn in that scaled
 * geometry, clears the sphere. Heights are above the smooth surface; ground distances are arcs along it (the same
 * arc length in the true and the scaled earth, since the scaled central angle is the true one divided by k).
 *
 * @param refractionK effective-earth factor (4/3 standard atmosphere, 1 geometric)
 * @param earthRadiusM true radius of the smooth earth, m
 */
public record RadarHorizon(double refractionK, double earthRadiusM) {
    public RadarHorizon {
        Checks.positive("refractionK", refractionK, "");
        Checks.positive("earthRadiusM", earthRadiusM, "m");
    }

    /** 4/3 earth on the WGS-84 mean radius. */
    public static RadarHorizon standard() {
        return new RadarHorizon(4.0 / 3.0, Wgs84.MEAN_RADIUS_M);
    }

    public double effectiveRadiusM() {
        return refractionK * earthRadiusM;
    }

    /** The textbook approximation d = sqrt(2 k R h) (h much smaller than R), m. */
    public double horizonDistanceApproxM(double heightM) {
        Checks.nonNegative("heightM", heightM, "m");
        return Math.sqrt(2 * effectiveRadiusM() * heightM);
    }

    /** Exact straight-line distance from a point at {@code heightM} to its tangent point on the scaled sphere, m. */
    public double horizonSlantDistanceM(double heightM) {
        Checks.nonNegative("heightM", heightM, "m");
        return Math.sqrt(heightM * (2 * effectiveRadiusM() + heightM));
    }

    /** Exact ground (arc) distance from the foot of a point at {@code heightM} to its horizon, m. */
    public double horizonGroundDistanceM(double heightM) {
        Checks.nonNegative("heightM", heightM, "m");
        double re = effectiveRadiusM();
        return re * Math.acos(re / (re + heightM));
    }

    /**
     * Whether points at heights {@code h1M} and {@code h2M}, {@code groundDistanceM} apart along the surface, see each
     * other. Exact for the scaled sphere: the segment clears it iff the central angle is at most the sum of the two
     * horizon angles. A point below the surface sees nothing.
     */
    public boolean lineOfSight(double groundDistanceM, double h1M, double h2M) {
        Checks.nonNegative("groundDistanceM", groundDistanceM, "m");
        Checks.finite("h1M", h1M);
        Checks.finite("h2M", h2M);
        if (h1M < 0 || h2M < 0) {
            return false;
        }
        return groundDistanceM <= horizonGroundDistanceM(h1M) + horizonGroundDistanceM(h2M);
    }

    /**
     * Elevation of point 2 seen from point 1 in the scaled geometry, i.e. the apparent (refracted) elevation under
     * this atmosphere, rad.
     */
    public double apparentElevationRad(double groundDistanceM, double h1M, double h2M) {
        Checks.nonNegative("groundDistanceM", groundDistanceM, "m");
        double re = effectiveRadiusM();
        double centralAngle = groundDistanceM / re;
        double r1 = re + Checks.finite("h1M", h1M);
        double r2 = re + Checks.finite("h2M", h2M);
        return Math.atan2(r2 * Math.cos(centralAngle) - r1, r2 * Math.sin(centralAngle));
    }
}
