package io.steeldome.tracking.model;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import java.util.List;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Nearly-constant-acceleration (Wiener-process acceleration) model in the 3-D ENU frame. The state is
 * {@code [eastM, northM, upM, eastMps, northMps, upMps, eastMps2, northMps2, upMps2]}, so its first six entries are
 * the {@link io.steeldome.tracking.state.StateLayout} of the constant-velocity model. The noise is continuous white
 * jerk of spectral density q per axis: {@code q [[dt^5/20, dt^4/8, dt^3/6], [.., dt^3/3, dt^2/2], [.., .., dt]]}
 * (Bar-Shalom, Estimation with Applications to Tracking and Navigation, 6.2.3).
 *
 * @param jerkDensityM2PerS5 q in m^2/s^5
 */
public record ConstantAcceleration(double jerkDensityM2PerS5) implements MotionModel, NonlinearMotionModel {
    private static final int AXES = 3;
    private static final int DIM = 3 * AXES;
    /** Positions, velocities, accelerations, each E, N, U: shared with {@link Singer}. */
    static final List<StateComponent> COMPONENTS = List.of(
            StateComponent.EAST,
            StateComponent.NORTH,
            StateComponent.UP,
            StateComponent.V_EAST,
            StateComponent.V_NORTH,
            StateComponent.V_UP,
            StateComponent.A_EAST,
            StateComponent.A_NORTH,
            StateComponent.A_UP);

    public ConstantAcceleration {
        Checks.nonNegative("jerkDensityM2PerS5", jerkDensityM2PerS5, "m^2/s^5");
    }

    @Override
    public int dimension() {
        return DIM;
    }

    @Override
    public List<StateComponent> components() {
        return COMPONENTS;
    }

    @Override
    public RealMatrix transition(double dtS) {
        Checks.nonNegative("dtS", dtS, "s");
        RealMatrix f = MatrixUtils.createRealIdentityMatrix(DIM);
        for (int i = 0; i < AXES; i++) {
            f.setEntry(i, AXES + i, dtS);
            f.setEntry(i, 2 * AXES + i, dtS * dtS / 2);
            f.setEntry(AXES + i, 2 * AXES + i, dtS);
        }
        return f;
    }

    @Override
    public RealMatrix processNoise(double dtS) {
        Checks.nonNegative("dtS", dtS, "s");
        double q = jerkDensityM2PerS5;
        double t2 = dtS * dtS;
        double t3 = t2 * dtS;
        double[][] block = {
            {q * t3 * t2 / 20, q * t2 * t2 / 8, q * t3 / 6},
            {q * t2 * t2 / 8, q * t3 / 3, q * t2 / 2},
            {q * t3 / 6, q * t2 / 2, q * dtS}
        };
        RealMatrix m = MatrixUtils.createRealMatrix(DIM, DIM);
        for (int axis = 0; axis < AXES; axis++) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    m.setEntry(a * AXES + axis, b * AXES + axis, block[a][b]);
                }
            }
        }
        return m;
    }

    @Override
    public RealVector propagate(RealVector x, double dtS) {
        checkState(x);
        return transition(dtS).operate(x);
    }

    @Override
    public RealMatrix jacobian(RealVector x, double dtS) {
        checkState(x);
        return transition(dtS);
    }

    private static void checkState(RealVector x) {
        if (x.getDimension() != DIM) {
            throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, "state", x.getDimension(), DIM);
        }
    }
}
