package io.steeldome.tracking.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.measurement.CartesianPosition;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.model.LinearMotion;
import io.steeldome.tracking.state.GaussianState;
import java.util.stream.Stream;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** With linear models both nonlinear filters must reproduce the (independently written) linear Kalman filter. */
class NonlinearFilterTest {

    static Stream<Arguments> filtersAndSteps() {
        return Stream.of(
                Arguments.of(new ExtendedKalmanFilter(), 1.0, 11L),
                Arguments.of(new ExtendedKalmanFilter(), 4.5, 12L),
                Arguments.of(new UnscentedKalmanFilter(), 1.0, 13L),
                Arguments.of(new UnscentedKalmanFilter(), 4.5, 14L),
                Arguments.of(new UnscentedKalmanFilter(0.3, 2, 0), 2.0, 15L));
    }

    @ParameterizedTest
    @MethodSource("filtersAndSteps")
    void linearModelsReproduceTheKalmanFilter(GaussianFilter filter, double dtS, long seed) {
        Well19937c rng = new Well19937c(seed);
        RealMatrix a = MatrixUtils.createRealMatrix(6, 6);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                a.setEntry(i, j, rng.nextGaussian() * (i < 3 ? 30 : 4));
            }
        }
        RealMatrix p = a.multiplyTransposed(a).add(MatrixUtils.createRealIdentityMatrix(6));
        RealVector mean = Sampler.draw(rng, 1000, 1000, 1000, 100, 100, 100);
        GaussianState prior = GaussianState.of(SimTime.ofSeconds(3), mean, p);
        ConstantVelocity cv = ConstantVelocity.continuousEnu(3.0);
        RealMatrix r = MatrixUtils.createRealMatrix(new double[][] {{400, 50, 0}, {50, 300, -20}, {0, -20, 900}});
        RealVector z = mean.getSubVector(0, 3).add(Sampler.draw(rng, 80, 80, 80));
        SimTime t = SimTime.ofSeconds(3 + dtS);
        KalmanFilter kf = new KalmanFilter();

        GaussianState expectedPrediction = kf.predict(prior, cv, t);
        UpdateResult expected = kf.update(expectedPrediction, z, r);
        GaussianState prediction = filter.predict(prior, LinearMotion.of(cv), t);
        UpdateResult actual = filter.update(prediction, z, CartesianPosition.of(r));

        assertClose(prediction, expectedPrediction);
        assertClose(actual.posterior(), expected.posterior());
        assertThat(actual.innovation().mahalanobisSquared())
                .isCloseTo(expected.innovation().mahalanobisSquared(), within(1e-8));
        assertThat(filter.innovation(prediction, z, CartesianPosition.of(r)).logLikelihood())
                .isCloseTo(expected.innovation().logLikelihood(), within(1e-8));
        RealMatrix gain = actual.gain();
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(gain.getEntry(i, j)).isCloseTo(expected.gain().getEntry(i, j), within(1e-9));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("filtersAndSteps")
    void refusesBackwardPredictionAndWrongMeasurements(GaussianFilter filter, double dtS, long seed) {
        GaussianState prior = GaussianState.of(
                SimTime.ofSeconds(dtS), MatrixUtils.createRealVector(6), MatrixUtils.createRealIdentityMatrix(6));
        LinearMotion cv = LinearMotion.of(ConstantVelocity.continuousEnu(1));
        assertThatThrownBy(() -> filter.predict(prior, cv, SimTime.ZERO))
                .isInstanceOfSatisfying(
                        SteeldomeException.class,
                        e -> assertThat(e.code()).isEqualTo(TrackingError.BACKWARD_PREDICTION));
        assertThatThrownBy(() -> filter.update(prior, MatrixUtils.createRealVector(2), CartesianPosition.isotropic(1)))
                .isInstanceOfSatisfying(
                        SteeldomeException.class,
                        e -> assertThat(e.code()).isEqualTo(TrackingError.DIMENSION_MISMATCH));
    }

    private static void assertClose(GaussianState actual, GaussianState expected) {
        assertThat(actual.time()).isEqualTo(expected.time());
        for (int i = 0; i < expected.dimension(); i++) {
            assertThat(actual.meanAt(i))
                    .isCloseTo(expected.meanAt(i), within(1e-9 * (1 + Math.abs(expected.meanAt(i)))));
            for (int j = 0; j < expected.dimension(); j++) {
                double e = expected.covarianceAt(i, j);
                assertThat(actual.covarianceAt(i, j)).isCloseTo(e, within(1e-8 * (1 + Math.abs(e))));
            }
        }
    }
}
