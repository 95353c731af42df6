package io.steeldome.tracking.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.model.ConstantVelocity.AccelerationNoise;
import io.steeldome.tracking.state.GaussianState;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KalmanFilterTest {
    private final KalmanFilter filter = new KalmanFilter();

    /**
     * Steady-state gain of the Kalman filter for the discrete white-noise-acceleration model with position
     * measurements equals the alpha-beta gains of Kalata (1984), Bar-Shalom et al. 2001 section 6.5.3: tracking index
     * lambda = sigma_a T^2 / sigma_w.
     */
    @ParameterizedTest
    @CsvSource({"0.05, 1.0", "0.3, 0.5", "1.0, 1.0", "3.0, 2.0", "10.0, 0.1", "40.0, 5.0"})
    void steadyStateGainMatchesKalataAlphaBeta(double lambda, double periodS) {
        double sigmaW = 15;
        double sigmaA = lambda * sigmaW / (periodS * periodS);
        ConstantVelocity model = new ConstantVelocity(1, AccelerationNoise.DISCRETE, sigmaA);
        RealMatrix r = MatrixUtils.createRealMatrix(new double[][] {{sigmaW * sigmaW}});
        RealVector z = MatrixUtils.createRealVector(new double[] {0});
        GaussianState x = GaussianState.of(SimTime.ZERO, new double[] {0, 0}, new double[][] {{1e6, 0}, {0, 1e4}});
        RealMatrix gain = null;
        for (int k = 1; k <= 3000; k++) {
            GaussianState predicted = filter.predict(x, model, SimTime.ofSeconds(k * periodS));
            UpdateResult result = filter.update(predicted, z, r);
            x = result.posterior();
            gain = result.gain();
        }
        double root = Math.sqrt(lambda * lambda + 8 * lambda);
        double alpha = -(lambda * lambda + 8 * lambda - (lambda + 4) * root) / 8;
        double beta = (lambda * lambda + 4 * lambda - lambda * root) / 4;
        assertThat(gain.getEntry(0, 0)).isCloseTo(alpha, within(1e-9));
        assertThat(gain.getEntry(1, 0)).isCloseTo(beta / periodS, within(1e-9 / periodS));
    }

    /** One update worked by hand: S = 100 + 100, K = P H^T / S = [0.5, 0.1], P+ = P - K S K^T. */
    @Test
    void singleUpdateMatchesHandComputation() {
        GaussianState prior =
                GaussianState.of(SimTime.ZERO, new double[] {0, 10}, new double[][] {{100, 20}, {20, 25}});
        UpdateResult u = filter.update(
                prior,
                MatrixUtils.createRealVector(new double[] {10}),
                MatrixUtils.createRealMatrix(new double[][] {{100}}));

        assertThat(u.gain().getEntry(0, 0)).isCloseTo(0.5, within(1e-12));
        assertThat(u.gain().getEntry(1, 0)).isCloseTo(0.1, within(1e-12));
        assertThat(u.posterior().meanAt(0)).isCloseTo(5, within(1e-12));
        assertThat(u.posterior().meanAt(1)).isCloseTo(11, within(1e-12));
        assertThat(u.posterior().covarianceAt(0, 0)).isCloseTo(50, within(1e-10));
        assertThat(u.posterior().covarianceAt(0, 1)).isCloseTo(10, within(1e-10));
        assertThat(u.posterior().covarianceAt(1, 0)).isCloseTo(10, within(1e-10));
        assertThat(u.posterior().covarianceAt(1, 1)).isCloseTo(23, within(1e-10));
        Innovation nu = u.innovation();
        assertThat(nu.mahalanobisSquared()).isCloseTo(0.5, within(1e-12));
        assertThat(nu.logDeterminant()).isCloseTo(Math.log(200), within(1e-12));
        assertThat(nu.logLikelihood()).isCloseTo(-0.5 * (0.5 + Math.log(200) + Math.log(2 * Math.PI)), within(1e-12));
    }

    /** x = F x and P = F P F^T + Q by hand for one axis: F = [[1, 2], [0, 1]], Q = q [[8/3, 2], [2, 2]]. */
    @Test
    void predictionMatchesHandComputation() {
        GaussianState prior = GaussianState.of(SimTime.ZERO, new double[] {1, 3}, new double[][] {{4, 1}, {1, 2}});
        GaussianState p =
                filter.predict(prior, new ConstantVelocity(1, AccelerationNoise.CONTINUOUS, 3), SimTime.ofSeconds(2));
        assertThat(p.time()).isEqualTo(SimTime.ofSeconds(2));
        assertThat(p.meanAt(0)).isEqualTo(7);
        assertThat(p.meanAt(1)).isEqualTo(3);
        // F P F^T = [[4 + 4 + 8, 1 + 4], [5, 2]]; plus Q = [[8, 6], [6, 6]]
        assertThat(p.covarianceAt(0, 0)).isCloseTo(24, within(1e-12));
        assertThat(p.covarianceAt(0, 1)).isCloseTo(11, within(1e-12));
        assertThat(p.covarianceAt(1, 0)).isCloseTo(11, within(1e-12));
        assertThat(p.covarianceAt(1, 1)).isCloseTo(8, within(1e-12));
    }

    @Test
    void rejectsBackwardPredictionAndBadCovariance() {
        GaussianState prior =
                GaussianState.of(SimTime.ofSeconds(5), new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}});
        ConstantVelocity model = new ConstantVelocity(1, AccelerationNoise.CONTINUOUS, 1);
        assertThatThrownBy(() -> filter.predict(prior, model, SimTime.ofSeconds(4)))
                .isInstanceOfSatisfying(
                        SteeldomeException.class,
                        e -> assertThat(e.code()).isEqualTo(TrackingError.BACKWARD_PREDICTION));
        RealMatrix indefinite = MatrixUtils.createRealMatrix(new double[][] {{-5}});
        assertThatThrownBy(() -> filter.update(prior, MatrixUtils.createRealVector(new double[] {1}), indefinite))
                .isInstanceOfSatisfying(
                        SteeldomeException.class,
                        e -> assertThat(e.code()).isEqualTo(TrackingError.NOT_POSITIVE_DEFINITE));
    }
}
