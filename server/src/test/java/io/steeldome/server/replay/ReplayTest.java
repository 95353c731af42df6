package io.steeldome.server.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.interop.czml.CzmlValidator;
import io.steeldome.interop.geojson.GeoJsonValidator;
import io.steeldome.server.api.Json;
import io.steeldome.server.replay.RecordedSession.Http;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A session recorded by the real engine and server ({@link RecordedSession}) replayed from its file. The truth is the
 * recording's rows, read with plain JDBC from a separate copy of the file; the original file's SHA-256 must not change.
 */
class ReplayTest {
    @TempDir
    static Path dir;

    static Path db;
    static String sha256;
    static Rows rows;

    /** The recorded rows, read with plain JDBC. */
    record Rows(
            Map<String, JsonNode> finalTracks,
            Map<String, Integer> vertices,
            List<Map<String, Object>> decisions,
            List<Instant> trackTimes,
            long auditEntries,
            long alerts) {}

    @BeforeAll
    static void record() throws Exception {
        db = RecordedSession.record(dir);
        sha256 = Recording.sha256(Recording.fileOf(db));
        rows = readRows(db);
        assertThat(rows.decisions()).hasSize(RecordedSession.APPROVALS + RecordedSession.REJECTIONS);
        assertThat(rows.finalTracks()).isNotEmpty();
    }

    /** The recording's rows, from a copy of the file (so that not even this read can touch the original). */
    private static Rows readRows(Path db) throws Exception {
        Path copyDir = Files.createTempDirectory(dir, "truth");
        Files.copy(Recording.fileOf(db), copyDir.resolve("t.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection(
                        "jdbc:h2:file:" + copyDir.resolve("t").toAbsolutePath(), "steeldome", "");
                Statement s = c.createStatement()) {
            Map<String, JsonNode> last = new LinkedHashMap<>();
            Map<String, Integer> vertices = new HashMap<>();
            List<Instant> times = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT track_id, deleted, received_at, snapshot FROM track_history" + " ORDER BY seq")) {
                while (rs.next()) {
                    if (rs.getBoolean("deleted")) {
                        last.remove(rs.getString(1));
                        continue;
                    }
                    last.put(rs.getString(1), Json.MAPPER.readTree(rs.getString("snapshot")));
                    vertices.merge(rs.getString(1), 1, Integer::sum);
                    times.add(rs.getObject("received_at", OffsetDateTime.class).toInstant());
                }
            }
            List<Map<String, Object>> decisions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT * FROM decisions ORDER BY id")) {
                while (rs.next()) {
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("recommendationId", rs.getString("recommendation_id"));
                    d.put("verdict", rs.getString("verdict"));
                    d.put("operator", rs.getString("operator_name"));
                    d.put(
                            "decidedAt",
                            rs.getObject("decided_at", OffsetDateTime.class)
                                    .toInstant()
                                    .toString());
                    d.put("decidedAtNanos", rs.getLong("decided_at_nanos"));
                    d.put("weaponsControl", rs.getString("weapons_control"));
                    d.put("reason", rs.getString("reason"));
                    decisions.add(d);
                }
            }
            return new Rows(last, vertices, decisions, times, count(s, "audit_log"), count(s, "alerts"));
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Replay.Options options() {
        return Replay.Options.defaults(0).withPasswordHashing(RecordedSession.CHEAP);
    }

    private static Map<String, JsonNode> byId(JsonNode arr, String key) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        arr.forEach(n -> out.put(n.get(key).stringValue(), n));
        return out;
    }

    @Test
    void aReplayAtFullSpeedEndsWithTheRecordedPictureAndDecisions() throws Exception {
        Recording rec = Recording.open(db);
        assertThat(rec.verification().ok()).isTrue();
        assertThat(rec.verification().entries()).isEqualTo(rows.auditEntries());
        List<ReplayPlayer.Progress> reports = new ArrayList<>();
        try (Replay replay = Replay.start(rec, options())) {
            ReplayPlayer.Progress done =
                    replay.player().run(0, System::nanoTime, d -> Thread.sleep(d), Duration.ofSeconds(2), reports::add);
            assertThat(done.done()).isTrue();
            assertThat(done.applied()).isEqualTo(rec.events().size());
            assertThat(replay.now()).isEqualTo(rec.end().orElseThrow());
            assertThat(reports).last().isEqualTo(done);

            // The recorded users log in with their recorded passwords (Argon2id hashes copied).
            Http http = new Http(replay.port());
            String viewer = http.login("viewer", RecordedSession.PASSWORD);
            Map<String, JsonNode> tracks = byId(Http.json(http.send("GET", "/api/tracks", viewer, null)), "id");
            assertThat(tracks.keySet())
                    .containsExactlyInAnyOrderElementsOf(rows.finalTracks().keySet());
            rows.finalTracks().forEach((id, want) -> {
                JsonNode got = tracks.get(id);
                assertThat(got.get("timeS").doubleValue())
                        .isCloseTo(want.get("timeS").doubleValue(), within(1e-9));
                assertThat(got.get("latDeg").doubleValue())
                        .isCloseTo(want.get("latDeg").doubleValue(), within(1e-9));
                assertThat(got.get("lonDeg").doubleValue())
                        .isCloseTo(want.get("lonDeg").doubleValue(), within(1e-9));
                assertThat(got.get("heightM").doubleValue())
                        .isCloseTo(want.get("heightM").doubleValue(), within(1e-6));
                assertThat(got.get("agency")).isEqualTo(want.get("agency"));
                assertThat(got.get("releasability")).isEqualTo(want.get("releasability"));
            });
            assertThat(Http.json(http.send("GET", "/api/alerts", viewer, null)).size())
                    .isEqualTo(rows.alerts());

            List<Map<String, Object>> decisions = new ArrayList<>();
            for (JsonNode d : Http.json(http.send("GET", "/api/decisions", viewer, null))) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("recommendationId", d.get("recommendationId").stringValue());
                m.put("verdict", d.get("verdict").stringValue());
                m.put("operator", d.get("operator").stringValue());
                m.put("decidedAt", d.get("decidedAt").stringValue());
                m.put("decidedAtNanos", d.get("decidedAtNanos").longValue());
                m.put("weaponsControl", d.get("weaponsControl").stringValue());
                m.put("reason", d.get("reason").stringValue());
                decisions.add(m);
            }
            assertThat(decisions).isEqualTo(rows.decisions());
            assertThat(decisions).extracting(m -> m.get("verdict")).contains("APPROVED", "REJECTED");

            // The recorded weapons control order is in force again.
            JsonNode wcs = Http.json(http.send("GET", "/api/weapons-control", viewer, null));
            assertThat(wcs.get("layers").size()).isEqualTo(1);
        }
        assertThat(Recording.sha256(Recording.fileOf(db))).isEqualTo(sha256);
    }

    @Test
    void nothingCanBeDecidedInAReplay() throws Exception {
        Recording rec = Recording.open(db);
        // One that was still pending a while after it was posted (the operator decided others at once).
        ReplayEvent.RecommendationPosted first = rec.eventsOf(ReplayEvent.RecommendationPosted.class).stream()
                .filter(p -> rec.events().stream()
                        .noneMatch(e -> !e.at().isAfter(p.at())
                                && ((e instanceof ReplayEvent.DecisionMade d
                                                && d.decision()
                                                        .record()
                                                        .recommendation()
                                                        .id()
                                                        .equals(p.posted()
                                                                .recommendation()
                                                                .id()))
                                        || (e instanceof ReplayEvent.StatusChanged c
                                                && c.recommendationId()
                                                        .equals(p.posted()
                                                                .recommendation()
                                                                .id())))))
                .findFirst()
                .orElseThrow();
        assertThat(first.pictureTrackId()).isPresent();
        String id = first.posted().recommendation().id();
        try (Replay replay = Replay.start(rec, options())) {
            // Stop where the recommendation is pending, as it was then.
            replay.player().advanceTo(first.at());
            Http http = new Http(replay.port());
            String operator = http.login("operator", RecordedSession.PASSWORD);
            String commander = http.login("commander", RecordedSession.PASSWORD);
            Map<String, JsonNode> pending =
                    byId(Http.json(http.send("GET", "/api/recommendations", operator, null)), "id");
            assertThat(pending).containsKey(id);
            for (String verb : new String[] {"approve", "reject"}) {
                HttpResponse<String> r = http.send(
                        "POST", "/api/recommendations/" + id + "/" + verb, operator, "{\"reason\":\"in replay\"}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
                assertThat(Http.json(r).get("error").stringValue()).isEqualTo("replay");
                assertThat(Http.json(r).get("reason").stringValue()).contains("replay");
            }
            HttpResponse<String> w = http.send(
                    "PUT", "/api/weapons-control/SHORT_RANGE", commander, "{\"status\":\"HOLD\",\"reason\":\"x\"}");
            assertThat(w.statusCode()).as(w.body()).isEqualTo(409);
            HttpResponse<String> f = http.send(
                    "POST",
                    "/api/feed/tracks",
                    operator,
                    "{\"tracks\":[{\"id\":\"x\",\"latDeg\":39,\"lonDeg\":44,\"time\":\"2026-01-01T00:00:00Z\"}]}");
            assertThat(f.statusCode()).as(f.body()).isEqualTo(409);
            assertThat(Http.json(f).get("error").stringValue()).isEqualTo("replay");
            // Still pending as recorded: the refusal changed nothing, and nothing expires on the replay's clock.
            assertThat(byId(Http.json(http.send("GET", "/api/recommendations", operator, null)), "id"))
                    .containsKey(id);
            long decidedBefore = rec.eventsOf(ReplayEvent.DecisionMade.class).stream()
                    .filter(d -> !d.at().isAfter(first.at()))
                    .count();
            assertThat(Http.json(http.send("GET", "/api/decisions", operator, null))
                            .size())
                    .isEqualTo(decidedBefore);
        }
        assertThat(Recording.sha256(Recording.fileOf(db))).isEqualTo(sha256);
    }

    /** Moved by hand: every item appears exactly when the replay reaches its recorded time, not before. */
    @Test
    void itemsAppearWhenTheirRecordedTimeIsReached() throws Exception {
        Recording rec = Recording.open(db);
        List<ReplayEvent.DecisionMade> decisions = rec.eventsOf(ReplayEvent.DecisionMade.class);
        try (Replay replay = Replay.start(rec, options())) {
            Http http = new Http(replay.port());
            String viewer = http.login("viewer", RecordedSession.PASSWORD);
            for (int i = 0; i < decisions.size(); i++) {
                Instant t = decisions.get(i).at();
                if (i > 0 && decisions.get(i - 1).at().equals(t)) {
                    continue; // shown with the previous one (the replay never goes back in time)
                }
                // The operator may have decided several in one scan, at one instant.
                long before = decisions.stream().filter(d -> d.at().isBefore(t)).count();
                long by = decisions.stream().filter(d -> !d.at().isAfter(t)).count();
                replay.player().advanceTo(t.minusNanos(1));
                assertThat(Http.json(http.send("GET", "/api/decisions", viewer, null))
                                .size())
                        .as("before decision %d", i)
                        .isEqualTo(before);
                replay.player().advanceTo(t);
                JsonNode shown = Http.json(http.send("GET", "/api/decisions", viewer, null));
                assertThat(shown.size()).isEqualTo(by);
                for (int k = 0; k < by; k++) {
                    for (String field : new String[] {"recommendationId", "operator", "decidedAt", "reason"}) {
                        assertThat(shown.get(k).get(field).stringValue())
                                .isEqualTo(rows.decisions().get(k).get(field));
                    }
                }
                // Tracks: exactly those with a history row received by now.
                java.util.Set<String> held = new java.util.HashSet<>();
                for (ReplayEvent e : rec.events()) {
                    if (!e.at().isAfter(t)) {
                        if (e instanceof ReplayEvent.TrackUpdated u) {
                            held.add(u.track().id());
                        } else if (e instanceof ReplayEvent.TrackDropped d) {
                            held.remove(d.trackId());
                        }
                    }
                }
                assertThat(byId(Http.json(http.send("GET", "/api/tracks", viewer, null)), "id")
                                .keySet())
                        .isEqualTo(held);
            }
        }
    }

    /**
     * The paced loop on a fake monotonic clock that only the sleeper moves: at 2x, recorded time reached = start + 2
     * x elapsed, and at every wake-up exactly the events recorded up to then have been applied.
     */
    @Test
    void thePacedLoopFollowsTheFakeClockAtItsSpeed() throws Exception {
        Recording rec = Recording.open(db);
        Instant from = rec.start().orElseThrow().plusSeconds(20);
        Instant to = from.plusSeconds(30);
        try (Replay replay = Replay.start(rec, options().withRange(Optional.of(from), Optional.of(to)))) {
            AtomicLong fake = new AtomicLong(1_000_000_000L);
            long t0 = fake.get();
            List<Instant> wakeups = new ArrayList<>();
            List<ReplayEvent> inRange =
                    rec.events().stream().filter(e -> !e.at().isAfter(to)).toList();
            ReplayPlayer.Progress p = replay.player()
                    .run(
                            2.0,
                            fake::get,
                            d -> {
                                Instant reached = replay.now();
                                wakeups.add(reached);
                                long applied = replay.player().progress().applied();
                                // Applied: everything up to the time reached; not yet: everything after it.
                                assertThat(inRange.subList(0, (int) applied))
                                        .allSatisfy(e -> assertThat(e.at()).isBeforeOrEqualTo(reached));
                                if (applied < inRange.size()) {
                                    assertThat(inRange.get((int) applied).at()).isAfter(reached);
                                }
                                assertThat(reached).isEqualTo(ReplayPlayer.simAt(from, 2.0, fake.get() - t0));
                                assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofMillis(200));
                                fake.addAndGet(d.toNanos());
                            },
                            Duration.ofSeconds(2),
                            x -> {});
            assertThat(p.done()).isTrue();
            assertThat(replay.now()).isEqualTo(to);
            // The last event in range is due (its recorded offset from --from) / 2 of (fake) wall time after the start:
            // the loop sleeps up to exactly that instant, in naps of at most 200 ms.
            long due = Duration.between(from, inRange.getLast().at()).toNanos() / 2;
            assertThat(fake.get() - t0).isBetween(due, due + 2);
            assertThat(wakeups).isSorted();
        }
    }

    @Test
    void theExportHoldsEveryRecordedRowAndValidates() throws Exception {
        Recording rec = Recording.open(db);
        Path out = dir.resolve("export");
        SessionExport.Summary s = SessionExport.write(rec, Optional.empty(), Optional.empty(), out);
        JsonNode geo = Json.MAPPER.readTree(Files.readString(out.resolve("session.geojson")));
        JsonNode czml = Json.MAPPER.readTree(Files.readString(out.resolve("session.czml")));
        assertThat(GeoJsonValidator.validate(geo)).isEmpty();
        assertThat(CzmlValidator.validate(czml)).isEmpty();
        Map<String, Integer> vertices = new HashMap<>();
        for (JsonNode f : geo.get("features")) {
            if (f.get("properties").get("kind").stringValue().equals("track")) {
                JsonNode g = f.get("geometry");
                int n = g.get("type").stringValue().equals("Point")
                        ? 1
                        : g.get("coordinates").size();
                assertThat(f.get("properties").get("times").size()).isEqualTo(n);
                vertices.put(f.get("properties").get("track_id").stringValue(), n);
            }
        }
        assertThat(vertices).isEqualTo(rows.vertices());
        assertThat(s.vertices())
                .isEqualTo(rows.vertices().values().stream().mapToInt(i -> i).sum());
        List<String> decisions = Files.readAllLines(out.resolve("decisions.csv"));
        assertThat(decisions).hasSize(1 + rows.decisions().size());
        assertThat(decisions.getFirst())
                .isEqualTo("recommendation_id,verdict,operator,decided_at,reason,weapons_control," + "layer,track_id");
        // The reason with a comma and a quote survives RFC 4180 quoting.
        Map<String, Object> firstApproval = rows.decisions().getFirst();
        assertThat(decisions.get(1))
                .startsWith(
                        firstApproval.get("recommendationId") + ",APPROVED,operator," + firstApproval.get("decidedAt")
                                + ",\"" + ((String) firstApproval.get("reason")).replace("\"", "\"\"") + "\",");
        assertThat(Files.readAllLines(out.resolve("alerts.csv"))).hasSize(1 + (int) rows.alerts());
        List<String> audit = Files.readAllLines(out.resolve("audit.csv"));
        assertThat(audit).hasSizeGreaterThan((int) rows.auditEntries()); // multi-line details are quoted
        assertThat(audit.subList(1, audit.size())).noneMatch(l -> l.endsWith(",BROKEN"));
        assertThat(audit.getLast()).endsWith(",verified");
        assertThat(Recording.sha256(Recording.fileOf(db))).isEqualTo(sha256);
    }

    @Test
    void aTamperedRecordingIsRefusedAndAMissingOneNamed() throws Exception {
        Path tampered = Files.createTempDirectory(dir, "tampered").resolve("c2");
        Files.copy(Recording.fileOf(db), Recording.fileOf(tampered));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tampered.toAbsolutePath(), "steeldome", "");
                Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER decisions_no_update");
            s.execute("DROP TRIGGER audit_log_no_update");
            s.execute("UPDATE audit_log SET actor = 'someone-else' WHERE action = 'decision.approve'");
        }
        Recording rec = Recording.open(tampered);
        assertThat(rec.verification().ok()).isFalse();
        long firstApproval = rec.audit().stream()
                .filter(e -> e.action().equals("decision.approve"))
                .findFirst()
                .orElseThrow()
                .seq();
        assertThat(rec.verification().firstBrokenSeq().getAsLong()).isEqualTo(firstApproval);
        assertThatThrownBy(() -> Replay.start(rec, options()))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("audit chain is broken at entry " + firstApproval);
        SessionExport.write(rec, Optional.empty(), Optional.empty(), dir.resolve("tampered-export"));
        List<String> audit = Files.readAllLines(dir.resolve("tampered-export").resolve("audit.csv"));
        assertThat(audit).anyMatch(l -> l.startsWith(firstApproval + ",") && l.endsWith(",BROKEN"));

        assertThatThrownBy(() -> Recording.open(dir.resolve("missing")))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("no recorded session at");
        Path junk = dir.resolve("junk.mv.db");
        Files.writeString(junk, "not a database");
        assertThatThrownBy(() -> Recording.open(junk))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("is not a readable steeldome database");
    }
}
