package io.steeldome.sim.border;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.dispatch.SectorStatistics;
import io.steeldome.sim.border.BorderRunResult.AgencyView;
import io.steeldome.sim.border.BorderRunResult.CrossingOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BorderSimulationTest {
    private BorderScenario example;
    private BorderRunResult oneDay;

    @BeforeAll
    void runTheExampleForOneDay() {
        example = BorderScenarioReader.load(BorderScenarioTest.EXAMPLE);
        oneDay = BorderSimulation.run(example, 1, (t, d) -> {});
    }

    @Test
    void theExampleRunsAndWritesEveryFile(@TempDir Path dir) throws Exception {
        List<Path> files = BorderOutputs.write(oneDay, dir);
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "report.html",
                        "alerts.geojson",
                        "crossings.csv",
                        "sectors.csv",
                        "summary.json",
                        "border.geojson",
                        "border.czml");
        assertThat(oneDay.crossings()).hasSize(example.perDay());
        assertThat(oneDay.crossings()).anyMatch(CrossingOutcome::detected);

        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html)
                .contains("SYNTHETIC terrain")
                .contains(BorderOutputs.SCOPE)
                .contains("<svg");
        // Self-contained: no scripts, no external references (the SVG namespace URI is a name, not a fetch).
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("src=")
                .doesNotContain("href=")
                .doesNotContain("@import");

        JsonNode geo = new JsonMapper().readTree(Files.readString(dir.resolve("alerts.geojson")));
        assertThat(geo.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features").size()).isEqualTo(oneDay.alerts().size());
        for (JsonNode f : geo.get("features")) {
            JsonNode c = f.get("geometry").get("coordinates");
            assertThat(f.get("geometry").get("type").asString()).isEqualTo("Point");
            // RFC 7946: longitude first. The stretch lies at 42.5-42.9 E, 37.1-37.4 N.
            assertThat(c.get(0).asDouble()).isBetween(42.3, 43.0);
            assertThat(c.get(1).asDouble()).isBetween(37.0, 37.5);
        }
        List<String> crossings = Files.readAllLines(dir.resolve("crossings.csv"));
        assertThat(crossings).hasSize(1 + oneDay.crossings().size());
        List<String> sectors = Files.readAllLines(dir.resolve("sectors.csv"));
        assertThat(sectors).hasSize(1 + 2);
        assertThat(sectors.get(1)).startsWith("S1,IQBF,20000.0,35000.0,");
        JsonNode summary = new JsonMapper().readTree(Files.readString(dir.resolve("summary.json")));
        assertThat(summary.get("syntheticTerrain").asBoolean()).isTrue();
        assertThat(summary.get("sectors").size()).isEqualTo(2);
    }

    @Test
    void sectorStatisticsAgreeWithTheCrossings() {
        for (SectorStatistics st : oneDay.sectorStats().values()) {
            long routed = oneDay.crossings().stream()
                    .filter(c -> c.routed() && c.sectorId().equals(st.sectorId()))
                    .count();
            long detected = oneDay.crossings().stream()
                    .filter(c -> c.routed() && c.detected() && c.sectorId().equals(st.sectorId()))
                    .count();
            assertThat(st.crossings()).isEqualTo(routed);
            assertThat(st.detectedCrossings()).isEqualTo(detected);
        }
        int patrols = oneDay.sectorStats().values().stream()
                .mapToInt(SectorStatistics::responses)
                .sum();
        assertThat(patrols).isEqualTo(oneDay.dispatch().dispatches().size());
        // One patrol per incident: every incident is answered or reported unanswered, never twice.
        List<BorderAlert> incidents = BorderSimulation.incidents(oneDay.alerts());
        assertThat(incidents.size()).isBetween(1, oneDay.alerts().size());
        assertThat(oneDay.dispatch().dispatches().size()
                        + oneDay.dispatch().unanswered().size())
                .isEqualTo(incidents.size());
    }

    @Test
    void sameSeedGivesTheSameSummary() {
        BorderRunResult again = BorderSimulation.run(example, 1, (t, d) -> {});
        assertThat(BorderOutputs.summaryJson(again)).isEqualTo(BorderOutputs.summaryJson(oneDay));
        assertThat(BorderOutputs.crossingsCsv(again)).isEqualTo(BorderOutputs.crossingsCsv(oneDay));
    }

    /** IQBF releases nothing to TRBU (access: none) and PESH releases downgraded copies. */
    @Test
    void releasabilityHoldsEndToEnd() {
        Map<String, Long> byOwner = oneDay.alerts().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        BorderAlert::agencyId, java.util.stream.Collectors.counting()));
        assertThat(byOwner.getOrDefault("IQBF", 0L))
                .as("IQBF must own alerts for the check to mean anything")
                .isPositive();
        AgencyView tr = view("TRBU");
        assertThat(tr.byOwner()).doesNotContainKey("IQBF");
        assertThat(tr.ownAlerts()).isZero();
        assertThat(tr.fullFromPartners()).isZero();
        assertThat(tr.downgradedFromPartners())
                .isEqualTo(byOwner.getOrDefault("PESH", 0L).intValue());
        assertThat(tr.alerts()).isEqualTo(byOwner.getOrDefault("PESH", 0L).intValue());
        // IQBF and PESH share in full, so each sees everything.
        assertThat(view("IQBF").alerts()).isEqualTo(oneDay.alerts().size());
        assertThat(view("PESH").alerts()).isEqualTo(oneDay.alerts().size());
        assertThat(view("PESH").downgradedFromPartners()).isZero();
    }

    @Test
    void noStationsMeansNoDetectionsAndPdZero() {
        BorderScenario bare = BorderScenarioReader.parse(
                BorderScenarioTest.GOOD.replaceAll("(?s)stations:.*?teams:\\n.*?\\n", ""), "bare.yaml", Path.of("."));
        assertThat(bare.stations()).isEmpty();
        assertThat(bare.teams()).isEmpty();
        BorderRunResult r = BorderSimulation.run(bare, 1, (t, d) -> {});
        assertThat(r.alerts()).isEmpty();
        assertThat(r.crossings()).allMatch(c -> c.detections() == 0 && !c.detected());
        assertThat(r.sectorStats()).containsOnlyKeys("S1", "S2");
        for (SectorStatistics st : r.sectorStats().values()) {
            assertThat(st.detectedCrossings()).isZero();
            if (st.crossings() > 0) {
                assertThat(st.detectionProbability().getAsDouble()).isZero();
            }
        }
        assertThat(r.sectorStats().values().stream()
                        .mapToInt(SectorStatistics::crossings)
                        .sum())
                .isPositive();
    }

    private AgencyView view(String id) {
        return oneDay.views().stream()
                .filter(v -> v.agencyId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
