package io.steeldome.tracking.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.filter.KalmanFilter;
import io.steeldome.tracking.filter.Sampler;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.state.GaussianState;
import java.util.List;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * Acceptance check of the linear Kalman filter against the posterior Cramér-Rao bound and the NEES test: 500 seeded
 * Monte Carlo runs of a 3-D constant-velocity target whose truth is drawn from the prior and driven by the model's
 * own process noise, so the filter is the optimal estimator and must attain the bound.
 */
class KalmanFilterBoundMonteCarloTest {
    private static final int RUNS = 500;
    private static final int STEPS = 40;
    private static final int STEADY_FROM = 31;
    private static final double DT_S = 1.0;

    @Test
    void steadyStateRmseAttainsThePcrlbAndAneesIsConsistent() {
        ConstantVelocity model = ConstantVelocity.continuousEnu(2.0);
        RealMatrix f = model.transition(DT_S);
        RealMatrix q = model.processNoise(DT_S);
        RealMatrix r = MatrixUtils.createRealDiagonalMatrix(new double[] {40 * 40, 40 * 40, 60 * 60});
        RealMatrix h = MatrixUtils.createRealMatrix(3, 6);
        for (int i = 0; i < 3; i++) {
            h.setEntry(i, i, 1);
        }
        RealMatrix p0 = MatrixUtils.createRealDiagonalMatrix(
                new double[] {150 * 150, 150 * 150, 150 * 150, 25 * 25, 25 * 25, 25 * 25});
        RealVector start = MatrixUtils.createRealVector(new double[] {1000, 2000, 3000, 150, -80, 5});
        KalmanFilter filter = new KalmanFilter();
        Well19937c rng = new Well19937c(20_240_401L);

        double squaredError = 0;
        double[] finalNees = new double[RUNS];
        GaussianState lastEstimate = null;
        for (int run = 0; run < RUNS; run++) {
            RealVector truth = start.copy();
            GaussianState x = GaussianState.of(SimTime.ZERO, truth.add(Sampler.draw(rng, p0)), p0);
            for (int k = 1; k <= STEPS; k++) {
                truth = f.operate(truth).add(Sampler.draw(rng, q));
                RealVector z = h.operate(truth).add(Sampler.draw(rng, r));
                GaussianState predicted = filter.predict(x, model, SimTime.ofSeconds(k * DT_S));
                x = filter.update(predicted, z, r).posterior();
                if (k >= STEADY_FROM) {
                    RealVector e = truth.subtract(x.mean());
                    squaredError += e.getSubVector(0, 3).dotProduct(e.getSubVector(0, 3));
                }
            }
            finalNees[run] = Nees.of(truth, x);
            lastEstimate = x;
        }
        double rmse = Math.sqrt(squaredError / (RUNS * (STEPS - STEADY_FROM + 1)));

        List<RealMatrix> bounds = Pcrlb.linearBounds(model, h, r, p0, DT_S, STEPS);
        double boundSquared = 0;
        for (int k = STEADY_FROM; k <= STEPS; k++) {
            boundSquared += Math.pow(Pcrlb.positionRmseBoundM(bounds.get(k)), 2);
        }
        double bound = Math.sqrt(boundSquared / (STEPS - STEADY_FROM + 1));
        Anees anees = Anees.of(finalNees, 6, 0.95);

        System.out.printf(
                "CV KF: steady RMSE %.3f m, PCRLB %.3f m, ratio %.4f; ANEES %.4f in [%.4f, %.4f]%n",
                rmse, bound, rmse / bound, anees.value(), anees.lowerBound(), anees.upperBound());
        assertThat(rmse / bound).isBetween(0.9, 1.1);
        assertThat(anees.consistent()).as("ANEES %s", anees).isTrue();
        // the linear-Gaussian bound is the Kalman covariance: two independent recursions must agree
        RealMatrix last = bounds.get(STEPS);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                assertThat(lastEstimate.covarianceAt(i, j))
                        .isCloseTo(last.getEntry(i, j), within(1e-6 * (1 + Math.abs(last.getEntry(i, j)))));
            }
        }
    }
}
