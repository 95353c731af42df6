package io.steeldome.border.alert;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.units.Units;

/**
 * A horizontal 1-sigma error ellipse in the local east-north plane of the reported position.
 *
 * @param semiMajorM 1-sigma semi-major axis, m, >= semiMinorM
 * @param semiMinorM 1-sigma semi-minor axis, m, >= 0
 * @param orientationRad direction of the major axis, clockwise from north, normalised to [0, pi)
 */
public record PositionUncertainty(double semiMajorM, double semiMinorM, double orientationRad) {
    public PositionUncertainty {
        Checks.nonNegative("semiMinorM", semiMinorM, "m");
        Checks.nonNegative("semiMajorM", semiMajorM, "m");
        Checks.inRange("semiMajorM", semiMajorM, semiMinorM, Double.MAX_VALUE, "m");
        Checks.finite("orientationRad", orientationRad);
        // An ellipse is symmetric under a half turn, so keep the axis direction in [0, pi).
        double o = Units.wrapPi(orientationRad);
        orientationRad = o < 0 ? o + Math.PI : o;
        if (orientationRad >= Math.PI) {
            orientationRad = 0;
        }
    }

    /** A circle of the given 1-sigma radius. */
    public static PositionUncertainty circular(double sigmaM) {
        return new PositionUncertainty(sigmaM, sigmaM, 0);
    }

    /**
     * The ellipse of a 2x2 east-north covariance [[ee, en], [en, nn]] (m^2), from its eigen-decomposition.
     */
    public static PositionUncertainty ofCovariance(double eeM2, double enM2, double nnM2) {
        Checks.nonNegative("eeM2", eeM2, "m^2");
        Checks.nonNegative("nnM2", nnM2, "m^2");
        Checks.finite("enM2", enM2);
        double mean = 0.5 * (eeM2 + nnM2);
        double half = 0.5 * (eeM2 - nnM2);
        double r = Math.hypot(half, enM2);
        double l1 = mean + r;
        double l2 = mean - r;
        if (l2 < -1e-9 * Math.max(1, l1)) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "covariance", l2, "not positive semi-definite");
        }
        // Major-axis eigenvector (east, north) = (cos t, sin t) with tan 2t = 2 en / (ee - nn), t from east;
        // the bearing from north is pi/2 - t.
        double fromEast = 0.5 * Math.atan2(2 * enM2, eeM2 - nnM2);
        return new PositionUncertainty(Math.sqrt(l1), Math.sqrt(Math.max(0, l2)), Math.PI / 2 - fromEast);
    }

    /** The east-north covariance {ee, en, nn}, m^2. */
    public double[] covarianceEnM2() {
        double s = Math.sin(orientationRad); // east component of the major axis
        double c = Math.cos(orientationRad); // north component
        double a2 = semiMajorM * semiMajorM;
        double b2 = semiMinorM * semiMinorM;
        return new double[] {a2 * s * s + b2 * c * c, (a2 - b2) * s * c, a2 * c * c + b2 * s * s};
    }
}
