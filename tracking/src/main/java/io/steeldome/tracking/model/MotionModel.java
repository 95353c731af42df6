package io.steeldome.tracking.model;

import org.hipparchus.linear.RealMatrix;

/**
 * A linear Gaussian motion model {@code x(t+dt) = F(dt) x(t) + w}, {@code w ~ N(0, Q(dt))}. Implementations are
 * immutable and hold no state between calls.
 */
public interface MotionModel {
    /** Length of the state vector. */
    int dimension();

    /** Transition matrix F over {@code dtS >= 0} seconds. */
    RealMatrix transition(double dtS);

    /** Process noise covariance Q over {@code dtS >= 0} seconds (symmetric, positive semi-definite). */
    RealMatrix processNoise(double dtS);
}
