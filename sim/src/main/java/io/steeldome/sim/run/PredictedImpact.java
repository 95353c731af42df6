package io.steeldome.sim.run;

import io.steeldome.core.geo.GeodeticPoint;

/**
 * Where threat evaluation predicted a track would hit the ground, with the 1-sigma ellipse of the horizontal impact
 * covariance.
 *
 * @param timeS predicted impact time, s since the scenario start
 * @param point predicted mean impact point
 * @param sigmaMajorM 1-sigma semi-major axis, m
 * @param sigmaMinorM 1-sigma semi-minor axis, m
 * @param majorFromEastRad direction of the semi-major axis, counter-clockwise from east, rad in (-pi/2, pi/2]
 */
public record PredictedImpact(
        double timeS, GeodeticPoint point, double sigmaMajorM, double sigmaMinorM, double majorFromEastRad) {
    public PredictedImpact {
        if (!(sigmaMajorM >= sigmaMinorM) || !(sigmaMinorM >= 0)) {
            throw new IllegalArgumentException(
                    "need sigmaMajorM >= sigmaMinorM >= 0, got " + sigmaMajorM + ", " + sigmaMinorM);
        }
    }

    /** The ellipse of a 2x2 east/north covariance [[ee, en], [en, nn]] (m^2) by its eigen-decomposition. */
    public static PredictedImpact ofCovariance(double timeS, GeodeticPoint point, double[][] covarianceEnM2) {
        double a = covarianceEnM2[0][0];
        double b = covarianceEnM2[0][1];
        double d = covarianceEnM2[1][1];
        double half = 0.5 * (a + d);
        double root = Math.sqrt(0.25 * (a - d) * (a - d) + b * b);
        double angle = 0.5 * Math.atan2(2 * b, a - d);
        return new PredictedImpact(
                timeS, point, Math.sqrt(Math.max(0, half + root)), Math.sqrt(Math.max(0, half - root)), angle);
    }
}
