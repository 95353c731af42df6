package io.steeldome.tracking.filter;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.measurement.MeasurementModel;
import io.steeldome.tracking.model.NonlinearMotionModel;
import io.steeldome.tracking.state.GaussianState;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.util.MerweUnscentedTransform;

/**
 * Unscented Kalman filter with the scaled sigma points of Van der Merwe (Hipparchus'
 * {@link MerweUnscentedTransform}), redrawn from the predicted state for the update. Measurement sigma points are
 * differenced against the central one through {@link MeasurementModel#difference}, so angles are averaged across
 * their cut correctly. The gain solves through the Cholesky factor of S; the covariance update is
 * {@code P - K S K^T}, symmetrised (the Joseph form needs a linear H, which the unscented transform does not have).
 * With linear models it reproduces the {@link KalmanFilter}. Stateless; safe to share.
 *
 * @see <a href="https://doi.org/10.1109/ASSPCC.2000.882463">Wan and Van der Merwe, The unscented Kalman filter for
 *     nonlinear estimation, 2000</a>
 */
public final class UnscentedKalmanFilter implements GaussianFilter {
    private final double alpha;
    private final double beta;
    private final double kappa;

    /**
     * alpha = 1, beta = 2, kappa = 0: sigma points at {@code sqrt(n)} standard deviations with non-negative mean
     * weights, which keeps the predicted covariance positive semi-definite; beta = 2 is optimal for Gaussian priors.
     */
    public UnscentedKalmanFilter() {
        this(1, 2, 0);
    }

    /** Merwe's scaling parameters: spread {@code alpha} in (0, 1], prior-knowledge {@code beta}, {@code kappa}. */
    public UnscentedKalmanFilter(double alpha, double beta, double kappa) {
        this.alpha = Checks.inRange("alpha", alpha, Double.MIN_NORMAL, 1, "");
        this.beta = Checks.finite("beta", beta);
        this.kappa = Checks.finite("kappa", kappa);
    }

    @Override
    public GaussianState predict(GaussianState prior, NonlinearMotionModel model, SimTime time) {
        double dtS = Steps.predictionStepS(prior, model, time);
        SigmaPoints sp = sigmaPoints(prior);
        RealVector[] propagated = new RealVector[sp.points.length];
        for (int i = 0; i < propagated.length; i++) {
            propagated[i] = model.propagate(sp.points[i], dtS);
        }
        RealVector mean = weightedMean(propagated, sp.wm);
        RealMatrix p = model.processNoise(dtS);
        addWeightedProducts(p, propagated, mean, propagated, mean, sp.wc);
        return GaussianState.of(time, mean, Steps.symmetrised(p));
    }

    @Override
    public Innovation innovation(GaussianState predicted, RealVector z, MeasurementModel model) {
        return measurementStatistics(predicted, z, model).innovation;
    }

    @Override
    public UpdateResult update(GaussianState predicted, RealVector z, MeasurementModel model) {
        MeasurementStatistics stats = measurementStatistics(predicted, z, model);
        Innovation innovation = stats.innovation;
        RealMatrix gain = Steps.gain(innovation, stats.crossCovariance);
        RealVector mean = predicted.mean().add(gain.operate(innovation.residual()));
        RealMatrix p = predicted
                .covariance()
                .subtract(gain.multiply(innovation.covariance()).multiplyTransposed(gain));
        return new UpdateResult(GaussianState.of(predicted.time(), mean, Steps.symmetrised(p)), innovation, gain);
    }

    private MeasurementStatistics measurementStatistics(GaussianState predicted, RealVector z, MeasurementModel model) {
        Steps.checkMeasurement(z, model);
        SigmaPoints sp = sigmaPoints(predicted);
        int count = sp.points.length;
        RealVector[] spread = new RealVector[count];
        RealVector central = model.expected(sp.points[0]);
        for (int i = 0; i < count; i++) {
            // differences from the central point, so an angle cut between sigma points never enters the mean
            spread[i] = model.difference(model.expected(sp.points[i]), central);
        }
        RealVector meanSpread = weightedMean(spread, sp.wm);
        RealVector x = predicted.mean();
        RealMatrix s = model.noise();
        addWeightedProducts(s, spread, meanSpread, spread, meanSpread, sp.wc);
        RealMatrix cross = MatrixUtils.createRealMatrix(x.getDimension(), model.dimension());
        addWeightedProducts(cross, sp.points, x, spread, meanSpread, sp.wc);
        RealVector expected = central.add(meanSpread);
        Innovation innovation = Innovation.of(model.difference(z, expected), s);
        return new MeasurementStatistics(innovation, cross);
    }

    private SigmaPoints sigmaPoints(GaussianState state) {
        MerweUnscentedTransform ut = new MerweUnscentedTransform(state.dimension(), alpha, beta, kappa);
        try {
            RealVector[] points = ut.unscentedTransform(state.mean(), Steps.symmetrised(state.covariance()));
            return new SigmaPoints(points, ut.getWm(), ut.getWc());
        } catch (MathIllegalArgumentException e) {
            throw new SteeldomeException(e, TrackingError.NOT_POSITIVE_DEFINITE, "state covariance", e.getMessage());
        }
    }

    /** {@code target += sum_i w_i (a_i - aMean)(b_i - bMean)^T}, in place. */
    private static void addWeightedProducts(
            RealMatrix target, RealVector[] a, RealVector aMean, RealVector[] b, RealVector bMean, RealVector w) {
        int rows = aMean.getDimension();
        int cols = bMean.getDimension();
        double[] da = new double[rows];
        double[] db = new double[cols];
        for (int i = 0; i < a.length; i++) {
            for (int r = 0; r < rows; r++) {
                da[r] = a[i].getEntry(r) - aMean.getEntry(r);
            }
            for (int c = 0; c < cols; c++) {
                db[c] = b[i].getEntry(c) - bMean.getEntry(c);
            }
            double wi = w.getEntry(i);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    target.addToEntry(r, c, wi * da[r] * db[c]);
                }
            }
        }
    }

    private static RealVector weightedMean(RealVector[] points, RealVector weights) {
        RealVector mean = MatrixUtils.createRealVector(points[0].getDimension());
        for (int i = 0; i < points.length; i++) {
            mean.combineToSelf(1, weights.getEntry(i), points[i]);
        }
        return mean;
    }

    private record SigmaPoints(RealVector[] points, RealVector wm, RealVector wc) {}

    private record MeasurementStatistics(Innovation innovation, RealMatrix crossCovariance) {}
}
