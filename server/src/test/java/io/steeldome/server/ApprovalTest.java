package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.border.share.ReleasePolicy;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.defence.doctrine.ApprovalRecord;
import io.steeldome.defence.doctrine.ApprovedEngagement;
import io.steeldome.defence.doctrine.DoctrineTable;
import io.steeldome.defence.doctrine.EngagementController;
import io.steeldome.defence.doctrine.EngagementRecommendation;
import io.steeldome.defence.doctrine.FireDoctrine;
import io.steeldome.defence.doctrine.Identification;
import io.steeldome.defence.doctrine.Identifier;
import io.steeldome.defence.doctrine.WcsSchedule;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.server.approval.ApprovalService;
import io.steeldome.server.approval.RecommendationStatus;
import io.steeldome.server.auth.Role;
import io.steeldome.server.auth.User;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** In live mode nothing is approved except by an authenticated operator, recorded on disk, within doctrine. */
class ApprovalTest {
    @TempDir
    Path dir;

    Harness h;
    ApprovalService q;
    String viewer;
    String operator;
    String commander;

    @BeforeEach
    void start() {
        h = new Harness(dir, new ReleasePolicy(List.of()), WeaponsControlStatus.HOLD);
        h.createRoleUsers();
        q = h.server.approvals();
        viewer = h.token("viewer");
        operator = h.token("operator");
        commander = h.token("commander");
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private void order(String layer, WeaponsControlStatus s) {
        HttpResponse<String> r = h.send(
                "PUT",
                "/api/weapons-control/" + layer,
                commander,
                "{\"status\":\"" + s + "\",\"reason\":\"order from the air defence commander\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private HttpResponse<String> approve(String token, String id, String reason) {
        return h.send(
                "POST",
                "/api/recommendations/" + id + "/approve",
                token,
                reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}");
    }

    private long count(String table) throws Exception {
        try (Connection c = serverConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection serverConnection() throws java.sql.SQLException {
        return h.server.database().dataSource().getConnection();
    }

    @Test
    void pendingRecommendationYieldsNoEngagement() {
        EngagementRecommendation r = h.recommendation("R1", 7, "SHORAD", Identification.HOSTILE);
        assertThat(q.review(r, r.madeAt())).isEmpty();
        assertThat(q.approvedEngagement("R1")).isEmpty();
        assertThat(q.drainApproved()).isEmpty();
        JsonNode pending = Harness.json(h.send("GET", "/api/recommendations", viewer, null));
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("id").stringValue()).isEqualTo("R1");
        assertThat(pending.get(0).get("recommendation").get("layer").stringValue())
                .isEqualTo("SHORAD");
    }

    @Test
    void viewerCannotApproveAndNothingIsRecorded() throws Exception {
        order("SHORAD", WeaponsControlStatus.FREE);
        q.submit(h.recommendation("R1", 7, "SHORAD", Identification.HOSTILE));
        long audits = count("audit_log");
        HttpResponse<String> r = approve(viewer, "R1", "looks hostile");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(count("decisions")).isZero();
        assertThat(count("audit_log")).isEqualTo(audits);
        assertThat(q.approvedEngagement("R1")).isEmpty();
        assertThat(q.find("R1").orElseThrow().status()).isEqualTo(RecommendationStatus.PENDING);
        // the Java API refuses a viewer too
        User v = new User(2, "viewer", "NATO", Role.VIEWER);
        assertThatThrownBy(() -> q.approve(v, "R1", "x")).isInstanceOf(SteeldomeException.class);
        assertThat(count("decisions")).isZero();
    }

    @Test
    void operatorApprovalIsPersistedAuditedAndReleasesExactlyThatEngagement() throws Exception {
        order("SHORAD", WeaponsControlStatus.FREE);
        EngagementRecommendation rec = h.recommendation("R1", 7, "SHORAD", Identification.HOSTILE);
        q.submit(rec);
        h.clock.advance(Duration.ofSeconds(3));
        assertThat(approve(operator, "R1", null).statusCode()).isEqualTo(400); // reason required
        assertThat(approve(operator, "R1", "  ").statusCode()).isEqualTo(400);
        HttpResponse<String> r = approve(operator, "R1", "rocket inbound on the town");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode d = Harness.json(r);
        assertThat(d.get("verdict").stringValue()).isEqualTo("APPROVED");
        assertThat(d.get("operator").stringValue()).isEqualTo("operator");
        assertThat(d.get("decidedAt").stringValue()).isEqualTo("2026-11-26T02:00:03Z");
        assertThat(d.get("weaponsControl").stringValue()).isEqualTo("FREE");
        assertThat(count("decisions")).isEqualTo(1);

        ApprovedEngagement e = q.approvedEngagement("R1").orElseThrow();
        assertThat(e.recommendation()).isEqualTo(rec);
        assertThat(e.approval().decidedBy()).isEqualTo("operator");
        assertThat(e.approval().decidedAt()).isEqualTo(rec.madeAt().shiftedBy(3));
        assertThat(q.drainApproved()).containsExactly(e);
        assertThat(q.drainApproved()).isEmpty();
        assertThat(q.review(rec, rec.madeAt().shiftedBy(4))).hasValue(e.approval());

        assertThat(h.server.audit().list(0, 100))
                .filteredOn(a -> a.action().equals("decision.approve"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.actor()).isEqualTo("operator");
                    assertThat(a.subject()).isEqualTo("R1");
                    assertThat(a.details()).contains("rocket inbound on the town");
                });
        assertThat(h.server.audit().verify().ok()).isTrue();
        // decided once only
        assertThat(approve(operator, "R1", "again").statusCode()).isEqualTo(409);
        assertThat(h.send("POST", "/api/recommendations/R1/reject", operator, "{\"reason\":\"no\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(Harness.json(h.send("GET", "/api/decisions", viewer, null))).hasSize(1);
    }

    @Test
    void rejectionRecordsWhoWhenAndWhyAndReleasesNothing() throws Exception {
        order("SHORAD", WeaponsControlStatus.FREE);
        q.submit(h.recommendation("R2", 8, "SHORAD", Identification.HOSTILE));
        h.clock.advance(Duration.ofMillis(1500));
        HttpResponse<String> r = h.send(
                "POST", "/api/recommendations/R2/reject", operator, "{\"reason\":\"civil airliner on that bearing\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode d = Harness.json(h.send("GET", "/api/decisions", viewer, null)).get(0);
        assertThat(d.get("verdict").stringValue()).isEqualTo("REJECTED");
        assertThat(d.get("operator").stringValue()).isEqualTo("operator");
        assertThat(d.get("decidedAt").stringValue()).isEqualTo("2026-11-26T02:00:01.500Z");
        assertThat(d.get("reason").stringValue()).isEqualTo("civil airliner on that bearing");
        assertThat(d.get("recommendation").get("id").stringValue()).isEqualTo("R2");
        assertThat(q.approvedEngagement("R2")).isEmpty();
        assertThat(q.drainApproved()).isEmpty();
        ApprovalRecord rec = q.decisions().get(0).record();
        assertThat(rec.approves()).isFalse();
        assertThatThrownBy(() -> ApprovedEngagement.of(rec.recommendation(), rec))
                .isInstanceOf(SteeldomeException.class);
    }

    @Test
    void weaponsHoldRefusesEveryApprovalOnThatLayer() throws Exception {
        // default status is HOLD: nothing on an unordered layer can be approved
        q.submit(h.recommendation("R3", 9, "MRAD", Identification.HOSTILE));
        HttpResponse<String> r = approve(operator, "R3", "hostile");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(Harness.json(r).get("reason").stringValue()).contains("HOLD");
        order("MRAD", WeaponsControlStatus.FREE);
        order("MRAD", WeaponsControlStatus.HOLD);
        assertThat(approve(operator, "R3", "hostile").statusCode()).isEqualTo(409);
        assertThat(count("decisions")).isZero();
        assertThat(q.approvedEngagement("R3")).isEmpty();
        // rejecting is always allowed
        assertThat(h.send("POST", "/api/recommendations/R3/reject", operator, "{\"reason\":\"hold\"}")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void weaponsTightApprovesOnlyHostileTracks() {
        order("SHORAD", WeaponsControlStatus.TIGHT);
        q.submit(h.recommendation("R4", 10, "SHORAD", Identification.UNKNOWN));
        q.submit(h.recommendation("R5", 11, "SHORAD", Identification.SUSPECT));
        q.submit(h.recommendation("R6", 12, "SHORAD", Identification.HOSTILE));
        assertThat(approve(operator, "R4", "x").statusCode()).isEqualTo(409);
        assertThat(approve(operator, "R5", "x").statusCode()).isEqualTo(409);
        assertThat(approve(operator, "R6", "identified hostile").statusCode()).isEqualTo(200);
        order("SHORAD", WeaponsControlStatus.FREE);
        assertThat(approve(operator, "R5", "weapons free now").statusCode()).isEqualTo(200);
        q.submit(h.recommendation("R7", 13, "SHORAD", Identification.FRIEND));
        assertThat(approve(operator, "R7", "x").statusCode()).isEqualTo(409); // FREE never fires at a FRIEND
        assertThat(q.approvedEngagement("R4")).isEmpty();
        assertThat(q.approvedEngagement("R7")).isEmpty();
    }

    @Test
    void staleRecommendationsCannotBeApproved() throws Exception {
        order("SHORAD", WeaponsControlStatus.FREE);
        q.submit(h.recommendation("R8", 14, "SHORAD", Identification.HOSTILE));
        h.clock.advance(Duration.ofSeconds(31)); // its launch time (+30 s) has passed
        HttpResponse<String> r = approve(operator, "R8", "late");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(q.find("R8").orElseThrow().status()).isEqualTo(RecommendationStatus.EXPIRED);
        assertThat(q.approvedEngagement("R8")).isEmpty();
        assertThat(Harness.json(h.send("GET", "/api/recommendations", viewer, null)))
                .isEmpty();
        assertThat(h.server.audit().list(0, 100))
                .anySatisfy(a -> assertThat(a.action()).isEqualTo("recommendation.expire"));
        assertThat(count("decisions")).isZero();
    }

    @Test
    void supersededRecommendationsCannotBeApproved() {
        order("SHORAD", WeaponsControlStatus.FREE);
        q.submit(h.recommendation("R9", 15, "SHORAD", Identification.HOSTILE));
        q.submit(h.recommendation("R10", 15, "SHORAD", Identification.HOSTILE)); // re-planned, same track and round
        assertThat(q.find("R9").orElseThrow().status()).isEqualTo(RecommendationStatus.SUPERSEDED);
        assertThat(approve(operator, "R9", "x").statusCode()).isEqualTo(409);
        assertThat(approve(operator, "R10", "the re-planned shot").statusCode()).isEqualTo(200);
        assertThat(q.approvedEngagement("R9")).isEmpty();
        assertThat(q.approvedEngagement("R10")).isPresent();
    }

    @Test
    void decisionsSurviveARestart() {
        order("SHORAD", WeaponsControlStatus.FREE);
        EngagementRecommendation rec = h.recommendation("R11", 16, "SHORAD", Identification.HOSTILE);
        q.submit(rec);
        q.submit(h.recommendation("R12", 17, "SHORAD", Identification.HOSTILE));
        assertThat(approve(operator, "R11", "hostile rocket").statusCode()).isEqualTo(200);
        h.close();
        h = new Harness(dir, new ReleasePolicy(List.of()), WeaponsControlStatus.HOLD);
        q = h.server.approvals();
        assertThat(q.approvedEngagement("R11").orElseThrow().recommendation()).isEqualTo(rec);
        assertThat(q.find("R12").orElseThrow().status()).isEqualTo(RecommendationStatus.PENDING);
        assertThat(q.weaponsControl("SHORAD")).isEqualTo(WeaponsControlStatus.FREE);
        String op = h.token("operator");
        assertThat(approve(op, "R12", "still hostile").statusCode()).isEqualTo(200);
        assertThat(h.server.audit().verify().ok()).isTrue();
    }

    @Test
    void engagementControllerGetsNothingUntilAnOperatorApproves() {
        order("SHORAD", WeaponsControlStatus.FREE);
        EngagementController ctl = new EngagementController(
                (effector, threat, at) -> Optional.empty(),
                DoctrineTable.uniform(FireDoctrine.shootLookShoot(2)),
                WcsSchedule.ALL_FREE,
                Identifier.kinematicOnly(),
                q,
                EngagementController.Settings.DEFAULTS);
        EngagementRecommendation a = h.recommendation("R20", 30, "SHORAD", Identification.HOSTILE);
        EngagementRecommendation b = h.recommendation("R21", 31, "SHORAD", Identification.HOSTILE);
        // putting them to the authority posts them; nothing is approved
        assertThat(ctl.approvedNow(List.of(a, b), a.madeAt())).isEmpty();
        assertThat(q.pending()).hasSize(2);
        assertThat(approve(operator, "R20", "hostile drone").statusCode()).isEqualTo(200);
        assertThat(h.send("POST", "/api/recommendations/R21/reject", operator, "{\"reason\":\"decoy\"}")
                        .statusCode())
                .isEqualTo(200);
        List<ApprovedEngagement> fire =
                ctl.approvedNow(List.of(a, b), a.madeAt().shiftedBy(1));
        assertThat(fire).singleElement().satisfies(e -> {
            assertThat(e.recommendation()).isEqualTo(a);
            assertThat(e.approval().decidedBy()).isEqualTo("operator");
        });
    }

    @Test
    void concurrentDecisionsOnOneRecommendationRecordExactlyOne() throws Exception {
        order("SHORAD", WeaponsControlStatus.FREE);
        q.submit(h.recommendation("R30", 40, "SHORAD", Identification.HOSTILE));
        String second = h.token("commander");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String token = i % 2 == 0 ? operator : second;
                boolean approve = i % 3 != 0;
                results.add(pool.submit(() -> approve
                        ? approve(token, "R30", "hostile").statusCode()
                        : h.send("POST", "/api/recommendations/R30/reject", token, "{\"reason\":\"no\"}")
                                .statusCode()));
            }
            List<Integer> codes = new java.util.ArrayList<>();
            for (var f : results) {
                codes.add(f.get());
            }
            assertThat(codes).containsOnly(200, 409);
            assertThat(codes).filteredOn(c -> c == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("decisions")).isEqualTo(1);
        assertThat(h.server.audit().list(0, 1000))
                .filteredOn(a -> a.action().startsWith("decision."))
                .hasSize(1);
        assertThat(h.server.audit().verify().ok()).isTrue();
    }

    @Test
    void recordedDecisionsCannotBeChangedInTheDatabase() throws Exception {
        order("SHORAD", WeaponsControlStatus.FREE);
        q.submit(h.recommendation("R31", 41, "SHORAD", Identification.HOSTILE));
        q.submit(h.recommendation("R32", 42, "SHORAD", Identification.HOSTILE));
        assertThat(h.send("POST", "/api/recommendations/R31/reject", operator, "{\"reason\":\"decoy\"}")
                        .statusCode())
                .isEqualTo(200);
        try (Connection c = serverConnection();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE decisions SET verdict = 'APPROVED'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM decisions")).hasMessageContaining("append-only");
        }
        assertThat(q.approvedEngagement("R31")).isEmpty();
    }
}
