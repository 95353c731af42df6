package io.steeldome.server.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.defence.effector.EffectorPresets;
import io.steeldome.server.MutableClock;
import io.steeldome.server.ServerConfig;
import io.steeldome.server.SteeldomeServer;
import io.steeldome.server.api.Json;
import io.steeldome.server.auth.Argon2Params;
import io.steeldome.server.auth.Role;
import io.steeldome.server.live.LiveRun;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Records a session the way a real one is recorded: the built-in demo raid run live by the real engine against a real
 * server (temp H2 file, port 0, clock moved by hand to each scan's time as in LiveRunTest), with a commander's
 * weapons control order and an operator who approves the first few recommendations and rejects a couple through the
 * REST API; the rest expire or are superseded. Then the server is stopped: its file is the recording.
 */
final class RecordedSession {
    static final String PASSWORD = "correct horse battery";
    static final Argon2Params CHEAP = new Argon2Params(64, 1, 1);
    static final Instant START = Instant.parse("2026-11-26T02:00:00Z");
    static final int APPROVALS = 4;
    static final int REJECTIONS = 2;

    private RecordedSession() {}

    /** Records into {@code dir}/c2.mv.db and returns the database path (without .mv.db). */
    static Path record(Path dir) throws InterruptedException {
        Path db = dir.resolve("c2");
        MutableClock clock = new MutableClock(START);
        ServerConfig cfg = ServerConfig.defaults(db, 0)
                .withPasswordHashing(CHEAP)
                .withBootstrapAdmin(new ServerConfig.BootstrapAdmin("admin", "NATO", "admin-password-1"))
                .withDefaultWeaponsControl(WeaponsControlStatus.FREE)
                .withLoginLimit(new ServerConfig.LoginLimit(1000, Duration.ofMillis(1)));
        try (SteeldomeServer server =
                new SteeldomeServer(cfg, clock, clock::nanoTime, new SecureRandom(new byte[] {7})).start()) {
            server.users().create("test", "viewer", "NATO", Role.VIEWER, PASSWORD);
            server.users().create("test", "operator", "NATO", Role.OPERATOR, PASSWORD);
            server.users().create("test", "commander", "NATO", Role.COMMANDER, PASSWORD);
            Http http = new Http(server.port());
            String commander = http.login("commander", PASSWORD);
            for (String layer : new String[] {EffectorPresets.SHORT_RANGE.layerName()}) {
                HttpResponse<String> r = http.send(
                        "PUT",
                        "/api/weapons-control/" + layer,
                        commander,
                        "{\"status\":\"FREE\",\"reason\":\"raid under way, no friendly air\"}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            }
            String operator = http.login("operator", PASSWORD);
            AtomicInteger approved = new AtomicInteger();
            AtomicInteger rejected = new AtomicInteger();
            java.util.concurrent.atomic.AtomicReference<LiveRun> runRef =
                    new java.util.concurrent.atomic.AtomicReference<>();
            long startNanos = START.getEpochSecond() * 1_000_000_000L + START.getNano();
            LiveRun.Settings settings = LiveRun.Settings.of(1.0)
                    .withClock(clock)
                    .withPacer(t -> clock.advanceTo(startNanos + t.nanos()))
                    .withObserver(s -> {
                        // Stop mid-raid once the decisions are made, so the recording ends with tracks on the map
                        // (by the raid's end every threat has been intercepted or has impacted, and left the map).
                        if (rejected.get() == REJECTIONS
                                && server.picture().viewFor("NATO").tracks().size() >= 2) {
                            runRef.get().stop();
                            return;
                        }
                        for (JsonNode p : Http.json(http.send("GET", "/api/recommendations", operator, null))) {
                            String id = p.get("id").stringValue();
                            String verb = approved.get() < APPROVALS
                                    ? "approve"
                                    : rejected.get() < REJECTIONS ? "reject" : null;
                            if (verb == null) {
                                return;
                            }
                            HttpResponse<String> r = http.send(
                                    "POST",
                                    "/api/recommendations/" + id + "/" + verb,
                                    operator,
                                    "{\"reason\":\""
                                            + (verb.equals("approve")
                                                    ? "confirmed hostile, \\\"track "
                                                    : "possible friendly, track ")
                                            + id + "\"}");
                            if (r.statusCode() == 200) {
                                (verb.equals("approve") ? approved : rejected).incrementAndGet();
                            }
                        }
                    });
            LiveRun run = LiveRun.start(server, ScenarioLoader.demo(), settings);
            runRef.set(run);
            assertThat(run.awaitFinished(Duration.ofMinutes(5))).isTrue();
            assertThat(run.status().state()).as(run.status().toString()).isEqualTo(LiveRun.State.STOPPED);
            server.approvals().pending(); // expires what is stale at the end of the run, as a live server would
            assertThat(approved.get()).isEqualTo(APPROVALS);
            assertThat(rejected.get()).isEqualTo(REJECTIONS);
        }
        return db;
    }

    /** A small HTTP client for one server. */
    static final class Http {
        private final HttpClient client = HttpClient.newHttpClient();
        private final String base;

        Http(int port) {
            base = "http://127.0.0.1:" + port;
        }

        String login(String user, String password) {
            HttpResponse<String> r = send(
                    "POST", "/api/login", null, "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return json(r).get("token").stringValue();
        }

        HttpResponse<String> send(String method, String path, String token, String body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            b.method(
                    method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            try {
                return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static JsonNode json(HttpResponse<String> r) {
            return Json.MAPPER.readTree(r.body());
        }
    }
}
