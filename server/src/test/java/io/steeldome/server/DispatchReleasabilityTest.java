package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.alert.AlertClass;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.alert.Releasability;
import io.steeldome.border.share.ReleasePolicy;
import io.steeldome.border.share.ReleaseRule;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.server.approval.ApprovalService;
import io.steeldome.server.auth.Role;
import io.steeldome.server.patrol.LiveDispatch;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/dispatches} releases a patrol dispatch only with its alert: NATO owns A1 (releasable to all
 * partners) and A2 (OWN_ONLY) and fully releases to TR_FORCES; PESHMERGA has no rule. So NATO sees both
 * dispatches, TR_FORCES only A1's, PESHMERGA none.
 */
class DispatchReleasabilityTest {
    @TempDir
    Path dir;

    Harness h;
    Instant t0;

    @BeforeEach
    void start() {
        h = new Harness(
                dir, new ReleasePolicy(List.of(ReleaseRule.full("NATO", "TR_FORCES"))), WeaponsControlStatus.HOLD);
        for (String agency : List.of("NATO", "TR_FORCES", "PESHMERGA")) {
            h.server
                    .users()
                    .create(
                            "test",
                            agency.toLowerCase(Locale.ROOT).replace('_', '.'),
                            agency,
                            Role.VIEWER,
                            Harness.PASSWORD);
        }
        t0 = h.clock.instant();
        h.server.picture().post(alert("A1", Releasability.ALL_PARTNERS));
        h.server.picture().post(alert("A2", Releasability.OWN_ONLY));
        // A1: team sets off at once, on scene after 14 min, 15 min there. A2: waits 5 min for a team.
        h.server
                .patrols()
                .post(new LiveDispatch("A1", "T-2", t0, t0, t0.plusSeconds(14 * 60), t0.plusSeconds(29 * 60)));
        h.server
                .patrols()
                .post(new LiveDispatch(
                        "A2", "T-1", t0, t0.plusSeconds(300), t0.plusSeconds(900), t0.plusSeconds(1800)));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private BorderAlert alert(String id, Releasability r) {
        return new BorderAlert(
                id,
                ApprovalService.simTime(t0),
                GeodeticPoint.ofDegrees(39.4567, 44.1234, 1650),
                PositionUncertainty.circular(40),
                AlertClass.PEDESTRIAN_GROUP,
                0.8,
                "S-7",
                "NATO",
                r);
    }

    private JsonNode dispatches(String user) {
        HttpResponse<String> r = h.send("GET", "/api/dispatches", h.token(user), null);
        assertThat(r.statusCode()).isEqualTo(200);
        return Harness.json(r);
    }

    private static List<String> ids(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(n -> ids.add(n.get("alertId").stringValue()));
        return ids;
    }

    @Test
    void aDispatchIsReleasedOnlyWithItsAlert() {
        assertThat(ids(dispatches("nato"))).containsExactly("A1", "A2");
        assertThat(ids(dispatches("tr.forces"))).containsExactly("A1");
        assertThat(ids(dispatches("peshmerga"))).isEmpty();
    }

    @Test
    void eachRowCarriesTheTeamTheStatusNowAndTheTimes() {
        JsonNode a1 = dispatches("nato").get(0);
        assertThat(a1.get("teamId").stringValue()).isEqualTo("T-2");
        assertThat(a1.get("status").stringValue()).isEqualTo("EN_ROUTE");
        assertThat(a1.get("etaS").asLong()).isEqualTo(14 * 60);
        assertThat(a1.get("dispatchTime").stringValue()).isEqualTo(t0.toString());
        assertThat(a1.get("arrivalTime").stringValue())
                .isEqualTo(t0.plusSeconds(840).toString());
        assertThat(a1.get("clearTime").stringValue())
                .isEqualTo(t0.plusSeconds(1740).toString());
        assertThat(dispatches("nato").get(1).get("status").stringValue()).isEqualTo("QUEUED");

        h.clock.advance(Duration.ofSeconds(840));
        assertThat(dispatches("tr.forces").get(0).get("status").stringValue()).isEqualTo("ON_SCENE");
        assertThat(dispatches("nato").get(1).get("status").stringValue()).isEqualTo("EN_ROUTE");
        assertThat(dispatches("nato").get(1).get("etaS").asLong()).isEqualTo(60);
        h.clock.advance(Duration.ofSeconds(1740 - 840));
        assertThat(dispatches("nato").get(0).get("status").stringValue()).isEqualTo("CLEARED");
        assertThat(dispatches("nato").get(0).get("etaS").asLong()).isZero();
    }

    @Test
    void anonymousCallersGetNothing() {
        assertThat(h.send("GET", "/api/dispatches", null, null).statusCode()).isEqualTo(401);
    }
}
