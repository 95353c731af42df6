package io.steeldome.tracking.associate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.filter.Innovation;
import io.steeldome.tracking.filter.KalmanFilter;
import io.steeldome.tracking.gate.EllipsoidalGate;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.tracker.Detection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GnnAssociatorTest {
    private static final EllipsoidalGate GATE = new EllipsoidalGate(16.27);
    private static final SimTime T = SimTime.ofSeconds(1);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** A seeded scan: tracks with covariances from tight to very wide, true plots, clutter, a few wide plots. */
    private record Case(List<GaussianState> tracks, List<Detection> detections) {
        static Case random(long seed) {
            SplittableRandom rng = new SplittableRandom(seed);
            double area = new double[] {2_000, 20_000, 200_000}[rng.nextInt(3)];
            int nt = rng.nextInt(0, 120);
            List<GaussianState> tracks = new ArrayList<>();
            List<Detection> dets = new ArrayList<>();
            for (int t = 0; t < nt; t++) {
                double[] mean = {
                    rng.nextDouble(-area, area), rng.nextDouble(-area, area), rng.nextDouble(0, 10_000), 100, 0, 0
                };
                double posSigma = Math.exp(rng.nextDouble(Math.log(3), Math.log(3000)));
                double[][] p = new double[6][6];
                for (int i = 0; i < 6; i++) {
                    p[i][i] = (i < 3 ? posSigma * posSigma * rng.nextDouble(0.3, 3) : 1e4);
                }
                double rho = rng.nextDouble(-0.8, 0.8); // correlated east-north
                p[0][1] = rho * Math.sqrt(p[0][0] * p[1][1]);
                p[1][0] = p[0][1];
                tracks.add(GaussianState.of(T, mean, p));
                if (rng.nextDouble() < 0.9) {
                    dets.add(plot(
                            rng,
                            mean[0] + posSigma * rng.nextGaussian(),
                            mean[1] + posSigma * rng.nextGaussian(),
                            mean[2] + posSigma * rng.nextGaussian(),
                            rng.nextDouble(2, 50)));
                }
            }
            int clutter = rng.nextInt(0, 60);
            for (int c = 0; c < clutter; c++) {
                dets.add(plot(
                        rng,
                        rng.nextDouble(-area, area),
                        rng.nextDouble(-area, area),
                        rng.nextDouble(0, 10_000),
                        rng.nextDouble(2, 50)));
            }
            if (rng.nextBoolean() && !dets.isEmpty()) { // a plot with a huge covariance, outside the grid
                dets.add(plot(rng, rng.nextDouble(-area, area), rng.nextDouble(-area, area), 5000, 20_000));
            }
            return new Case(tracks, dets);
        }

        private static Detection plot(SplittableRandom rng, double e, double n, double u, double sigma) {
            double c = rng.nextDouble(-0.5, 0.5) * sigma * sigma;
            double[][] r = {{sigma * sigma, c, 0}, {c, sigma * sigma, 0}, {0, 0, 4 * sigma * sigma}};
            return new Detection(T, "r", e, n, u, r);
        }
    }

    private static double[] positions(List<GaussianState> tracks) {
        double[] out = new double[3 * tracks.size()];
        for (int t = 0; t < tracks.size(); t++) {
            for (int i = 0; i < 3; i++) {
                out[3 * t + i] = tracks.get(t).meanAt(i);
            }
        }
        return out;
    }

    private static double[] covariances(List<GaussianState> tracks) {
        double[] out = new double[9 * tracks.size()];
        for (int t = 0; t < tracks.size(); t++) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    out[9 * t + 3 * i + j] = tracks.get(t).covarianceAt(i, j);
                }
            }
        }
        return out;
    }

    /** Indexed gating returns exactly the pairs (and costs) of exhaustive gating. */
    @ParameterizedTest
    @MethodSource("seeds")
    void indexedGatingReturnsExactlyTheExhaustivePairs(long seed) {
        Case c = Case.random(seed);
        GnnAssociator associator = new GnnAssociator(GATE, Gating.INDEXED);
        GnnAssociator.Scan scan = new GnnAssociator.Scan(c.detections());
        double[] pos = positions(c.tracks());
        double[] cov = covariances(c.tracks());
        GnnAssociator.Edges indexed = associator.gatedPairs(pos, cov, scan, Gating.INDEXED);
        GnnAssociator.Edges exhaustive = associator.gatedPairs(pos, cov, scan, Gating.EXHAUSTIVE);
        assertThat(indexed.count).isEqualTo(exhaustive.count);
        for (int e = 0; e < exhaustive.count; e++) {
            assertThat(indexed.track[e]).isEqualTo(exhaustive.track[e]);
            assertThat(indexed.detection[e]).isEqualTo(exhaustive.detection[e]);
            assertThat(indexed.cost[e]).isEqualTo(exhaustive.cost[e]);
        }
    }

    /** Dense crowds make clusters too large for the dense solver; the sparse one must find the same optimum. */
    @ParameterizedTest
    @MethodSource("crowdSeeds")
    void largeClustersMatchTheDenseOptimum(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<GaussianState> tracks = new ArrayList<>();
        List<Detection> dets = new ArrayList<>();
        double[][] p = new double[6][6];
        for (int i = 0; i < 6; i++) {
            p[i][i] = i < 3 ? 300 * 300 : 1e4;
        }
        for (int t = 0; t < 150; t++) {
            double[] mean = {rng.nextDouble(0, 3000), rng.nextDouble(0, 3000), 1000, 0, 0, 0};
            tracks.add(GaussianState.of(T, mean, p));
            if (rng.nextDouble() < 0.85) {
                dets.add(Case.plot(
                        rng,
                        mean[0] + 300 * rng.nextGaussian(),
                        mean[1] + 300 * rng.nextGaussian(),
                        1000 + 300 * rng.nextGaussian(),
                        20));
            }
        }
        for (int c = 0; c < 20; c++) {
            dets.add(Case.plot(rng, rng.nextDouble(0, 3000), rng.nextDouble(0, 3000), 1000, 20));
        }
        assertMatchesHipparchusBruteForce(new Case(tracks, dets), true);
    }

    static LongStream crowdSeeds() {
        return LongStream.rangeClosed(1, 5);
    }

    /**
     * Against an independent brute force built from the public Hipparchus-based pieces (the pre-index algorithm):
     * the same gated pairs, and an assignment with as many pairs and the same total cost as the dense Hungarian on
     * the whole track x detection matrix.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void matchesHipparchusBruteForce(long seed) {
        assertMatchesHipparchusBruteForce(Case.random(seed), false);
    }

    private static void assertMatchesHipparchusBruteForce(Case c, boolean expectLargeCluster) {
        KalmanFilter filter = new KalmanFilter();
        int nt = c.tracks().size();
        int nd = c.detections().size();
        double[][] cost = new double[nt][nd];
        int gated = 0;
        for (int t = 0; t < nt; t++) {
            for (int d = 0; d < nd; d++) {
                Detection det = c.detections().get(d);
                RealMatrix s = filter.innovationCovariance(c.tracks().get(t), det.covariance());
                var nu = filter.residual(c.tracks().get(t), det.position());
                cost[t][d] = Double.POSITIVE_INFINITY;
                if (GATE.accepts(nu, s)) {
                    Innovation in = Innovation.of(nu, s);
                    cost[t][d] = in.mahalanobisSquared() + in.logDeterminant();
                    gated++;
                }
            }
        }
        GnnAssociator associator = new GnnAssociator(GATE, Gating.INDEXED);
        GnnAssociator.Edges edges = associator.gatedPairs(
                positions(c.tracks()), covariances(c.tracks()), new GnnAssociator.Scan(c.detections()), Gating.INDEXED);
        assertThat(edges.count).isEqualTo(gated);
        if (expectLargeCluster) { // the crowd is one cluster far beyond the dense solver's limit
            assertThat((long) nt * nd).isGreaterThan(4 * GnnAssociator.DENSE_CELLS);
            assertThat(gated).isGreaterThan(5 * nt);
        }
        for (int e = 0; e < edges.count; e++) {
            assertThat(edges.cost[e]).isCloseTo(cost[edges.track[e]][edges.detection[e]], within(1e-9));
        }

        Association a = associator.associate(c.tracks(), c.detections());
        Assignment reference = Assignment.solve(cost);
        Map<Integer, Integer> trackOfDetection = new HashMap<>();
        double total = 0;
        for (var entry : a.detectionByTrack().entrySet()) {
            assertThat(trackOfDetection.put(entry.getValue(), entry.getKey())).isNull();
            total += cost[entry.getKey()][entry.getValue()];
        }
        assertThat(a.detectionByTrack()).hasSize(reference.pairCount());
        assertThat(total).isCloseTo(reference.totalCost(), within(1e-6));
    }
}
