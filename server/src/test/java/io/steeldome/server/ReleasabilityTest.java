package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.alert.AlertClass;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.alert.Releasability;
import io.steeldome.border.share.ReleasePolicy;
import io.steeldome.border.share.ReleaseRule;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.server.auth.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * REST lists of alerts and tracks are cut per caller agency by the border module's release rules: TR_FORCES owns
 * everything here; NATO gets full copies, IQ_FEDERAL copies snapped to a 0.1-degree grid, PESHMERGA nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleasabilityTest {
    Harness h;

    @BeforeAll
    void start(@TempDir Path dir) {
        ReleasePolicy policy = new ReleasePolicy(
                List.of(ReleaseRule.full("TR_FORCES", "NATO"), ReleaseRule.downgraded("TR_FORCES", "IQ_FEDERAL", 0.1)));
        h = new Harness(dir, policy, WeaponsControlStatus.HOLD);
        for (String agency : List.of("TR_FORCES", "NATO", "IQ_FEDERAL", "PESHMERGA")) {
            h.server
                    .users()
                    .create(
                            "test",
                            agency.toLowerCase(java.util.Locale.ROOT).replace('_', '.'),
                            agency,
                            Role.VIEWER,
                            Harness.PASSWORD);
        }
        GeodeticPoint p = GeodeticPoint.ofDegrees(39.4567, 44.1234, 1650);
        PositionUncertainty u = PositionUncertainty.circular(40);
        h.server.picture().post(alert("A1", p, u, Releasability.ALL_PARTNERS));
        h.server.picture().post(alert("A2", GeodeticPoint.ofDegrees(39.61, 44.02, 1700), u, Releasability.OWN_ONLY));
        h.server.picture().post(alert("A3", GeodeticPoint.ofDegrees(39.52, 44.31, 1600), u, Releasability.to("NATO")));
        h.server
                .picture()
                .post(new SharedTrack(
                        "T1",
                        SimTime.ofSeconds(120),
                        p,
                        u,
                        "TR_FORCES",
                        Releasability.ALL_PARTNERS,
                        List.of("A1", "A2")));
    }

    private static BorderAlert alert(String id, GeodeticPoint p, PositionUncertainty u, Releasability r) {
        return new BorderAlert(
                id, SimTime.ofSeconds(100), p, u, AlertClass.PEDESTRIAN_GROUP, 0.8, "S-7", "TR_FORCES", r);
    }

    @AfterAll
    void stop() {
        h.close();
    }

    private JsonNode get(String user, String path) {
        HttpResponse<String> r = h.send("GET", path, h.token(user), null);
        assertThat(r.statusCode()).isEqualTo(200);
        return Harness.json(r);
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("id").stringValue()));
        return out;
    }

    @Test
    void ownerSeesAllItsItemsInFull() {
        JsonNode alerts = get("tr.forces", "/api/alerts");
        assertThat(ids(alerts)).containsExactly("A1", "A2", "A3");
        assertThat(alerts.get(0).get("latDeg").asDouble())
                .isEqualTo(39.4567, org.assertj.core.data.Offset.offset(1e-9));
        JsonNode t = get("tr.forces", "/api/tracks").get(0);
        assertThat(t.get("alertIds").toString()).isEqualTo("[\"A1\",\"A2\"]");
    }

    @Test
    void fullPartnerSeesWhatTheMarkingAllowsExactly() {
        JsonNode alerts = get("nato", "/api/alerts");
        assertThat(ids(alerts)).containsExactly("A1", "A3"); // A2 is OWN_ONLY: the rule cannot widen the marking
        assertThat(alerts.get(0).get("latDeg").asDouble())
                .isEqualTo(39.4567, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(alerts.get(0).get("heightM").asDouble()).isEqualTo(1650, org.assertj.core.data.Offset.offset(1e-6));
        JsonNode tracks = get("nato", "/api/tracks");
        assertThat(ids(tracks)).containsExactly("T1");
        assertThat(tracks.get(0).get("alertIds").toString()).isEqualTo("[\"A1\"]"); // no reference to A2
    }

    @Test
    void downgradedPartnerSeesGridCellCentresOnly() {
        JsonNode alerts = get("iq.federal", "/api/alerts");
        assertThat(ids(alerts)).containsExactly("A1"); // A3 is releasable to NATO only
        JsonNode a = alerts.get(0);
        // 0.1-degree cell holding (39.4567, 44.1234) is [39.4, 39.5) x [44.1, 44.2): centre (39.45, 44.15), height 0
        assertThat(a.get("latDeg").asDouble()).isEqualTo(39.45, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.get("lonDeg").asDouble()).isEqualTo(44.15, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.get("heightM").asDouble()).isZero();
        // sigma of a uniform position over 0.1 deg of latitude: 0.1 * 111320 m / sqrt(12) = 3213.5 m
        assertThat(a.get("uncertainty").get("semiMajorM").asDouble())
                .isEqualTo(3213.53, org.assertj.core.data.Offset.offset(0.01));
        HttpResponse<String> raw = h.send("GET", "/api/alerts", h.token("iq.federal"), null);
        assertThat(raw.body())
                .doesNotContain("39.4567")
                .doesNotContain("44.1234")
                .doesNotContain("A2")
                .doesNotContain("A3");
        JsonNode t = get("iq.federal", "/api/tracks").get(0);
        assertThat(t.get("latDeg").asDouble()).isEqualTo(39.45, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.get("alertIds").toString()).isEqualTo("[\"A1\"]");
    }

    @Test
    void thePictureSurvivesARestart(@TempDir Path other) {
        ReleasePolicy policy = new ReleasePolicy(List.of(ReleaseRule.downgraded("TR_FORCES", "NATO", 0.1)));
        GeodeticPoint p = GeodeticPoint.ofDegrees(39.4567, 44.1234, 1650);
        BorderAlert a = alert("B1", p, new PositionUncertainty(60, 30, 0.5), Releasability.to("NATO", "PESHMERGA"));
        SharedTrack t = new SharedTrack(
                "U1",
                SimTime.ofSeconds(130),
                p,
                PositionUncertainty.circular(25),
                "TR_FORCES",
                Releasability.ALL_PARTNERS,
                List.of("B1"));
        try (Harness x = new Harness(other, policy, WeaponsControlStatus.HOLD)) {
            x.server.picture().post(a);
            x.server.picture().post(t);
        }
        try (Harness x = new Harness(other, policy, WeaponsControlStatus.HOLD)) {
            var own = x.server.picture().viewFor("TR_FORCES");
            assertThat(own.alerts()).singleElement().satisfies(b -> {
                assertThat(b.id()).isEqualTo("B1");
                assertThat(b.releasability()).isEqualTo(a.releasability());
                assertThat(b.position().latDeg()).isEqualTo(39.4567, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(b.uncertainty().semiMajorM()).isEqualTo(60, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(b.uncertainty().orientationRad()).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
            });
            assertThat(own.tracks())
                    .singleElement()
                    .satisfies(u -> assertThat(u.alertIds()).containsExactly("B1"));
            assertThat(x.server
                            .picture()
                            .viewFor("NATO")
                            .alerts()
                            .get(0)
                            .position()
                            .latDeg())
                    .isEqualTo(39.45, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(x.server.picture().viewFor("PESHMERGA").alerts()).isEmpty(); // marked for it, but no rule
        }
    }

    @Test
    void agencyWithoutARuleSeesNothingAtAll() {
        HttpResponse<String> alerts = h.send("GET", "/api/alerts", h.token("peshmerga"), null);
        HttpResponse<String> tracks = h.send("GET", "/api/tracks", h.token("peshmerga"), null);
        assertThat(alerts.body()).isEqualTo("[]");
        assertThat(tracks.body()).isEqualTo("[]");
    }
}
