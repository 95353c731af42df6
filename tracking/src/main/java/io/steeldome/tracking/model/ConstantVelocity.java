package io.steeldome.tracking.model;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Nearly-constant-velocity model on {@code axes} independent Cartesian axes. The state is all positions first, then
 * all velocities: {@code [p_1..p_k, v_1..v_k]}, so with three axes it is the ENU layout of
 * {@link io.steeldome.tracking.state.StateLayout}.
 *
 * @param axes number of spatial axes, 1 to 3
 * @param noise which white-noise-acceleration convention {@code intensity} belongs to
 * @param intensity q in m^2/s^3 for {@link AccelerationNoise#CONTINUOUS}, sigma_a in m/s^2 for
 *     {@link AccelerationNoise#DISCRETE}
 */
public record ConstantVelocity(int axes, AccelerationNoise noise, double intensity) implements MotionModel {

    /** Process-noise conventions (Bar-Shalom, Estimation with Applications to Tracking and Navigation, 6.2-6.3). */
    public enum AccelerationNoise {
        /** Continuous white acceleration of spectral density q: per axis q [[dt^3/3, dt^2/2], [dt^2/2, dt]]. */
        CONTINUOUS,
        /** Piecewise-constant acceleration of std sigma_a per step: per axis sigma_a^2 [[dt^4/4, dt^3/2], [.., dt^2]]. */
        DISCRETE
    }

    public ConstantVelocity {
        if (axes < 1 || axes > 3) {
            throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, "constant-velocity axes", axes, "1, 2 or 3");
        }
        Checks.nonNegative("intensity", intensity, noise == AccelerationNoise.CONTINUOUS ? "m^2/s^3" : "m/s^2");
    }

    /** 3-D ENU model with continuous white-noise acceleration (Stone Soup's convention), q in m^2/s^3. */
    public static ConstantVelocity continuousEnu(double qM2PerS3) {
        return new ConstantVelocity(3, AccelerationNoise.CONTINUOUS, qM2PerS3);
    }

    /** 3-D ENU model with discrete white-noise acceleration, sigma_a in m/s^2. */
    public static ConstantVelocity discreteEnu(double sigmaAMps2) {
        return new ConstantVelocity(3, AccelerationNoise.DISCRETE, sigmaAMps2);
    }

    @Override
    public int dimension() {
        return 2 * axes;
    }

    @Override
    public RealMatrix transition(double dtS) {
        checkStep(dtS);
        RealMatrix f = MatrixUtils.createRealIdentityMatrix(dimension());
        for (int i = 0; i < axes; i++) {
            f.setEntry(i, axes + i, dtS);
        }
        return f;
    }

    @Override
    public RealMatrix processNoise(double dtS) {
        checkStep(dtS);
        double pp;
        double pv;
        double vv;
        if (noise == AccelerationNoise.CONTINUOUS) {
            pp = intensity * dtS * dtS * dtS / 3;
            pv = intensity * dtS * dtS / 2;
            vv = intensity * dtS;
        } else {
            double s2 = intensity * intensity;
            pp = s2 * dtS * dtS * dtS * dtS / 4;
            pv = s2 * dtS * dtS * dtS / 2;
            vv = s2 * dtS * dtS;
        }
        RealMatrix q = MatrixUtils.createRealMatrix(dimension(), dimension());
        for (int i = 0; i < axes; i++) {
            q.setEntry(i, i, pp);
            q.setEntry(i, axes + i, pv);
            q.setEntry(axes + i, i, pv);
            q.setEntry(axes + i, axes + i, vv);
        }
        return q;
    }

    private static void checkStep(double dtS) {
        Checks.nonNegative("dtS", dtS, "s");
    }
}
