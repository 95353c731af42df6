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

    /**
     * A database written before track_latest existed (migrated to V3 only, history rows inserted by hand): opening it
     * with the server backfills each track's latest row, so the picture is what replaying the history gives.
     */
    @Test
    void aDatabaseFromBeforeTrackLatestRestoresTheSamePicture() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("c2").toAbsolutePath() + ";WRITE_DELAY=0";
        org.flywaydb.core.Flyway.configure()
                .dataSource(url, "steeldome", "")
                .locations("classpath:db/migration")
                .target("3")
                .load()
                .migrate();
        String[][] rows = { // track, lat, deleted: a moves, b is deleted, c is deleted then posted again
            {"a", "40", "false"},
            {"b", "41", "false"},
            {"a", "40.25", "false"},
            {"c", "42", "false"},
            {"b", "41", "true"},
            {"c", "42", "true"},
            {"c", "42.75", "false"}
        };
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "steeldome", "");
                java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO track_history"
                        + " (track_id, agency, received_at, snapshot, deleted) VALUES (?, 'NATO', ?, ?, ?)")) {
            for (String[] r : rows) {
                ps.setString(1, r[0]);
                ps.setObject(2, java.time.OffsetDateTime.parse("2026-11-26T02:00:00Z"));
                ps.setString(
                        3,
                        io.steeldome.server.api.Json.MAPPER.writeValueAsString(
                                io.steeldome.server.share.PictureDto.track(track(r[0], Double.parseDouble(r[1])))));
                ps.setBoolean(4, Boolean.parseBoolean(r[2]));
                ps.executeUpdate();
            }
            c.createStatement().execute("SHUTDOWN");
        }
        try (FeedServer s = new FeedServer(dir, FeedConfig.OFF)) {
            assertThat(s.tracksFor("NATO").keySet()).containsExactlyInAnyOrder("a", "c");
            assertThat(s.tracksFor("NATO").get("a").position().latDeg()).isEqualTo(40.25, within(1e-9));
            assertThat(s.tracksFor("NATO").get("c").position().latDeg()).isEqualTo(42.75, within(1e-9));
        }
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
