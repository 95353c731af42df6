package io.steeldome.tracking.model;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import java.util.List;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Singer's manoeuvring-target model (IEEE Trans. AES-6, 1970) for slowly manoeuvring targets such as drones:
 * acceleration is a first-order Markov process {@code da/dt = -a / tau + w} with stationary standard deviation
 * {@code sigmaAccelMps2} and correlation time {@code tauS}, per ENU axis. State
 * {@code [E, N, U, vE, vN, vU, aE, aN, aU]} as {@link ConstantAcceleration}'s. Large {@code tau} tends to constant
 * acceleration, small {@code tau} to constant velocity with white acceleration.
 *
 * <p>Q is {@code 2 sigma^2 / tau} times the integral of {@code phi(s) phi(s)^T} over the step, {@code phi} the
 * response to a unit acceleration impulse; the integral is evaluated by composite Simpson quadrature with at least
 * 64 panels and 256 per correlation time (error ~1e-11 relative; the integrand is smooth), which keeps it free of the
 * cancellation the closed-form entries suffer at small {@code dt / tau}.
 *
 * @param tauS acceleration correlation time, s (e.g. 10-60 s for a drone's gentle turns)
 * @param sigmaAccelMps2 standard deviation of the acceleration, m/s^2
 */
public record Singer(double tauS, double sigmaAccelMps2) implements MotionModel, NonlinearMotionModel {
    private static final int AXES = 3;
    private static final int DIM = 9;
    private static final int MIN_PANELS = 64;
    private static final int PANELS_PER_TAU = 256;

    public Singer {
        Checks.positive("tauS", tauS, "s");
        Checks.nonNegative("sigmaAccelMps2", sigmaAccelMps2, "m/s^2");
    }

    @Override
    public int dimension() {
        return DIM;
    }

    @Override
    public List<StateComponent> components() {
        return ConstantAcceleration.COMPONENTS;
    }

    @Override
    public RealMatrix transition(double dtS) {
        Checks.nonNegative("dtS", dtS, "s");
        double[] phi = response(dtS);
        RealMatrix f = MatrixUtils.createRealIdentityMatrix(DIM);
        for (int i = 0; i < AXES; i++) {
            f.setEntry(i, AXES + i, dtS);
            f.setEntry(i, 2 * AXES + i, phi[0]);
            f.setEntry(AXES + i, 2 * AXES + i, phi[1]);
            f.setEntry(2 * AXES + i, 2 * AXES + i, phi[2]);
        }
        return f;
    }

    @Override
    public RealMatrix processNoise(double dtS) {
        Checks.nonNegative("dtS", dtS, "s");
        double[][] block = new double[3][3];
        int panels = 2 * (int) Math.ceil(Math.max(MIN_PANELS, PANELS_PER_TAU * dtS / tauS) / 2); // even for Simpson
        double h = dtS / panels;
        for (int k = 0; k <= panels; k++) {
            double w = (k == 0 || k == panels) ? 1 : (k % 2 == 1 ? 4 : 2);
            double[] phi = response(k * h);
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    block[a][b] += w * phi[a] * phi[b];
                }
            }
        }
        double scale = 2 * sigmaAccelMps2 * sigmaAccelMps2 / tauS * h / 3;
        RealMatrix m = MatrixUtils.createRealMatrix(DIM, DIM);
        for (int axis = 0; axis < AXES; axis++) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    m.setEntry(a * AXES + axis, b * AXES + axis, scale * block[a][b]);
                }
            }
        }
        return m;
    }

    @Override
    public RealVector propagate(RealVector x, double dtS) {
        check(x);
        return transition(dtS).operate(x);
    }

    @Override
    public RealMatrix jacobian(RealVector x, double dtS) {
        check(x);
        return transition(dtS);
    }

    /**
     * Position, velocity and acceleration {@code s} seconds after a unit acceleration: with {@code alpha = 1 / tau},
     * {@code [(alpha s - 1 + e^(-alpha s)) / alpha^2, (1 - e^(-alpha s)) / alpha, e^(-alpha s)]}. expm1 keeps the
     * small-{@code alpha s} cases accurate.
     */
    private double[] response(double s) {
        double alpha = 1 / tauS;
        double as = alpha * s;
        double em1 = Math.expm1(-as); // e^(-as) - 1
        return new double[] {(as + em1) / (alpha * alpha), -em1 / alpha, em1 + 1};
    }

    private static void check(RealVector x) {
        if (x.getDimension() != DIM) {
            throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, "Singer state", x.getDimension(), DIM);
        }
    }
}
