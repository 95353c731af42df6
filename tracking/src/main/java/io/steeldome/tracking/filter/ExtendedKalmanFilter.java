package io.steeldome.tracking.filter;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.measurement.MeasurementModel;
import io.steeldome.tracking.model.NonlinearMotionModel;
import io.steeldome.tracking.state.GaussianState;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Extended Kalman filter: the models are linearised at the current mean. Prediction {@code x = f(x)},
 * {@code P = F P F^T + Q}; update {@code K = P H^T S^-1} through the Cholesky factor of S, covariance in Joseph form
 * {@code (I - K H) P (I - K H)^T + K R K^T}, P and S symmetrised. With linear models it is exactly the
 * {@link KalmanFilter}. Stateless; safe to share.
 */
public final class ExtendedKalmanFilter implements GaussianFilter {

    @Override
    public GaussianState predict(GaussianState prior, NonlinearMotionModel model, SimTime time) {
        double dtS = Steps.predictionStepS(prior, model, time);
        RealVector x = prior.mean();
        RealMatrix f = model.jacobian(x, dtS);
        RealMatrix p = f.multiply(prior.covariance()).multiplyTransposed(f).add(model.processNoise(dtS));
        return GaussianState.of(time, model.propagate(x, dtS), Steps.symmetrised(p));
    }

    @Override
    public Innovation innovation(GaussianState predicted, RealVector z, MeasurementModel model) {
        Steps.checkMeasurement(z, model);
        RealVector x = predicted.mean();
        RealMatrix h = model.jacobian(x);
        RealMatrix s = h.multiply(predicted.covariance()).multiplyTransposed(h).add(model.noise());
        return Innovation.of(model.difference(z, model.expected(x)), s);
    }

    @Override
    public UpdateResult update(GaussianState predicted, RealVector z, MeasurementModel model) {
        Innovation innovation = innovation(predicted, z, model);
        RealVector x = predicted.mean();
        RealMatrix p = predicted.covariance();
        RealMatrix h = model.jacobian(x);
        RealMatrix gain = Steps.gain(innovation, p.multiplyTransposed(h));
        RealMatrix iMinusKh =
                MatrixUtils.createRealIdentityMatrix(x.getDimension()).subtract(gain.multiply(h));
        RealMatrix joseph = iMinusKh.multiply(p)
                .multiplyTransposed(iMinusKh)
                .add(gain.multiply(Steps.symmetrised(model.noise())).multiplyTransposed(gain));
        GaussianState posterior = GaussianState.of(
                predicted.time(), x.add(gain.operate(innovation.residual())), Steps.symmetrised(joseph));
        return new UpdateResult(posterior, innovation, gain);
    }
}
