package io.steeldome.server.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.alert.Releasability;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import io.steeldome.server.MutableClock;
import io.steeldome.server.ServerConfig;
import io.steeldome.server.SteeldomeServer;
import io.steeldome.server.auth.Role;
import io.steeldome.server.replay.RecordedSession.Http;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A track deleted from the live picture (a deleted track_history row) leaves the replay at its recorded time. */
class ReplayDeletionTest {
    private static final Instant T0 = RecordedSession.START;

    private static SharedTrack track(String id, double s, double latDeg) {
        return new SharedTrack(
                id,
                SimTime.ofSeconds(s),
                GeodeticPoint.ofDegrees(latDeg, 24.0, 100),
                new PositionUncertainty(50, 30, 0),
                "NATO",
                Releasability.OWN_ONLY,
                List.of());
    }

    @Test
    void aDeletedTrackLeavesTheReplayAtItsRecordedTime(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("c2");
        MutableClock clock = new MutableClock(RecordedSession.START);
        long t0 = T0.getEpochSecond() * 1_000_000_000L;
        ServerConfig cfg = ServerConfig.defaults(db, 0)
                .withPasswordHashing(RecordedSession.CHEAP)
                .withBootstrapAdmin(new ServerConfig.BootstrapAdmin("admin", "NATO", "admin-password-1"));
        try (SteeldomeServer server =
                new SteeldomeServer(cfg, clock, clock::nanoTime, new SecureRandom(new byte[] {3}))) {
            server.users().create("test", "viewer", "NATO", Role.VIEWER, RecordedSession.PASSWORD);
            server.picture().post(track("A", 0, 54.0));
            server.picture().post(track("B", 0, 54.1));
            clock.advanceTo(t0 + 10_000_000_000L);
            server.picture().post(track("A", 10, 54.01));
            clock.advanceTo(t0 + 20_000_000_000L);
            assertThat(server.picture().remove("B")).isTrue();
            clock.advanceTo(t0 + 30_000_000_000L);
            server.picture().post(track("A", 30, 54.02));
        }
        String sha = Recording.sha256(Recording.fileOf(db));
        Recording rec = Recording.open(db);
        assertThat(rec.eventsOf(ReplayEvent.TrackDropped.class)).singleElement().satisfies(d -> {
            assertThat(d.trackId()).isEqualTo("B");
            assertThat(d.at()).isEqualTo(T0.plusSeconds(20));
        });
        try (Replay replay = Replay.start(rec, Replay.Options.defaults(0).withPasswordHashing(RecordedSession.CHEAP))) {
            Http http = new Http(replay.port());
            String viewer = http.login("viewer", RecordedSession.PASSWORD);
            replay.player().advanceTo(T0.plusSeconds(20).minusNanos(1));
            assertThat(ids(http, viewer)).containsExactly("A", "B");
            replay.player().advanceTo(T0.plusSeconds(20));
            assertThat(ids(http, viewer)).containsExactly("A");
            replay.player().advanceTo(T0.plusSeconds(30));
            JsonNode a =
                    Http.json(http.send("GET", "/api/tracks", viewer, null)).get(0);
            assertThat(a.get("timeS").doubleValue()).isEqualTo(30.0);
        }
        // The export keeps B's path (its recorded positions), marked with when it left the picture.
        Path out = dir.resolve("export");
        SessionExport.Summary s = SessionExport.write(rec, Optional.empty(), Optional.empty(), out);
        assertThat(s.vertices()).isEqualTo(4);
        assertThat(java.nio.file.Files.readString(out.resolve("session.geojson")))
                .contains("\"deleted_at\" : \"" + T0.plusSeconds(20) + "\"");
        assertThat(Recording.sha256(Recording.fileOf(db))).isEqualTo(sha);
    }

    private static Set<String> ids(Http http, String token) {
        Set<String> out = new TreeSet<>();
        Http.json(http.send("GET", "/api/tracks", token, null))
                .forEach(t -> out.add(t.get("id").stringValue()));
        return out;
    }
}
