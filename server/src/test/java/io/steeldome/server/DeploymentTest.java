package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.alert.Releasability;
import io.steeldome.border.share.ReleasePolicy;
import io.steeldome.border.share.ReleaseRule;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.server.auth.Role;
import io.steeldome.server.deploy.Deployment;
import io.steeldome.server.live.LiveBoard;
import io.steeldome.server.live.LiveRun;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/assets, /api/sensors, /api/effectors and /api/coverage serve the live run's deployment (the built-in demo
 * scenario; expected values are the scenario file's own numbers, sim/src/main/resources/.../demo.yaml) per caller
 * agency under the picture's release rules: NATO owns it; TR_FORCES has a FULL rule, IQ_FEDERAL a DOWNGRADED one on a
 * 0.1-degree grid, PESHMERGA none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeploymentTest {
    private static final List<String> AGENCIES = List.of("NATO", "TR_FORCES", "IQ_FEDERAL", "PESHMERGA");

    Harness h;
    Scenario demo;
    /** The deployment as the demo builds it (terrain masks included): built once, set per test. */
    Deployment ownOnly;

    Deployment allPartners;

    @BeforeAll
    void start(@TempDir Path dir) {
        ReleasePolicy policy = new ReleasePolicy(
                List.of(ReleaseRule.full("NATO", "TR_FORCES"), ReleaseRule.downgraded("NATO", "IQ_FEDERAL", 0.1)));
        h = new Harness(dir, policy, WeaponsControlStatus.HOLD);
        h.createRoleUsers();
        for (String agency : AGENCIES.subList(1, AGENCIES.size())) {
            h.server.users().create("test", user(agency), agency, Role.VIEWER, Harness.PASSWORD);
        }
        demo = ScenarioLoader.demo();
        allPartners = Deployment.of(demo, "NATO", Releasability.ALL_PARTNERS);
        ownOnly = allPartners.withOwner("NATO", Releasability.OWN_ONLY);
    }

    @AfterAll
    void stop() {
        h.close();
    }

    private static String user(String agency) {
        return agency.equals("NATO")
                ? "viewer"
                : agency.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    private JsonNode get(String agency, String path) {
        HttpResponse<String> r = h.send("GET", path, h.token(user(agency)), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Harness.json(r);
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> m = new TreeMap<>();
        array.forEach(n -> m.put(n.get("id").stringValue(), n));
        return m;
    }

    @Test
    void withoutAScenarioTheListsAreEmptyNotMissing() {
        h.server.deployment().set(Deployment.empty());
        for (String path : List.of("/api/assets", "/api/sensors", "/api/effectors")) {
            assertThat(get("NATO", path).isArray()).isTrue();
            assertThat(get("NATO", path)).isEmpty();
        }
        JsonNode cov = get("NATO", "/api/coverage");
        assertThat(cov.get("type").stringValue()).isEqualTo("FeatureCollection");
        assertThat(cov.get("features")).isEmpty();
    }

    @Test
    void withoutCredentialsEachAnswers401() {
        for (String path : List.of("/api/assets", "/api/sensors", "/api/effectors", "/api/coverage")) {
            assertThat(h.send("GET", path, null, null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void theOwnerSeesTheScenarioAsWritten() {
        h.server.deployment().set(allPartners);
        Map<String, JsonNode> assets = byId(get("NATO", "/api/assets"));
        assertThat(assets).containsOnlyKeys("dogubayazit", "gurbulak");
        JsonNode g = assets.get("gurbulak");
        assertThat(g.get("shape").stringValue()).isEqualTo("circle");
        assertThat(g.get("radiusM").doubleValue()).isEqualTo(800);
        assertThat(g.get("value").doubleValue()).isEqualTo(40);
        assertThat(g.get("centre").get("latDeg").doubleValue()).isEqualTo(39.416);
        assertThat(g.get("outline")).hasSize(72); // the run's own 72-gon
        JsonNode town = assets.get("dogubayazit");
        assertThat(town.get("shape").stringValue()).isEqualTo("polygon");
        assertThat(town.get("outline")).hasSize(6);
        // centroid of the six vertices in demo.yaml
        assertThat(town.get("centre").get("latDeg").doubleValue())
                .isCloseTo((39.565 + 39.566 + 39.552 + 39.532 + 39.527 + 39.540) / 6, within(1e-9));

        JsonNode radar = byId(get("NATO", "/api/sensors")).get("radar-west");
        assertThat(radar.get("kind").stringValue()).isEqualTo("radar");
        assertThat(radar.get("model").stringValue()).isEqualTo("multi-mission");
        assertThat(radar.get("position").get("latDeg").doubleValue()).isCloseTo(39.620, within(1e-9));
        assertThat(radar.get("position").get("lonDeg").doubleValue()).isCloseTo(43.730, within(1e-9));
        assertThat(radar.get("rangeM").doubleValue()).isPositive();
        // groundHeightM 1625 + 300 m and + 3 km (the export's two masked heights)
        assertThat(radar.get("coverageHeightsM").toString()).isEqualTo("[1925.0,4625.0]");
        assertThat(radar.get("precision").stringValue()).isEqualTo("FULL");
        assertThat(radar.get("agency").stringValue()).isEqualTo("NATO");
        assertThat(radar.get("releasability").stringValue()).isEqualTo("ALL_PARTNERS");

        Map<String, JsonNode> eff = byId(get("NATO", "/api/effectors"));
        assertThat(eff).containsOnlyKeys("sr-town", "mr-west");
        assertThat(eff.get("sr-town").get("magazine").intValue()).isEqualTo(18);
        assertThat(eff.get("mr-west").get("magazine").intValue()).isEqualTo(12);
        assertThat(eff.get("sr-town").get("position").get("lonDeg").doubleValue())
                .isCloseTo(44.120, within(1e-9));
        assertThat(eff.get("sr-town").get("roundsLeft").isNull()).isTrue(); // nothing reported yet
    }

    @Test
    void effectorsCarryRoundsLeftFromTheBoardAndTheirLayersWeaponsControl() {
        h.server.deployment().set(allPartners);
        String layer =
                byId(get("NATO", "/api/effectors")).get("sr-town").get("layer").stringValue();
        h.server
                .board()
                .publish(new LiveBoard.Board(
                        10, List.of(), List.of(new LiveBoard.InventoryRow("sr-town", layer, 15, 18))));
        HttpResponse<String> put = h.send(
                "PUT",
                "/api/weapons-control/" + layer,
                h.token("commander"),
                "{\"status\":\"TIGHT\",\"reason\":\"hostile act confirmed\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        try {
            Map<String, JsonNode> eff = byId(get("NATO", "/api/effectors"));
            assertThat(eff.get("sr-town").get("roundsLeft").intValue()).isEqualTo(15);
            assertThat(eff.get("sr-town").get("weaponsControl").stringValue()).isEqualTo("TIGHT");
            assertThat(eff.get("mr-west").get("roundsLeft").isNull()).isTrue();
            assertThat(eff.get("mr-west").get("weaponsControl").stringValue()).isEqualTo("HOLD"); // the default
            // a partner with a FULL rule gets the rounds too; a DOWNGRADED one does not
            assertThat(byId(get("TR_FORCES", "/api/effectors"))
                            .get("sr-town")
                            .get("roundsLeft")
                            .intValue())
                    .isEqualTo(15);
            assertThat(byId(get("IQ_FEDERAL", "/api/effectors"))
                            .get("sr-town")
                            .get("roundsLeft")
                            .isNull())
                    .isTrue();
        } finally {
            h.server.board().publish(LiveBoard.Board.empty());
        }
    }

    @Test
    void coverageIsTheScenarioExportsMapWithTerrainMaskedRadarCoverage() {
        h.server.deployment().set(allPartners);
        JsonNode cov = get("NATO", "/api/coverage");
        List<String> ids = new ArrayList<>();
        cov.get("features").forEach(f -> ids.add(f.get("id").stringValue()));
        assertThat(ids)
                .contains(
                        "asset:dogubayazit",
                        "asset:gurbulak",
                        "coverage:radar-west",
                        "coverage:sr-town",
                        "coverage-masked:radar-west:1925m",
                        "coverage-masked:radar-west:4625m",
                        "border:tr-ir",
                        "station:gurbulak-tower");
        for (JsonNode f : cov.get("features")) {
            if (f.get("id").stringValue().equals("asset:dogubayazit")) {
                assertThat(f.get("properties").get("name").stringValue()).isEqualTo("Doğubayazıt town"); // UTF-8
            }
        }
        JsonNode radar = byId(get("NATO", "/api/sensors")).get("radar-west");
        double rangeM = radar.get("rangeM").doubleValue();
        for (JsonNode f : cov.get("features")) {
            assertThat(f.get("properties").get("agency").stringValue()).isEqualTo("NATO");
            if (f.get("id").stringValue().startsWith("coverage-masked:radar-west")) {
                // every vertex of the masked coverage lies within the radar's range (plus one grid cell)
                double cellM = f.get("properties").get("cell_m").doubleValue();
                assertThat(f.get("geometry").get("type").stringValue()).isEqualTo("MultiPolygon");
                f.get("geometry")
                        .get("coordinates")
                        .forEach(poly -> poly.forEach(ring -> ring.forEach(c -> {
                            double d = haversineM(
                                    39.620,
                                    43.730,
                                    c.get(1).doubleValue(),
                                    c.get(0).doubleValue());
                            assertThat(d).isLessThanOrEqualTo((rangeM + 1.5 * cellM) * 1.005);
                        })));
            }
        }
        // the 300 m coverage is drawn too (the synthetic terrain hides part of it)
        assertThat(vertexCount(cov, "coverage-masked:radar-west:1925m")).isPositive();
    }

    private static int vertexCount(JsonNode cov, String id) {
        int[] n = {0};
        cov.get("features").forEach(f -> {
            if (f.get("id").stringValue().equals(id)) {
                f.get("geometry").get("coordinates").forEach(p -> p.forEach(r -> n[0] += r.size()));
            }
        });
        return n[0];
    }

    /** Great-circle distance on a 6 371 km sphere (within 0.5 % of the ellipsoid's, allowed for above). */
    private static double haversineM(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
    }

    @Test
    void aPartnerWithAFullRuleSeesEverythingOfAnAllPartnersDeployment() {
        h.server.deployment().set(allPartners);
        assertThat(get("TR_FORCES", "/api/assets").toString())
                .isEqualTo(get("NATO", "/api/assets").toString());
        assertThat(get("TR_FORCES", "/api/sensors").toString())
                .isEqualTo(get("NATO", "/api/sensors").toString());
        assertThat(get("TR_FORCES", "/api/coverage").toString())
                .isEqualTo(get("NATO", "/api/coverage").toString());
    }

    @Test
    void aDowngradedPartnerGetsGridSnappedPositionsAndNoOutlinesOrCoverage() {
        h.server.deployment().set(allPartners);
        JsonNode radar = byId(get("IQ_FEDERAL", "/api/sensors")).get("radar-west");
        // 39.620, 43.730 snapped to the centre of its 0.1-degree cell
        assertThat(radar.get("position").get("latDeg").doubleValue()).isCloseTo(39.65, within(1e-9));
        assertThat(radar.get("position").get("lonDeg").doubleValue()).isCloseTo(43.75, within(1e-9));
        assertThat(radar.get("position").get("heightM").doubleValue()).isZero();
        assertThat(radar.get("precision").stringValue()).isEqualTo("DOWNGRADED");
        assertThat(radar.get("coverageHeightsM")).isEmpty();
        JsonNode g = byId(get("IQ_FEDERAL", "/api/assets")).get("gurbulak");
        assertThat(g.get("centre").get("latDeg").doubleValue()).isCloseTo(39.45, within(1e-9));
        assertThat(g.get("outline")).isEmpty();
        assertThat(g.get("radiusM").isNull()).isTrue();
        JsonNode sr = byId(get("IQ_FEDERAL", "/api/effectors")).get("sr-town");
        assertThat(sr.get("position").get("latDeg").doubleValue()).isCloseTo(39.55, within(1e-9));
        assertThat(sr.get("position").get("lonDeg").doubleValue()).isCloseTo(44.15, within(1e-9));
        List<String> kinds = new ArrayList<>();
        get("IQ_FEDERAL", "/api/coverage")
                .get("features")
                .forEach(f -> kinds.add(f.get("properties").get("kind").stringValue()));
        assertThat(kinds).isNotEmpty().containsOnly("border");
        assertThat(get("IQ_FEDERAL", "/api/sensors").toString()).doesNotContain("39.62");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/assets", "/api/sensors", "/api/effectors"})
    void anAgencyWithoutARuleGetsNothing(String path) {
        h.server.deployment().set(allPartners);
        assertThat(get("PESHMERGA", path)).isEmpty();
        assertThat(get("NATO", path)).isNotEmpty();
    }

    @Test
    void anAgencyWithoutARuleGetsNoCoverage() {
        h.server.deployment().set(allPartners);
        assertThat(get("PESHMERGA", "/api/coverage").get("features")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TR_FORCES", "IQ_FEDERAL", "PESHMERGA"})
    void ownOnlyWithholdsEverythingFromEveryPartnerWhateverTheirRule(String agency) {
        h.server.deployment().set(ownOnly);
        for (String path : List.of("/api/assets", "/api/sensors", "/api/effectors")) {
            assertThat(get(agency, path)).as(path).isEmpty();
            assertThat(get("NATO", path)).as(path).isNotEmpty();
        }
        assertThat(get(agency, "/api/coverage").get("features")).isEmpty();
        assertThat(get(agency, "/api/coverage").toString()).doesNotContain("radar-west");
    }

    @Test
    void inventoryRowsOfDeployedUnitsGoOnlyToAgenciesWithFullAccess() {
        h.server.deployment().set(allPartners);
        List<LiveBoard.InventoryRow> rows = List.of(
                new LiveBoard.InventoryRow("sr-town", "SHORT_RANGE", 15, 18),
                new LiveBoard.InventoryRow("feed-unit", "SHORAD", 3, 4));
        assertThat(h.server.deployment().inventory("NATO", rows)).isEqualTo(rows);
        assertThat(h.server.deployment().inventory("TR_FORCES", rows)).isEqualTo(rows);
        assertThat(h.server.deployment().inventory("IQ_FEDERAL", rows)).containsExactly(rows.get(1));
        assertThat(h.server.deployment().inventory("PESHMERGA", rows)).containsExactly(rows.get(1));
        h.server.deployment().set(ownOnly);
        assertThat(h.server.deployment().inventory("TR_FORCES", rows)).containsExactly(rows.get(1));
    }

    @Test
    void releasableToNamesWhoMaySee() {
        h.server
                .deployment()
                .set(new Deployment(
                        "demo",
                        "NATO",
                        Releasability.to("IQ_FEDERAL"),
                        allPartners.assets(),
                        allPartners.sensors(),
                        allPartners.effectors(),
                        allPartners.sectors(),
                        allPartners.mapGeoJson()));
        assertThat(get("TR_FORCES", "/api/sensors")).isEmpty(); // FULL rule, but not named in the marking
        assertThat(get("IQ_FEDERAL", "/api/sensors")).hasSize(1); // named: its DOWNGRADED rule applies
        assertThat(get("PESHMERGA", "/api/sensors")).isEmpty();
    }

    @Test
    void aLiveRunSetsItsDeploymentMarkedLikeItsTracks() throws Exception {
        h.server.deployment().set(Deployment.empty());
        LiveRun run = LiveRun.start(
                h.server, demo, LiveRun.Settings.of(0).withClock(h.clock).withAgency("NATO", Releasability.OWN_ONLY));
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (h.server.deployment().current().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            run.stop();
            run.awaitFinished(Duration.ofMinutes(1));
        }
        Deployment d = h.server.deployment().current();
        assertThat(d.scenarioName()).isEqualTo(demo.name());
        assertThat(d.agency()).isEqualTo("NATO");
        assertThat(d.releasability()).isEqualTo(Releasability.OWN_ONLY);
        assertThat(byId(get("NATO", "/api/effectors"))).containsOnlyKeys("sr-town", "mr-west");
        assertThat(get("TR_FORCES", "/api/effectors")).isEmpty();
    }
}
