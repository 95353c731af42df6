package io.steeldome.tracking.filter;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.measurement.MeasurementModel;
import io.steeldome.tracking.model.NonlinearMotionModel;
import io.steeldome.tracking.state.GaussianState;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/** Argument checks and covariance algebra shared by the nonlinear filters. */
final class Steps {
    private Steps() {}

    /** Seconds from the prior to {@code time}; refuses to predict backwards or across dimensions. */
    static double predictionStepS(GaussianState prior, NonlinearMotionModel model, SimTime time) {
        if (time.isBefore(prior.time())) {
            throw new SteeldomeException(TrackingError.BACKWARD_PREDICTION, prior.time(), time);
        }
        if (model.dimension() != prior.dimension()) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "state", prior.dimension(), model.dimension());
        }
        return time.secondsSince(prior.time());
    }

    static void checkMeasurement(RealVector z, MeasurementModel model) {
        if (z.getDimension() != model.dimension()) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "measurement", z.getDimension(), model.dimension());
        }
    }

    static RealMatrix symmetrised(RealMatrix m) {
        return Innovation.Covariances.symmetrised(m);
    }

    /** The gain {@code K = C S^-1} for a cross-covariance C (n x m), through the Cholesky factor of S. */
    static RealMatrix gain(Innovation innovation, RealMatrix crossCovariance) {
        return innovation.solve(crossCovariance.transpose()).transpose();
    }
}
