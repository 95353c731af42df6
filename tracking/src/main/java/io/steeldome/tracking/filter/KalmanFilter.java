package io.steeldome.tracking.filter;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.model.MotionModel;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.tracker.Detection;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Linear Kalman filter for position measurements: the measurement matrix H selects the first {@code m} state
 * components (the positions in the layout of {@link io.steeldome.tracking.model.ConstantVelocity}). Solves through
 * the Cholesky factor of S (never an explicit inverse), updates the covariance in Joseph form and keeps P and S
 * symmetric. Stateless; safe to share.
 */
public final class KalmanFilter {

    /** Predicts {@code prior} forward to {@code time} with {@code model}: {@code x = F x}, {@code P = F P F^T + Q}. */
    public GaussianState predict(GaussianState prior, MotionModel model, SimTime time) {
        if (time.isBefore(prior.time())) {
            throw new SteeldomeException(TrackingError.BACKWARD_PREDICTION, prior.time(), time);
        }
        if (model.dimension() != prior.dimension()) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "state", prior.dimension(), model.dimension());
        }
        double dtS = time.secondsSince(prior.time());
        RealMatrix f = model.transition(dtS);
        RealMatrix p = f.multiply(prior.covariance()).multiplyTransposed(f).add(model.processNoise(dtS));
        return GaussianState.of(time, f.operate(prior.mean()), Innovation.Covariances.symmetrised(p));
    }

    /** {@code nu = z - H x}; cheap (no factorisation), for gate pre-checks. */
    public RealVector residual(GaussianState predicted, RealVector z) {
        int m = measurementDimension(predicted, z.getDimension());
        RealVector nu = z.copy();
        for (int i = 0; i < m; i++) {
            nu.addToEntry(i, -predicted.meanAt(i));
        }
        return nu;
    }

    /** {@code S = H P H^T + R}, symmetrised; cheap (no factorisation), for gate pre-checks. */
    public RealMatrix innovationCovariance(GaussianState predicted, RealMatrix r) {
        int m = measurementDimension(predicted, r.getRowDimension());
        if (r.getColumnDimension() != m) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "measurement covariance columns", r.getColumnDimension(), m);
        }
        RealMatrix s = r.copy();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                s.addToEntry(i, j, predicted.covarianceAt(i, j));
            }
        }
        return Innovation.Covariances.symmetrised(s);
    }

    /** The factored innovation of {@code z} (covariance {@code r}) against {@code predicted}. */
    public Innovation innovation(GaussianState predicted, RealVector z, RealMatrix r) {
        return Innovation.of(residual(predicted, z), innovationCovariance(predicted, r));
    }

    public Innovation innovation(GaussianState predicted, Detection detection) {
        return innovation(predicted, detection.position(), detection.covariance());
    }

    /**
     * Updates {@code predicted} with position measurement {@code z} of covariance {@code r}:
     * {@code K = P H^T S^-1}, {@code x+ = x + K nu}, {@code P+ = (I - K H) P (I - K H)^T + K R K^T}.
     */
    public UpdateResult update(GaussianState predicted, RealVector z, RealMatrix r) {
        Innovation innovation = innovation(predicted, z, r);
        int n = predicted.dimension();
        int m = z.getDimension();
        RealMatrix p = predicted.covariance();
        // K^T = S^-1 (H P) since S and P are symmetric
        RealMatrix gain = innovation.solve(p.getSubMatrix(0, m - 1, 0, n - 1)).transpose();
        RealVector mean = predicted.mean().add(gain.operate(innovation.residual()));
        RealMatrix iMinusKh = MatrixUtils.createRealIdentityMatrix(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                iMinusKh.addToEntry(i, j, -gain.getEntry(i, j));
            }
        }
        RealMatrix joseph = iMinusKh.multiply(p)
                .multiplyTransposed(iMinusKh)
                .add(gain.multiply(Innovation.Covariances.symmetrised(r)).multiplyTransposed(gain));
        GaussianState posterior = GaussianState.of(predicted.time(), mean, Innovation.Covariances.symmetrised(joseph));
        return new UpdateResult(posterior, innovation, gain);
    }

    /** Updates with a detection's position and covariance (the detection's own time is not used). */
    public UpdateResult update(GaussianState predicted, Detection detection) {
        return update(predicted, detection.position(), detection.covariance());
    }

    private static int measurementDimension(GaussianState predicted, int m) {
        if (m < 1 || m > predicted.dimension()) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "measurement", m, "1.." + predicted.dimension());
        }
        return m;
    }
}
