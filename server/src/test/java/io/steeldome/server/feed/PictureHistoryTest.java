package io.steeldome.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.alert.Releasability;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import io.steeldome.server.share.LivePicture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LivePicture} batch writes, removals and unrecorded updates, seen again after a restart (reload). */
class PictureHistoryTest {
    @TempDir
    Path dir;

    private static SharedTrack track(String id, double latDeg) {
        return new SharedTrack(
                id,
                new SimTime(0),
                GeodeticPoint.ofDegrees(latDeg, 30, 0),
                PositionUncertainty.circular(50),
                "NATO",
                Releasability.OWN_ONLY,
                List.of());
    }

    @Test
    void removalsAreRecordedAndUnrecordedUpdatesFallBackToTheLastRecordedState() {
        try (FeedServer s = new FeedServer(dir, FeedConfig.OFF)) {
            LivePicture p = s.server.picture();
            p.postAll(List.of(track("a", 40), track("b", 41), track("c", 42)));
            assertThat(p.remove("b")).isTrue();
            assertThat(p.remove("b")).isFalse(); // not held any more: nothing written
            // Update and delete in one batch: the deletion wins.
            assertThat(p.apply(List.of(track("c", 42.5)), List.of("c", "unknown")))
                    .isEqualTo(1);
            p.apply(List.of(), List.of(track("a", 40.5)), List.of());
            assertThat(s.tracksFor("NATO").keySet()).containsExactly("a");
            assertThat(s.tracksFor("NATO").get("a").position().latDeg()).isEqualTo(40.5, within(1e-9));
            p.post(track("b", 41.5)); // a deleted id may come back by a new post
        }
        try (FeedServer s = new FeedServer(dir, FeedConfig.OFF, false)) {
            assertThat(s.tracksFor("NATO").keySet()).containsExactlyInAnyOrder("a", "b");
            assertThat(s.tracksFor("NATO").get("a").position().latDeg()).isEqualTo(40, within(1e-9));
            assertThat(s.tracksFor("NATO").get("b").position().latDeg()).isEqualTo(41.5, within(1e-9));
        }
    }
}
