package io.steeldome.tracking.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.model.ConstantVelocity;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** JPDA's duplicate-track pruning: a duplicate on one target goes, two crossing targets both stay. */
class JpdaCoalescenceTest {
    private static final double SIGMA_M = 5;
    private static final double[][] R = {{25, 0, 0}, {0, 25, 0}, {0, 0, 25}};
    /** Confirm at the third hit, like the anchors. */
    private static final TrackerConfig BASE =
            new TrackerConfig(ConstantVelocity.continuousEnu(0.05), 9, 3, 4, 5, 40, 10_000);

    private static JpdaTracker tracker() {
        return new JpdaTracker(new JpdaConfig(BASE, 0.9, 1e-12, 0.95));
    }

    private static Detection det(int k, double e, double n, SplittableRandom rnd) {
        return new Detection(
                SimTime.ofSeconds(k),
                "r",
                e + SIGMA_M * rnd.nextGaussian(),
                n + SIGMA_M * rnd.nextGaussian(),
                SIGMA_M * rnd.nextGaussian(),
                R);
    }

    private static long confirmed(List<Track> tracks) {
        return tracks.stream().filter(Track::isConfirmed).count();
    }

    /**
     * A target whose return splits into two plots 12 m apart (2.4 sigma) for its first scans starts two tracks with the
     * same velocity, which JPDA would otherwise let live side by side for ever on its later single plots. The two are
     * merged as soon as both are confirmed: the older keeps its id and follows the target. (The price: two real
     * targets in formation closer than the measurement noise are reported as one.)
     */
    @Test
    void tracksThatCannotBeToldApartAreMerged() {
        SplittableRandom rnd = new SplittableRandom(11);
        JpdaTracker t = tracker();
        List<Track> tracks = List.of();
        for (int k = 1; k <= 3; k++) {
            tracks = t.process(SimTime.ofSeconds(k), List.of(det(k, 20.0 * k, 0, rnd), det(k, 20.0 * k, 12, rnd)));
        }
        assertThat(tracks).hasSize(1);
        assertThat(tracks.get(0).id()).isEqualTo(new TrackId(1));
        for (int k = 4; k <= 15; k++) {
            tracks = t.process(SimTime.ofSeconds(k), List.of(det(k, 20.0 * k, 6, rnd)));
        }
        assertThat(confirmed(tracks)).isEqualTo(1);
        Track only = tracks.stream().filter(Track::isConfirmed).findFirst().orElseThrow();
        assertThat(only.id()).isEqualTo(new TrackId(1));
        assertThat(Math.abs(only.state().meanAt(0) - 300)).isLessThan(4 * SIGMA_M);
    }

    /** Two targets crossing at 90 degrees through the same point: close in position, not in velocity. */
    @Test
    void crossingTargetsAreBothKept() {
        SplittableRandom rnd = new SplittableRandom(5);
        JpdaTracker t = tracker();
        List<Long> counts = new ArrayList<>();
        for (int k = 1; k <= 30; k++) {
            double s = 50.0 * (k - 15); // both pass the origin at k = 15
            List<Track> tracks = t.process(SimTime.ofSeconds(k), List.of(det(k, s, 0, rnd), det(k, 0, s, rnd)));
            if (k >= 5) {
                counts.add(confirmed(tracks));
            }
        }
        assertThat(counts).containsOnly(2L);
    }
}
