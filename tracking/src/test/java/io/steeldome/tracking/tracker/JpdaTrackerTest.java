package io.steeldome.tracking.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.filter.KalmanFilter;
import io.steeldome.tracking.initiate.SinglePointInitiator;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.state.GaussianState;
import java.util.List;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;

class JpdaTrackerTest {
    private static final double[][] R = {{25, 0, 0}, {0, 25, 0}, {0, 0, 25}};
    /** Confirmation on the first detection, so the second scan already runs JPDA. */
    private static final TrackerConfig BASE =
            new TrackerConfig(ConstantVelocity.continuousEnu(0.05), 9, 1, 1, 5, 40, 10_000);

    private static Detection detection(double t, double e, double n, double u) {
        return new Detection(SimTime.ofSeconds(t), "s", e, n, u, R);
    }

    /** The tracker's prediction of its first track to t = 1, from the independent KalmanFilter. */
    private static GaussianState predictedFirst(Detection first) {
        GaussianState prior = new SinglePointInitiator(BASE.maxSpeedMps()).initiate(first, SimTime.ZERO);
        return new KalmanFilter().predict(prior, BASE.motionModel(), SimTime.ofSeconds(1));
    }

    @Test
    void singleSureDetectionWithoutClutterIsTheKalmanUpdate() {
        JpdaTracker tracker = new JpdaTracker(new JpdaConfig(BASE, 1, 1e-30, 0.999));
        Detection first = detection(0, 1000, 2000, 0);
        Detection second = detection(1, 1012, 1995, 3);
        tracker.process(SimTime.ZERO, List.of(first));
        List<Track> tracks = tracker.process(SimTime.ofSeconds(1), List.of(second));

        GaussianState expected = new KalmanFilter()
                .update(predictedFirst(first), second.position(), second.covariance())
                .posterior();
        assertThat(tracks).hasSize(1);
        GaussianState actual = tracks.get(0).state();
        for (int i = 0; i < 6; i++) {
            assertThat(actual.meanAt(i)).isCloseTo(expected.meanAt(i), within(1e-9));
            for (int j = 0; j < 6; j++) {
                assertThat(actual.covarianceAt(i, j)).isCloseTo(expected.covarianceAt(i, j), within(1e-9));
            }
        }
        assertThat(tracks.get(0).hits()).isEqualTo(2);
    }

    /**
     * One track, two detections in its gate, common R: the posterior is the textbook PDAF (Bar-Shalom & Li):
     * {@code beta_j ∝ Pd N(nu_j; 0, S) / lambda}, {@code beta_0 ∝ 1 - Pd Pg}, {@code x + K nu},
     * {@code beta_0 P + (1 - beta_0)(P - K S K^T) + K (sum beta_j nu_j nu_j^T - nu nu^T) K^T}.
     */
    @Test
    void twoDetectionsGiveTheTextbookPdafUpdate() {
        double pd = 0.9;
        double pg = 0.99;
        double lambda = 1e-7;
        JpdaTracker tracker = new JpdaTracker(new JpdaConfig(BASE, pd, lambda, pg));
        Detection first = detection(0, 1000, 2000, 0);
        Detection d1 = detection(1, 1008, 2004, -2);
        Detection d2 = detection(1, 995, 1990, 4);
        tracker.process(SimTime.ZERO, List.of(first));
        List<Track> tracks = tracker.process(SimTime.ofSeconds(1), List.of(d1, d2));

        GaussianState pred = predictedFirst(first);
        RealMatrix p = pred.covariance();
        RealMatrix h = MatrixUtils.createRealMatrix(3, 6);
        h.setSubMatrix(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, 0, 0);
        RealMatrix s = h.multiply(p).multiplyTransposed(h).add(MatrixUtils.createRealMatrix(R));
        RealMatrix sInv = MatrixUtils.inverse(s);
        RealMatrix k = p.multiplyTransposed(h).multiply(sInv);
        double det = new org.hipparchus.linear.LUDecomposition(s).getDeterminant();
        RealVector nu1 = d1.position().subtract(h.operate(pred.mean()));
        RealVector nu2 = d2.position().subtract(h.operate(pred.mean()));
        double norm = 1 / Math.sqrt(Math.pow(2 * Math.PI, 3) * det);
        double l1 = pd * norm * Math.exp(-0.5 * nu1.dotProduct(sInv.operate(nu1))) / lambda;
        double l2 = pd * norm * Math.exp(-0.5 * nu2.dotProduct(sInv.operate(nu2))) / lambda;
        double sum = 1 - pd * pg + l1 + l2;
        double b0 = (1 - pd * pg) / sum;
        double b1 = l1 / sum;
        double b2 = l2 / sum;
        assertThat(b0).isBetween(1e-3, 0.5); // a case where all three hypotheses matter
        assertThat(Math.min(b1, b2)).isGreaterThan(1e-3);
        RealVector nu = nu1.mapMultiply(b1).add(nu2.mapMultiply(b2));
        RealVector mean = pred.mean().add(k.operate(nu));
        RealMatrix spread = nu1.outerProduct(nu1)
                .scalarMultiply(b1)
                .add(nu2.outerProduct(nu2).scalarMultiply(b2))
                .subtract(nu.outerProduct(nu));
        RealMatrix pc = p.subtract(k.multiply(s).multiplyTransposed(k));
        RealMatrix cov = p.scalarMultiply(b0)
                .add(pc.scalarMultiply(1 - b0))
                .add(k.multiply(spread).multiplyTransposed(k));

        GaussianState actual = tracks.stream()
                .filter(t -> t.id().value() == 1)
                .findFirst()
                .orElseThrow()
                .state();
        for (int i = 0; i < 6; i++) {
            assertThat(actual.meanAt(i)).isCloseTo(mean.getEntry(i), within(1e-8));
            for (int j = 0; j < 6; j++) {
                assertThat(actual.covarianceAt(i, j)).isCloseTo(cov.getEntry(i, j), within(1e-7));
                assertThat(actual.covarianceAt(i, j)).isEqualTo(actual.covarianceAt(j, i));
            }
        }
        // both detections were in the confirmed track's gate, so neither starts a track
        assertThat(tracks).hasSize(1);
    }

    @Test
    void confirmedTrackIsDeletedAfterMisses() {
        JpdaTracker tracker = new JpdaTracker(new JpdaConfig(BASE, 0.9, 1e-9, 0.95));
        tracker.process(SimTime.ZERO, List.of(detection(0, 0, 0, 0)));
        for (int k = 1; k <= 4; k++) {
            assertThat(tracker.process(SimTime.ofSeconds(k), List.of())).hasSize(1);
        }
        assertThat(tracker.process(SimTime.ofSeconds(5), List.of())).isEmpty();
    }
}
