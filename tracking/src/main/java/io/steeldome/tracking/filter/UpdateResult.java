package io.steeldome.tracking.filter;

import io.steeldome.tracking.state.GaussianState;
import org.hipparchus.linear.RealMatrix;

/**
 * The outcome of one Kalman update: the posterior plus diagnostics for gating and metrics (compare Hipparchus'
 * {@code ProcessEstimate}).
 *
 * @param posterior the updated state, at the predicted state's time
 * @param innovation residual and its covariance S, computed from the predicted state
 * @param gain the Kalman gain K (state dimension x measurement dimension)
 */
public record UpdateResult(GaussianState posterior, Innovation innovation, RealMatrix gain) {
    public UpdateResult {
        gain = gain.copy();
    }

    @Override
    public RealMatrix gain() {
        return gain.copy();
    }
}
