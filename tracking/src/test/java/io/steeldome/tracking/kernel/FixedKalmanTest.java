package io.steeldome.tracking.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.filter.Innovation;
import io.steeldome.tracking.filter.KalmanFilter;
import io.steeldome.tracking.filter.UpdateResult;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.model.MotionModel;
import io.steeldome.tracking.state.GaussianState;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fixed-size kernels against the general Hipparchus-based {@link KalmanFilter} (itself tested analytically). */
class FixedKalmanTest {
    private static final int N = FixedKalman.N;
    private final KalmanFilter reference = new KalmanFilter();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    /** A random symmetric positive definite n x n matrix A A^T + eps I with entries of scale {@code scale}. */
    private static double[][] randomSpd(SplittableRandom rng, int n, double scale) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = rng.nextGaussian() * scale;
            }
        }
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = i == j ? 0.01 * scale * scale : 0;
                for (int k = 0; k < n; k++) {
                    v += a[i][k] * a[j][k];
                }
                s[i][j] = v;
            }
        }
        return s;
    }

    private static double[] flat(double[][] m) {
        int n = m.length;
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, out, i * n, n);
        }
        return out;
    }

    private static double[] flat(RealMatrix m) {
        return flat(m.getData());
    }

    private static void assertClose(double[] actual, double[] expected) {
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("element %d", i).isCloseTo(expected[i], within(1e-12 * scale));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void predictAndUpdateMatchKalmanFilter(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = rng.nextDouble(-1e4, 1e4);
        }
        double[][] p = randomSpd(rng, N, rng.nextDouble(1, 100));
        MotionModel model = seed % 2 == 0
                ? ConstantVelocity.continuousEnu(rng.nextDouble(0, 200))
                : ConstantVelocity.discreteEnu(rng.nextDouble(0, 30));
        double dt = rng.nextDouble(0, 5);
        GaussianState prior = GaussianState.of(SimTime.ZERO, x, p);
        SimTime t = SimTime.ofSeconds(dt);
        GaussianState predicted = reference.predict(prior, model, t);
        double dtS = t.secondsSince(SimTime.ZERO);

        FixedKalman kalman = new FixedKalman();
        double[] xp = new double[N];
        double[] pp = new double[N * N];
        kalman.predict(x, flat(p), flat(model.transition(dtS)), flat(model.processNoise(dtS)), xp, pp);
        assertClose(xp, predicted.mean().toArray());
        assertClose(pp, flat(predicted.covariance()));

        double[] z = {x[0] + rng.nextGaussian() * 50, x[1] + rng.nextGaussian() * 50, x[2] + rng.nextGaussian() * 50};
        double[][] r = randomSpd(rng, 3, rng.nextDouble(1, 50));
        UpdateResult expected =
                reference.update(predicted, MatrixUtils.createRealVector(z), MatrixUtils.createRealMatrix(r));
        double[] xu = new double[N];
        double[] pu = new double[N * N];
        kalman.update(xp, pp, z, flat(r), xu, pu);
        assertClose(xu, expected.posterior().mean().toArray());
        assertClose(pu, flat(expected.posterior().covariance()));
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                assertThat(pu[i * N + j]).isEqualTo(pu[j * N + i]);
            }
        }
    }

    /** Gate cost equals the Hipparchus innovation's d^2 + ln|S| inside the gate and +infinity outside. */
    @ParameterizedTest
    @MethodSource("seeds")
    void gatedCostMatchesInnovation(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double gamma = 16.27;
        for (int k = 0; k < 50; k++) {
            double[][] s = randomSpd(rng, 3, rng.nextDouble(1, 100));
            double spread = rng.nextDouble(0.1, 6);
            double[] nu = {
                rng.nextGaussian() * spread * Math.sqrt(s[0][0]),
                rng.nextGaussian() * spread * Math.sqrt(s[1][1]),
                rng.nextGaussian() * spread * Math.sqrt(s[2][2])
            };
            Innovation innovation = Innovation.of(MatrixUtils.createRealVector(nu), MatrixUtils.createRealMatrix(s));
            double cost = FixedKalman.gatedCost(
                    nu[0], nu[1], nu[2], s[0][0], s[0][1], s[0][2], s[1][1], s[1][2], s[2][2], gamma);
            if (innovation.mahalanobisSquared() <= gamma) {
                assertThat(cost)
                        .isCloseTo(
                                innovation.mahalanobisSquared() + innovation.logDeterminant(),
                                within(1e-9 * (1 + Math.abs(innovation.logDeterminant()))));
            } else {
                assertThat(cost).isEqualTo(Double.POSITIVE_INFINITY);
            }
        }
    }

    @Test
    void rejectsCovariancesThatAreNotPositiveDefinite() {
        double[] l = new double[9];
        assertThat(FixedKalman.cholesky3(4, 2, 0, 1, 0, 1, l)).isFalse(); // singular leading 2x2
        assertThat(FixedKalman.cholesky3(1, 0, 0, 1, 0, Double.NaN, l)).isFalse();
        assertThat(FixedKalman.cholesky3(4, 2, 0, 2, 0, 9, l)).isTrue();
        assertThat(l).containsExactly(2, 0, 0, 1, 1, 0, 0, 0, 3);
        assertThatThrownBy(() -> FixedKalman.gatedCost(0, 0, 0, 1, 2, 0, 1, 0, 1, 16))
                .isInstanceOfSatisfying(
                        SteeldomeException.class,
                        e -> assertThat(e.code()).isEqualTo(TrackingError.NOT_POSITIVE_DEFINITE));
        // outside the box the factorisation never runs, as with EllipsoidalGate.mayAccept
        assertThat(FixedKalman.gatedCost(100, 0, 0, 1, 2, 0, 1, 0, 1, 16)).isEqualTo(Double.POSITIVE_INFINITY);
        double[] x = new double[N];
        double[] p = new double[N * N];
        assertThatThrownBy(() ->
                        new FixedKalman().update(x, p, new double[3], new double[9], new double[N], new double[N * N]))
                .isInstanceOf(SteeldomeException.class);
    }

    @Test
    void gateCostOfAKnownCase() {
        // S = diag(4, 9, 1), nu = (2, 3, 1): d^2 = 1 + 1 + 1, ln|S| = ln 36
        assertThat(FixedKalman.gatedCost(2, 3, 1, 4, 0, 0, 9, 0, 1, 3.0)).isCloseTo(3 + Math.log(36), within(1e-14));
        assertThat(FixedKalman.gatedCost(2, 3, 1.001, 4, 0, 0, 9, 0, 1, 3.0)).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
