package io.steeldome.tracking.filter;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.measurement.MeasurementModel;
import io.steeldome.tracking.model.NonlinearMotionModel;
import io.steeldome.tracking.state.GaussianState;
import org.hipparchus.linear.RealVector;

/**
 * A Gaussian filter for nonlinear motion and measurement models ({@link ExtendedKalmanFilter},
 * {@link UnscentedKalmanFilter}). The models are arguments, so one stateless filter serves every track and every
 * sensor. States are in the scenario's local ENU frame, times are {@link SimTime}.
 */
public interface GaussianFilter {
    /**
     * Predicts {@code prior} forward to {@code time} with {@code model}.
     *
     * @throws io.steeldome.core.error.SteeldomeException if {@code time} is before the prior or the dimensions differ
     */
    GaussianState predict(GaussianState prior, NonlinearMotionModel model, SimTime time);

    /**
     * The innovation of {@code z} against {@code predicted} under {@code model}, without updating: residual
     * {@code z - z_hat} (through {@link MeasurementModel#difference}) and its covariance S, for gating and
     * association costs.
     */
    Innovation innovation(GaussianState predicted, RealVector z, MeasurementModel model);

    /** Updates {@code predicted} with measurement {@code z} of {@code model}; the posterior keeps the predicted time. */
    UpdateResult update(GaussianState predicted, RealVector z, MeasurementModel model);
}
