package io.steeldome.tracking.model;

import java.util.List;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * A motion model {@code x(t+dt) = f(x(t), dt) + w}, {@code w ~ N(0, Q(dt))}, for the extended, unscented and IMM
 * filters. Linear models fit too ({@link LinearMotion}, {@link ConstantAcceleration}). States are in the scenario's
 * local ENU frame and begin with the positions; {@link #components()} says what each entry means. Implementations are
 * immutable and hold no state between calls.
 */
public interface NonlinearMotionModel {
    /** Length of the state vector. */
    int dimension();

    /** The meaning of each state entry, in state order; its size is {@link #dimension()}. */
    List<StateComponent> components();

    /** {@code f(x, dtS)}: the state propagated over {@code dtS >= 0} seconds without noise. */
    RealVector propagate(RealVector x, double dtS);

    /** The Jacobian {@code df/dx} at {@code x} over {@code dtS >= 0} seconds. */
    RealMatrix jacobian(RealVector x, double dtS);

    /** Process noise covariance Q over {@code dtS >= 0} seconds (symmetric, positive semi-definite). */
    RealMatrix processNoise(double dtS);
}
