package io.steeldome.tracking.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.state.GaussianState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImmSingleTargetTrackerTest {
    private static final double SIGMA_M = 20;
    private static final double SPEED_MPS = 300;
    /** 5 g coordinated turn at 300 m/s: omega = a / v. */
    private static final double OMEGA = 5 * 9.80665 / SPEED_MPS;

    /** Analytic truth: 30 s east, a 5 g left turn for 20 s, then straight again; 1 s scans. */
    private static double[] truth(double t) {
        double tTurn = 30;
        double tEnd = 50;
        if (t <= tTurn) {
            return new double[] {SPEED_MPS * t, 0, 5000};
        }
        double x0 = SPEED_MPS * tTurn;
        double r = SPEED_MPS / OMEGA;
        double tau = Math.min(t, tEnd) - tTurn;
        double heading = OMEGA * tau; // measured from east, counter-clockwise
        double x = x0 + r * Math.sin(heading);
        double y = r * (1 - Math.cos(heading));
        if (t > tEnd) {
            double s = t - tEnd;
            x += SPEED_MPS * s * Math.cos(heading);
            y += SPEED_MPS * s * Math.sin(heading);
        }
        return new double[] {x, y, 5000};
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void immFollowsAFiveGTurnThroughClutterBetterThanAQuietCvTracker(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] r = {{SIGMA_M * SIGMA_M, 0, 0}, {0, SIGMA_M * SIGMA_M, 0}, {0, 0, SIGMA_M * SIGMA_M}};
        ImmSingleTargetTracker imm = new ImmSingleTargetTracker(1, 1, 1e-2, 0.05, 1000);
        MultiTargetTracker cv =
                new MultiTargetTracker(TrackerConfig.defaults().withMotionModel(ConstantVelocity.continuousEnu(1)));
        double immTurnSq = 0;
        double cvTurnSq = 0;
        int turnScans = 0;
        double ctProbabilityMidTurn = 0;
        for (int k = 1; k <= 70; k++) {
            SimTime t = SimTime.ofSeconds(k);
            double[] p = truth(k);
            List<Detection> dets = new ArrayList<>();
            dets.add(new Detection(
                    t,
                    "r",
                    p[0] + SIGMA_M * rnd.nextGaussian(),
                    p[1] + SIGMA_M * rnd.nextGaussian(),
                    p[2] + SIGMA_M * rnd.nextGaussian(),
                    r));
            for (int c = 0; c < 5; c++) {
                dets.add(new Detection(t, "r", rnd.nextDouble(-5000, 25000), rnd.nextDouble(-10000, 10000), 5000, r));
            }
            Optional<GaussianState> est = imm.process(t, dets);
            List<Track> cvTracks = cv.process(t, "r", dets);
            if (k > 32 && k <= 50) { // inside the turn, after the first two seconds of it
                turnScans++;
                immTurnSq += sq(distance(est.orElseThrow(), p));
                double best = Double.POSITIVE_INFINITY;
                for (Track tr : cvTracks) {
                    if (tr.isConfirmed()) {
                        best = Math.min(best, distance(tr.state(), p));
                    }
                }
                cvTurnSq += sq(Math.min(best, 2000)); // a lost track counts as 2 km off
                if (k == 40) {
                    ctProbabilityMidTurn = imm.modeProbabilities().orElseThrow()[1];
                }
            }
        }
        double immRmse = Math.sqrt(immTurnSq / turnScans);
        double cvRmse = Math.sqrt(cvTurnSq / turnScans);
        assertThat(immRmse).isLessThan(3 * SIGMA_M);
        assertThat(immRmse).isLessThan(0.5 * cvRmse);
        assertThat(ctProbabilityMidTurn).isGreaterThan(0.8);
    }

    private static double distance(GaussianState s, double[] p) {
        return Math.sqrt(sq(s.meanAt(0) - p[0]) + sq(s.meanAt(1) - p[1]) + sq(s.meanAt(2) - p[2]));
    }

    private static double sq(double v) {
        return v * v;
    }
}
