package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.share.ReleasePolicy;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.EngagementRecommendation;
import io.steeldome.defence.doctrine.Identification;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.defence.engagement.InterceptSolution;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.server.api.Json;
import io.steeldome.server.approval.ApprovalService;
import io.steeldome.server.auth.Argon2Params;
import io.steeldome.server.auth.Role;
import io.steeldome.tracking.tracker.TrackId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A server on a temp H2 file and port 0, with a settable clock, cheap password hashing and one user per role. */
final class Harness implements AutoCloseable {
    static final String ADMIN_PASSWORD = "admin-password-1";
    static final String PASSWORD = "correct horse battery";
    /** Cheap Argon2id for tests (the cost is a parameter; the algorithm is the same). */
    static final Argon2Params CHEAP = new Argon2Params(64, 1, 1);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
    final SteeldomeServer server;
    final HttpClient http = HttpClient.newHttpClient();
    final String base;

    Harness(Path dir, ReleasePolicy policy, WeaponsControlStatus defaultWcs) {
        ServerConfig cfg = ServerConfig.defaults(dir.resolve("c2"), 0)
                .withPasswordHashing(CHEAP)
                .withBootstrapAdmin(new ServerConfig.BootstrapAdmin("admin", "NATO", ADMIN_PASSWORD))
                .withReleasePolicy(policy)
                .withDefaultWeaponsControl(defaultWcs)
                .withLoginLimit(new ServerConfig.LoginLimit(1000, Duration.ofMillis(1)));
        server = new SteeldomeServer(cfg, clock, clock::nanoTime, new SecureRandom(new byte[] {7})).start();
        base = "http://127.0.0.1:" + server.port();
    }

    Harness(Path dir) {
        this(dir, new ReleasePolicy(List.of()), WeaponsControlStatus.FREE);
    }

    /** Creates one user per role (viewer, operator, commander; admin exists) in agency NATO. */
    void createRoleUsers() {
        server.users().create("test", "viewer", "NATO", Role.VIEWER, PASSWORD);
        server.users().create("test", "operator", "NATO", Role.OPERATOR, PASSWORD);
        server.users().create("test", "commander", "NATO", Role.COMMANDER, PASSWORD);
    }

    String token(String user) {
        String pw = user.equals("admin") ? ADMIN_PASSWORD : PASSWORD;
        HttpResponse<String> r =
                send("POST", "/api/login", null, "{\"username\":\"" + user + "\",\"password\":\"" + pw + "\"}");
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
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
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

    /** A recommendation made now, whose interceptor would launch 30 s from now. */
    EngagementRecommendation recommendation(String id, long track, String layer, Identification identity) {
        SimTime now = ApprovalService.simTime(clock.instant());
        return new EngagementRecommendation(
                id,
                now,
                "BTY-1",
                layer,
                new TrackId(track),
                ThreatClass.ROCKET,
                identity,
                WeaponsControlStatus.FREE,
                1,
                0.8,
                new InterceptSolution(
                        now.shiftedBy(30), now.shiftedBy(45), new EnuVector(1000, 2000, 3000), 3800, 3000, 15),
                50_000,
                1.5e6,
                "rocket at the town; first round");
    }

    @Override
    public void close() {
        server.close();
    }
}
