package io.steeldome.tracking.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.associate.Gating;
import io.steeldome.tracking.state.StateLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spatial index changes the cost of gating, never the tracker's output. */
class MultiTargetTrackerIndexTest {

    /**
     * Seeded scenarios from sparse to crowded (crossing targets, clutter, wide cold-start gates merging into large
     * clusters): the indexed tracker and the exhaustive (brute-force gating) tracker agree on every scan: same tracks in
     * the same order, same ids, status and counters, states equal to 1e-9.
     */
    @ParameterizedTest
    @CsvSource({"1, 40, 40000", "2, 150, 20000", "3, 300, 8000", "4, 60, 3000"})
    void indexedAndExhaustiveGatingGiveIdenticalTracks(long seed, int targets, double areaM) {
        SplittableRandom rng = new SplittableRandom(seed);
        double sigma = 5 + 20 * rng.nextDouble();
        double[][] r = {{sigma * sigma, 0, 0}, {0, sigma * sigma, 0}, {0, 0, 4 * sigma * sigma}};
        double[][] p0 = new double[targets][];
        double[][] v = new double[targets][];
        for (int i = 0; i < targets; i++) {
            p0[i] = new double[] {rng.nextDouble(0, areaM), rng.nextDouble(0, areaM), rng.nextDouble(500, 3000)};
            double speed = rng.nextDouble(20, 400);
            double heading = rng.nextDouble(0, 2 * Math.PI);
            v[i] = new double[] {speed * Math.sin(heading), speed * Math.cos(heading), 0};
        }
        MultiTargetTracker indexed = new MultiTargetTracker(TrackerConfig.defaults(), Gating.INDEXED);
        MultiTargetTracker exhaustive = new MultiTargetTracker(TrackerConfig.defaults(), Gating.EXHAUSTIVE);
        int confirmedAtEnd = 0;
        for (int k = 0; k < 20; k++) {
            SimTime t = SimTime.ofSeconds(2 * k);
            List<Detection> dets = new ArrayList<>();
            for (int i = 0; i < targets; i++) {
                if (rng.nextDouble() < 0.9) {
                    dets.add(new Detection(
                            t,
                            "radar",
                            p0[i][0] + 2 * k * v[i][0] + sigma * rng.nextGaussian(),
                            p0[i][1] + 2 * k * v[i][1] + sigma * rng.nextGaussian(),
                            p0[i][2] + 2 * sigma * rng.nextGaussian(),
                            r));
                }
            }
            for (int c = 0; c < 15; c++) {
                dets.add(new Detection(
                        t, "radar", rng.nextDouble(0, areaM), rng.nextDouble(0, areaM), rng.nextDouble(0, 5000), r));
            }
            List<Track> a = indexed.process(t, "radar", dets);
            List<Track> b = exhaustive.process(t, "radar", dets);
            assertThat(a).hasSameSizeAs(b);
            for (int i = 0; i < a.size(); i++) {
                Track x = a.get(i);
                Track y = b.get(i);
                assertThat(x.id()).isEqualTo(y.id());
                assertThat(x.status()).isEqualTo(y.status());
                assertThat(x.hits()).isEqualTo(y.hits());
                assertThat(x.consecutiveMisses()).isEqualTo(y.consecutiveMisses());
                assertThat(x.lastUpdate()).isEqualTo(y.lastUpdate());
                for (int m = 0; m < StateLayout.DIM; m++) {
                    assertThat(x.state().meanAt(m)).isCloseTo(y.state().meanAt(m), within(1e-9));
                    for (int n = 0; n < StateLayout.DIM; n++) {
                        assertThat(x.state().covarianceAt(m, n))
                                .isCloseTo(y.state().covarianceAt(m, n), within(1e-9));
                    }
                }
            }
            confirmedAtEnd = (int) a.stream().filter(Track::isConfirmed).count();
        }
        // not a vacuous comparison: the scenario really produces confirmed tracks
        assertThat(confirmedAtEnd).isGreaterThan(targets / 3);
    }
}
