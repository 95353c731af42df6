package io.steeldome.tracking.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.delete.DuplicateRule;
import io.steeldome.tracking.model.ConstantVelocity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

/** The duplicate-track rule: it removes a track that shadows another on one target, and never merges two targets. */
class DuplicateTrackTest {
    private static final double SIGMA_M = 20;
    private static final double[][] R = {{SIGMA_M * SIGMA_M, 0, 0}, {0, SIGMA_M * SIGMA_M, 0}, {0, 0, SIGMA_M * SIGMA_M}
    };

    private static Detection noisy(double tS, double e, double n, RandomGenerator rng) {
        return new Detection(
                SimTime.ofSeconds(tS),
                "radar",
                e + SIGMA_M * rng.nextGaussian(),
                n + SIGMA_M * rng.nextGaussian(),
                SIGMA_M * rng.nextGaussian(),
                R);
    }

    private static Set<Long> confirmedIds(List<Track> tracks) {
        Set<Long> ids = new TreeSet<>();
        for (Track t : tracks) {
            if (t.isConfirmed()) {
                ids.add(t.id().value());
            }
        }
        return ids;
    }

    /**
     * One target, Pd = 1; at scans 5 to 7 it also gives a second return (a split plot), enough to start and confirm a
     * second track (3 of 4). From scan 8 there is one return per scan again, and the two tracks share it. Counts the
     * scans from 8 on that still show two confirmed tracks on the target.
     */
    private static int duplicateScans(DuplicateRule rule, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        // the anchor scenarios' setting: slow targets, q = 0.05 m^2/s^3, sigma 5 m, Pd 0.9
        MultiTargetTracker tracker = new MultiTargetTracker(TrackerConfig.defaults()
                .withMotionModel(ConstantVelocity.continuousEnu(0.05))
                .withDuplicates(rule));
        double[][] r = {{25, 0, 0}, {0, 25, 0}, {0, 0, 25}};
        int duplicated = 0;
        for (int k = 0; k < 60; k++) {
            double e = 20.0 * k;
            List<Detection> scan = new ArrayList<>();
            int returns = k >= 5 && k <= 7 ? 2 : rng.nextDouble() < 0.9 ? 1 : 0;
            for (int i = 0; i < returns; i++) {
                scan.add(new Detection(
                        SimTime.ofSeconds(k),
                        "radar",
                        e + 5 * rng.nextGaussian(),
                        5 * rng.nextGaussian(),
                        5 * rng.nextGaussian(),
                        r));
            }
            List<Track> tracks = tracker.process(SimTime.ofSeconds(k), scan);
            if (k >= 8 && confirmedIds(tracks).size() >= 2) {
                duplicated++;
            }
        }
        return duplicated;
    }

    /**
     * Over 20 seeded runs: a duplicate that keeps losing the detection is deleted by the miss rule in 4 or 5 scans with
     * or without this rule; one that shares the detections lives on without the rule (measured: up to 10 scans) and is
     * deleted within 5 scans with it.
     */
    @Test
    void aDuplicateSharingTheDetectionsIsDeleted() {
        int totalWith = 0;
        int totalWithout = 0;
        int longestWith = 0;
        int longestWithout = 0;
        for (long seed = 1; seed <= 20; seed++) {
            int with = duplicateScans(DuplicateRule.standard(), seed);
            int without = duplicateScans(DuplicateRule.off(), seed);
            assertThat(with).as("seed %d", seed).isLessThanOrEqualTo(without);
            totalWith += with;
            totalWithout += without;
            longestWith = Math.max(longestWith, with);
            longestWithout = Math.max(longestWithout, without);
        }
        assertThat(longestWith).isLessThanOrEqualTo(5);
        assertThat(longestWithout).isGreaterThan(5);
        assertThat(totalWith).isLessThan(totalWithout);
    }

    /** Tracks lost (confirmed at scan 15, gone at scan 40) over {@code runs} seeded crossings. */
    private static int lostTracksWhenCrossing(DuplicateRule rule, int runs) {
        int lost = 0;
        double angle = Math.toRadians(20);
        for (long seed = 1; seed <= runs; seed++) {
            RandomGenerator rng = new Well19937c(seed);
            MultiTargetTracker tracker =
                    new MultiTargetTracker(TrackerConfig.defaults().withDuplicates(rule));
            Set<Long> before = Set.of();
            List<Track> tracks = List.of();
            for (int k = 0; k <= 40; k++) {
                double s = 50.0 * (k - 20); // both at the origin at k = 20
                List<Detection> scan = new ArrayList<>();
                if (rng.nextDouble() < 0.9) {
                    scan.add(noisy(k, s, 0, rng));
                }
                if (rng.nextDouble() < 0.9) {
                    scan.add(noisy(k, s * Math.cos(angle), s * Math.sin(angle), rng));
                }
                tracks = tracker.process(SimTime.ofSeconds(k), scan);
                if (k == 15) {
                    before = confirmedIds(tracks);
                }
            }
            if (!confirmedIds(tracks).containsAll(before)) {
                lost++;
            }
        }
        return lost;
    }

    /**
     * Two targets crossing at 20 degrees through one point at 50 m/s, Pd = 0.9, with the demo's high process noise:
     * their states are statistically alike for several scans, but both tracks are updated in most scans (two
     * detections: two objects), which the rule respects. Measured over 400 runs: no track lost with the standard rule
     * (4 scans) or with the rule off; 16 runs lose one with 3 scans, 115 with 2 and 323 with 1, so the check has teeth.
     */
    @Test
    void crossingTargetsAreNotMerged() {
        assertThat(lostTracksWhenCrossing(DuplicateRule.off(), 400)).isZero();
        assertThat(lostTracksWhenCrossing(DuplicateRule.standard(), 400)).isZero();
        assertThat(lostTracksWhenCrossing(new DuplicateRule(DuplicateRule.CHI_SQUARE_6DOF_999, 2), 400))
                .isPositive();
    }

    @Test
    void rejectsNegativeScans() {
        assertThatThrownBy(() -> new DuplicateRule(22.46, -1))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("duplicate scans");
        assertThat(DuplicateRule.off().enabled()).isFalse();
        assertThat(DuplicateRule.standard().enabled()).isTrue();
    }
}
