package io.steeldome.tracking.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.time.SimTime;
import io.steeldome.core.units.Units;
import io.steeldome.tracking.measurement.CartesianPosition;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.model.CoordinatedTurn;
import io.steeldome.tracking.model.LinearMotion;
import io.steeldome.tracking.state.GaussianState;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance: a 300 m/s target flies 25 s east, turns left at 5 g (turn rate 5 g / v) for 20 s, then flies 25 s
 * straight; 40 seeded runs of 30 m position plots every second. A CV+CT IMM must track it with clearly lower
 * position RMSE than a linear CV Kalman filter tuned, like the IMM's CV mode, for the straight legs (q = 1 m^2/s^3),
 * and still beat one tuned for this manoeuvre: q = 1000 m^2/s^3 was the best of a sweep over q = 1..3000.
 */
class ImmManoeuvreMonteCarloTest {
    private static final int RUNS = 40;
    private static final double SPEED_MPS = 300;
    private static final double TURN_RATE_RADPS = 5 * Units.STANDARD_GRAVITY_MPS2 / SPEED_MPS;
    private static final double SIGMA_M = 30;
    private static final double CV_Q = 1.0;
    private static final double MANOEUVRE_TUNED_CV_Q = 1000.0;

    /** Truth at t = 0..70 s: 7-D CT states with the turn rate switched on between 25 s and 45 s. */
    private static List<RealVector> truth() {
        CoordinatedTurn exact = new CoordinatedTurn(0, 0);
        List<RealVector> states = new ArrayList<>();
        RealVector x = MatrixUtils.createRealVector(new double[] {-8000, 3000, 5000, SPEED_MPS, 0, 0, 0});
        states.add(x);
        for (int k = 1; k <= 70; k++) {
            x.setEntry(6, k > 25 && k <= 45 ? TURN_RATE_RADPS : 0);
            x = exact.propagate(x, 1.0);
            states.add(x);
        }
        return states;
    }

    @ParameterizedTest(name = "IMM with {0}")
    @CsvSource({"EKF, 201", "UKF, 202"})
    void immBeatsConstantVelocityThroughA5gTurn(String kind, long seed) {
        GaussianFilter filter = kind.equals("EKF") ? new ExtendedKalmanFilter() : new UnscentedKalmanFilter();
        ConstantVelocity cv = ConstantVelocity.continuousEnu(CV_Q);
        Imm imm = new Imm(filter, List.of(LinearMotion.of(cv), new CoordinatedTurn(CV_Q, 1e-3)), new double[][] {
            {0.95, 0.05}, {0.05, 0.95}
        });
        ConstantVelocity tunedCv = ConstantVelocity.continuousEnu(MANOEUVRE_TUNED_CV_Q);
        KalmanFilter kf = new KalmanFilter();
        CartesianPosition plot = CartesianPosition.isotropic(SIGMA_M);
        RealMatrix r = plot.noise();
        List<RealVector> truth = truth();
        Well19937c rng = new Well19937c(seed);
        double[] p0Diagonal = {100 * 100, 100 * 100, 100 * 100, 30 * 30, 30 * 30, 30 * 30};

        double immSquared = 0;
        double cvSquared = 0;
        double tunedSquared = 0;
        double turnProbabilityMidTurn = 0;
        int samples = 0;
        for (int run = 0; run < RUNS; run++) {
            RealVector start = truth.get(0).getSubVector(0, 6).add(Sampler.draw(rng, 100, 100, 100, 30, 30, 30));
            RealMatrix p0 = MatrixUtils.createRealDiagonalMatrix(p0Diagonal);
            GaussianState kfState = GaussianState.of(SimTime.ZERO, start, p0);
            GaussianState tunedState = kfState;
            RealMatrix ctP0 = MatrixUtils.createRealMatrix(7, 7);
            ctP0.setSubMatrix(p0.getData(), 0, 0);
            ctP0.setEntry(6, 6, 0.1 * 0.1);
            ImmState immState = imm.start(
                    List.of(kfState, GaussianState.of(SimTime.ZERO, start.append(0.0), ctP0)), new double[] {0.9, 0.1});
            for (int k = 1; k < truth.size(); k++) {
                SimTime t = SimTime.ofSeconds(k);
                RealVector position = truth.get(k).getSubVector(0, 3);
                RealVector z = position.add(Sampler.draw(rng, SIGMA_M, SIGMA_M, SIGMA_M));
                kfState = kf.update(kf.predict(kfState, cv, t), z, r).posterior();
                tunedState = kf.update(kf.predict(tunedState, tunedCv, t), z, r).posterior();
                immState = imm.update(imm.predict(immState, t), z, plot);
                if (k >= 5) {
                    immSquared += squaredDistance(position, immState.combined());
                    cvSquared += squaredDistance(position, kfState);
                    tunedSquared += squaredDistance(position, tunedState);
                    samples++;
                }
                if (k == 40) {
                    turnProbabilityMidTurn += immState.modeProbabilities()[1] / RUNS;
                }
            }
        }
        double immRmse = Math.sqrt(immSquared / samples);
        double cvRmse = Math.sqrt(cvSquared / samples);
        double tunedRmse = Math.sqrt(tunedSquared / samples);
        System.out.printf(
                "IMM(%s) CV+CT RMSE %.2f m; CV-KF q=1: %.2f m (ratio %.3f), q=1000: %.2f m (ratio %.3f);"
                        + " mean P(CT) 15 s into the turn %.3f%n",
                kind, immRmse, cvRmse, immRmse / cvRmse, tunedRmse, immRmse / tunedRmse, turnProbabilityMidTurn);
        assertThat(immRmse).isLessThan(0.3 * cvRmse);
        assertThat(immRmse).isLessThan(0.85 * tunedRmse);
        assertThat(turnProbabilityMidTurn).isGreaterThan(0.8);
    }

    private static double squaredDistance(RealVector position, GaussianState estimate) {
        RealVector e = position.subtract(estimate.mean().getSubVector(0, 3));
        return e.dotProduct(e);
    }
}
