package io.steeldome.tracking.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Identity metrics on sequences small enough to count by hand, and the per-scan assignment against brute force. */
class TrackIdentityTest {
    private static final TrackIdentity IDENTITY = new TrackIdentity(100);

    private static double[] xy(double x, double y) {
        return new double[] {x, y};
    }

    /** Two truths 1000 m apart moving east; the tracks follow them 3 m off, swapping targets at {@code swapScan}. */
    private static IdentityResult twoTargets(int scans, int swapScan) {
        List<Map<Long, double[]>> truth = new ArrayList<>();
        List<Map<Long, double[]>> tracks = new ArrayList<>();
        for (int s = 0; s < scans; s++) {
            truth.add(Map.of(1L, xy(10 * s, 0), 2L, xy(10 * s, 1000)));
            boolean swapped = s >= swapScan;
            tracks.add(Map.of(
                    101L, xy(10 * s + 3, swapped ? 1000 : 0),
                    102L, xy(10 * s - 3, swapped ? 0 : 1000)));
        }
        return IDENTITY.evaluate(truth, tracks);
    }

    @Test
    void tracksSwappingOnceBetweenTwoTruthsAreTwoSwitchesAndNoBreak() {
        IdentityResult r = twoTargets(10, 5);

        assertThat(r.idSwitches()).isEqualTo(2);
        assertThat(r.trackBreaks()).isZero();
        assertThat(r.perTruth()).containsOnlyKeys(1L, 2L);
        assertThat(r.perTruth().get(1L)).isEqualTo(new TruthIdentity(10, 10, 1, 0, 2));
        assertThat(r.perTruth().get(2L)).isEqualTo(new TruthIdentity(10, 10, 1, 0, 2));
        assertThat(r.meanDistinctTrackIds()).isEqualTo(2);
    }

    @Test
    void tracksThatKeepTheirTargetsHaveNoSwitchAndNoBreak() {
        IdentityResult r = twoTargets(10, 10); // swap never happens

        assertThat(r.idSwitches()).isZero();
        assertThat(r.trackBreaks()).isZero();
        assertThat(r.meanDistinctTrackIds()).isEqualTo(1);
        assertThat(r.untrackedTruths()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void aTrackIdChangingKTimesIsKSwitches(int k) {
        // one truth; its track id alternates 7, 8, 7, ... changing at scans 1..k, then stays for two scans
        List<Map<Long, double[]>> truth = new ArrayList<>();
        List<Map<Long, double[]>> tracks = new ArrayList<>();
        for (int s = 0; s <= k + 2; s++) {
            truth.add(Map.of(4L, xy(s, s)));
            long id = Math.min(s, k) % 2 == 0 ? 7 : 8;
            tracks.add(Map.of(id, xy(s + 1, s)));
        }

        IdentityResult r = IDENTITY.evaluate(truth, tracks);

        assertThat(r.idSwitches()).isEqualTo(k);
        assertThat(r.trackBreaks()).isZero();
        assertThat(r.perTruth().get(4L).distinctTrackIds()).isEqualTo(2);
    }

    @Test
    void returningToAnEarlierTrackIsASwitchAndIdsAreCountedOnce() {
        // ids 1, 1, 2, 2, 3, 1, 1: changes 1->2, 2->3, 3->1; three distinct tracks
        long[] ids = {1, 1, 2, 2, 3, 1, 1};
        List<Map<Long, double[]>> truth = new ArrayList<>();
        List<Map<Long, double[]>> tracks = new ArrayList<>();
        for (int s = 0; s < ids.length; s++) {
            truth.add(Map.of(9L, xy(0, 0)));
            tracks.add(Map.of(ids[s], xy(0, 5)));
        }

        TruthIdentity t = IDENTITY.evaluate(truth, tracks).perTruth().get(9L);

        assertThat(t).isEqualTo(new TruthIdentity(7, 7, 3, 0, 3));
    }

    @Test
    void lossAndReacquisitionIsABreakAndAlsoASwitchOnlyWithANewId() {
        // truth 1 and 2 each tracked at scans 0-1, lost at 2-3 (no track, or a track beyond c), re-acquired at 4;
        // truth 1 by its old track 11, truth 2 by a new track 23
        List<Map<Long, double[]>> truth = new ArrayList<>();
        List<Map<Long, double[]>> tracks = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            truth.add(Map.of(1L, xy(0, 0), 2L, xy(5000, 0)));
            Map<Long, double[]> t = new HashMap<>();
            if (s < 2) {
                t.put(11L, xy(1, 0));
                t.put(21L, xy(5001, 0));
            } else if (s < 4) {
                t.put(21L, xy(5150, 0)); // 150 m > c: not a pair
            } else {
                t.put(11L, xy(0, 2));
                t.put(23L, xy(5000, 2));
            }
            tracks.add(t);
        }

        IdentityResult r = IDENTITY.evaluate(truth, tracks);

        assertThat(r.perTruth().get(1L)).isEqualTo(new TruthIdentity(5, 3, 0, 1, 1));
        assertThat(r.perTruth().get(2L)).isEqualTo(new TruthIdentity(5, 3, 1, 1, 2));
        assertThat(r.trackBreaks()).isEqualTo(2);
        assertThat(r.idSwitches()).isEqualTo(1);
    }

    @Test
    void aTruthAbsentFromScansIsNotBrokenAndLateOrNeverTrackedTruthsAreNoBreak() {
        // truth 1 exists at scans 0, 1 and 3 (not 2), tracked whenever it exists; truth 2 appears at scan 2 and is
        // first tracked at scan 3 (a late start is not a break); truth 3 is never tracked
        List<Map<Long, double[]>> truth = List.of(
                Map.of(1L, xy(0, 0), 3L, xy(-9000, 0)),
                Map.of(1L, xy(0, 0), 3L, xy(-9000, 0)),
                Map.of(2L, xy(3000, 0), 3L, xy(-9000, 0)),
                Map.of(1L, xy(0, 0), 2L, xy(3000, 0), 3L, xy(-9000, 0)));
        List<Map<Long, double[]>> tracks =
                List.of(Map.of(5L, xy(0, 1)), Map.of(5L, xy(0, 1)), Map.of(), Map.of(5L, xy(0, 1), 6L, xy(3000, 1)));

        IdentityResult r = IDENTITY.evaluate(truth, tracks);

        assertThat(r.perTruth().get(1L)).isEqualTo(new TruthIdentity(3, 3, 0, 0, 1));
        assertThat(r.perTruth().get(2L)).isEqualTo(new TruthIdentity(2, 1, 0, 0, 1));
        assertThat(r.perTruth().get(3L)).isEqualTo(new TruthIdentity(4, 0, 0, 0, 0));
        assertThat(r.untrackedTruths()).isEqualTo(1);
        assertThat(r.meanDistinctTrackIds()).isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void pairingIsOptimalGospaNotMaximumCardinality() {
        // d(t1,e1) = 0, d(t1,e2) = d(t2,e1) = 90, d(t2,e2) = 127 > c. Pairing both costs 90^2 + 90^2 = 16200;
        // pairing only t1-e1 costs 0 + c^2 (t2 missed, e2 false) = 10000: GOSPA pairs t1-e1 alone.
        Map<Long, Long> pairs =
                IDENTITY.assign(Map.of(1L, xy(0, 0), 2L, xy(0, 90)), Map.of(1L, xy(0, 0), 2L, xy(90, 0)));

        assertThat(pairs).isEqualTo(Map.of(1L, 1L));
    }

    @Test
    void assignmentCostEqualsTheBruteForceGospaOptimumOnRandomScenes() {
        SplittableRandom rnd = new SplittableRandom(20261125L);
        for (int trial = 0; trial < 300; trial++) {
            int n = rnd.nextInt(5);
            int m = rnd.nextInt(5);
            Map<Long, double[]> truths = new HashMap<>();
            Map<Long, double[]> tracks = new HashMap<>();
            for (long i = 0; i < n; i++) {
                truths.put(i, xy(rnd.nextDouble(0, 200), rnd.nextDouble(0, 200)));
            }
            for (long j = 0; j < m; j++) {
                tracks.put(100 + j, xy(rnd.nextDouble(0, 200), rnd.nextDouble(0, 200)));
            }

            Map<Long, Long> pairs = IDENTITY.assign(truths, tracks);

            double cost = (n + m - 2.0 * pairs.size()) * 10000 / 2;
            for (var e : pairs.entrySet()) {
                double d2 = dist2(truths.get(e.getKey()), tracks.get(e.getValue()));
                assertThat(d2).isLessThan(10000);
                cost += d2;
            }
            assertThat(pairs.values()).doesNotHaveDuplicates();
            assertThat(cost).isCloseTo(bruteForce(truths, tracks), within(1e-6));
        }
    }

    /** Minimum over every partial injection of truths into tracks of sum d^2 (d < c) + c^2 / 2 per unpaired item. */
    private static double bruteForce(Map<Long, double[]> truths, Map<Long, double[]> tracks) {
        List<double[]> t = List.copyOf(truths.values());
        List<double[]> e = List.copyOf(tracks.values());
        return search(t, e, 0, new boolean[e.size()], 0, 0);
    }

    private static double search(List<double[]> t, List<double[]> e, int i, boolean[] used, double acc, int paired) {
        if (i == t.size()) {
            return acc + (t.size() + e.size() - 2.0 * paired) * 10000 / 2;
        }
        double best = search(t, e, i + 1, used, acc, paired); // truth i unpaired
        for (int j = 0; j < e.size(); j++) {
            double d2 = dist2(t.get(i), e.get(j));
            if (!used[j] && d2 < 10000) {
                used[j] = true;
                best = Math.min(best, search(t, e, i + 1, used, acc + d2, paired + 1));
                used[j] = false;
            }
        }
        return best;
    }

    private static double dist2(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        return dx * dx + dy * dy;
    }

    @Test
    void rejectsMismatchedInputs() {
        assertThatThrownBy(() -> IDENTITY.evaluate(List.of(Map.of()), List.of()))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("track scan list");
        assertThatThrownBy(() -> IDENTITY.assign(Map.of(1L, xy(0, 0)), Map.of(2L, new double[] {0, 0, 0})))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("track 2 position");
        assertThatThrownBy(() -> IDENTITY.assign(Map.of(1L, xy(Double.NaN, 0)), Map.of(2L, xy(0, 0))))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> new TrackIdentity(0)).isInstanceOf(SteeldomeException.class);
    }
}
