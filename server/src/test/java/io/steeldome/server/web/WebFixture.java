package io.steeldome.server.web;

import io.steeldome.border.alert.AlertClass;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.alert.Releasability;
import io.steeldome.border.share.ReleasePolicy;
import io.steeldome.border.share.ReleaseRule;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.border.share.StandardIdentity;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.EngagementRecommendation;
import io.steeldome.defence.doctrine.Identification;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.defence.engagement.InterceptSolution;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.server.ServerConfig;
import io.steeldome.server.SteeldomeServer;
import io.steeldome.server.api.Json;
import io.steeldome.server.approval.ApprovalService;
import io.steeldome.server.auth.Argon2Params;
import io.steeldome.server.auth.Role;
import io.steeldome.server.deploy.Deployment;
import io.steeldome.server.live.LiveBoard;
import io.steeldome.sim.scenario.ScenarioLoader;
import io.steeldome.tracking.tracker.TrackId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A server on a temp H2 file and port 0 (system clock, cheap Argon2id), with users of agency NATO in every role and
 * an operator of agency TR_FORCES. NATO releases to TR_FORCES in full, so a NATO item marked ALL_PARTNERS reaches
 * TR_FORCES and one marked OWN_ONLY does not.
 */
final class WebFixture implements AutoCloseable {
    static final String ADMIN_PASSWORD = "admin-password-1";
    static final String PASSWORD = "correct horse battery";

    final SteeldomeServer server;
    final String base;
    final HttpClient http = HttpClient.newHttpClient();

    WebFixture(Path dir) {
        ServerConfig cfg = ServerConfig.defaults(dir.resolve("c2"), 0)
                .withPasswordHashing(new Argon2Params(64, 1, 1))
                .withBootstrapAdmin(new ServerConfig.BootstrapAdmin("admin", "NATO", ADMIN_PASSWORD))
                .withReleasePolicy(new ReleasePolicy(List.of(ReleaseRule.full("NATO", "TR_FORCES"))))
                .withDefaultWeaponsControl(WeaponsControlStatus.FREE)
                .withLoginLimit(new ServerConfig.LoginLimit(1000, Duration.ofMillis(1)));
        server =
                new SteeldomeServer(cfg, Clock.systemUTC(), System::nanoTime, new SecureRandom(new byte[] {9})).start();
        base = "http://127.0.0.1:" + server.port();
        server.users().create("test", "viewer", "NATO", Role.VIEWER, PASSWORD);
        server.users().create("test", "operator", "NATO", Role.OPERATOR, PASSWORD);
        server.users().create("test", "commander", "NATO", Role.COMMANDER, PASSWORD);
        server.users().create("test", "tr_operator", "TR_FORCES", Role.OPERATOR, PASSWORD);
    }

    /** A session token for {@code user} (REST login). */
    String token(String user) {
        String pw = user.equals("admin") ? ADMIN_PASSWORD : PASSWORD;
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + pw + "\"}"))
                .build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login of " + user + " failed: " + r.body());
        }
        return Json.MAPPER.readTree(r.body()).get("token").stringValue();
    }

    HttpResponse<String> send(HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a NATO air track at the given place, time now, of unknown identity. */
    void track(String id, double latDeg, double lonDeg, double hM, Releasability r) {
        track(id, latDeg, lonDeg, hM, r, StandardIdentity.UNKNOWN);
    }

    void track(String id, double latDeg, double lonDeg, double hM, Releasability r, StandardIdentity identity) {
        server.picture()
                .post(new SharedTrack(
                        id,
                        ApprovalService.simTime(java.time.Instant.now()),
                        GeodeticPoint.ofDegrees(latDeg, lonDeg, hM),
                        new PositionUncertainty(150, 80, 0.3),
                        "NATO",
                        r,
                        List.of(),
                        identity));
    }

    void alert(String id, double latDeg, double lonDeg, Releasability r) {
        alert(id, latDeg, lonDeg, "S-7", r);
    }

    void alert(String id, double latDeg, double lonDeg, String sectorId, Releasability r) {
        server.picture()
                .post(new BorderAlert(
                        id,
                        ApprovalService.simTime(java.time.Instant.now()),
                        GeodeticPoint.ofDegrees(latDeg, lonDeg, 1500),
                        new PositionUncertainty(400, 200, 0.5),
                        AlertClass.PEDESTRIAN_GROUP,
                        0.8,
                        sectorId,
                        "NATO",
                        r));
    }

    /**
     * Deploys the built-in demo scenario (Doğubayazıt: two defended assets, radar-west with terrain-masked coverage,
     * fire units sr-town and mr-west, border sector tr-ir), owned by NATO and marked {@code r}, as a live run would.
     */
    Deployment deploy(Releasability r) {
        Deployment d = Deployment.of(ScenarioLoader.demo(), "NATO", r);
        server.deployment().set(d);
        return d;
    }

    /** A board with one ranked threat (impact ellipse near Van) and two fire units. */
    void board(String threatTrackId) {
        server.board()
                .publish(new LiveBoard.Board(
                        0,
                        List.of(
                                new LiveBoard.ThreatRow(
                                        threatTrackId,
                                        1,
                                        "SRBM",
                                        95,
                                        38.50,
                                        43.38,
                                        2500,
                                        1200,
                                        30,
                                        "VAN-AIRBASE",
                                        0.62,
                                        "ballistic, impact ellipse covers VAN-AIRBASE, 95 s to impact"),
                                new LiveBoard.ThreatRow(
                                        "102",
                                        2,
                                        "DRONE",
                                        Double.NaN,
                                        Double.NaN,
                                        Double.NaN,
                                        Double.NaN,
                                        Double.NaN,
                                        0,
                                        "",
                                        0.1,
                                        "slow drone heading west, no asset on its path")),
                        List.of(
                                new LiveBoard.InventoryRow("BTY-1", "SHORAD", 6, 8),
                                new LiveBoard.InventoryRow("BTY-2", "MRAD", 3, 4))));
    }

    /** A recommendation made now whose interceptor would launch 40 s from now. */
    void recommend(String id, long track) {
        SimTime now = ApprovalService.simTime(java.time.Instant.now());
        server.approvals()
                .submit(new EngagementRecommendation(
                        id,
                        now,
                        "BTY-1",
                        "SHORAD",
                        new TrackId(track),
                        ThreatClass.BALLISTIC_MISSILE,
                        Identification.HOSTILE,
                        WeaponsControlStatus.FREE,
                        1,
                        0.8,
                        new InterceptSolution(
                                now.shiftedBy(40), now.shiftedBy(55), new EnuVector(1000, 2000, 3000), 3800, 3000, 15),
                        50_000,
                        1.5e6,
                        "SRBM at the air base; first round"));
    }

    @Override
    public void close() {
        server.close();
    }
}
