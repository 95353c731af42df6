package io.steeldome.tracking.measurement;

import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * A measurement model {@code z = h(x) + v}, {@code v ~ N(0, R)}, for the extended, unscented and IMM filters. The
 * state is in the scenario's local ENU frame and starts with the {@link io.steeldome.tracking.state.StateLayout}
 * entries (positions at 0..2, velocities at 3..5); any longer state (constant acceleration, coordinated turn) works
 * too. Implementations are immutable.
 */
public interface MeasurementModel {
    /** Length of the measurement vector. */
    int dimension();

    /** {@code h(x)}: the noise-free measurement of state {@code x}. */
    RealVector expected(RealVector x);

    /** The Jacobian {@code dh/dx} at {@code x}: {@link #dimension()} rows, one column per state entry. */
    RealMatrix jacobian(RealVector x);

    /** Measurement noise covariance R (symmetric positive definite). */
    RealMatrix noise();

    /**
     * {@code a - b} as the filters must see it: angular entries wrapped to [-pi, pi) so a residual never jumps by
     * 2 pi across an angle cut. Plain subtraction by default.
     */
    default RealVector difference(RealVector a, RealVector b) {
        return a.subtract(b);
    }
}
