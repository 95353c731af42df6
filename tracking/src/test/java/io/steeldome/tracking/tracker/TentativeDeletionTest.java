package io.steeldome.tracking.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two rules for giving up on a tentative track, on hand-made hit/miss patterns of one stationary target. */
class TentativeDeletionTest {
    private static final double[][] R = {{25, 0, 0}, {0, 25, 0}, {0, 0, 25}};

    /** Runs scans 1..n; 'H' = the target is detected, '.' = missed. Returns the tracks after the last scan. */
    private static List<Track> run(TrackerConfig config, String pattern) {
        MultiTargetTracker tracker = new MultiTargetTracker(config);
        List<Track> tracks = List.of();
        for (int k = 0; k < pattern.length(); k++) {
            SimTime t = SimTime.ofSeconds(k + 1);
            List<Detection> dets =
                    pattern.charAt(k) == 'H' ? List.of(new Detection(t, "r", 100, 200, 1000, R)) : List.of();
            tracks = tracker.process(t, "r", dets);
        }
        return tracks;
    }

    @Test
    void windowRuleDropsATrackWithTwoMissesInItsFirstFourScans() {
        // 3 of 4: the second miss (scan 4) makes 3 hits in 4 impossible; scan 5's plot starts track 2.
        List<Track> tracks = run(TrackerConfig.defaults(), "H.H.H");
        assertThat(tracks).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(new TrackId(2));
            assertThat(t.status()).isEqualTo(TrackStatus.TENTATIVE);
        });
    }

    @Test
    void consecutiveRuleKeepsATrackWhoseMissesAreNeverAdjacent() {
        List<Track> tracks = run(TrackerConfig.defaults().withTentativeMaxConsecutiveMisses(2), "H.H.H");
        assertThat(tracks).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(new TrackId(1));
            assertThat(t.status()).isEqualTo(TrackStatus.CONFIRMED);
            assertThat(t.hits()).isEqualTo(3);
        });
    }

    @Test
    void consecutiveRuleDropsATrackAfterTwoMissesInARow() {
        assertThat(run(TrackerConfig.defaults().withTentativeMaxConsecutiveMisses(2), "HH.."))
                .isEmpty();
        // one miss in a row is tolerated
        assertThat(run(TrackerConfig.defaults().withTentativeMaxConsecutiveMisses(2), "HH."))
                .hasSize(1);
    }

    @Test
    void negativeLimitIsRejected() {
        assertThatThrownBy(() -> TrackerConfig.defaults().withTentativeMaxConsecutiveMisses(-1))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("tentativeMaxConsecutiveMisses");
    }
}
