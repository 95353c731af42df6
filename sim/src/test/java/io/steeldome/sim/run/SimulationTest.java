package io.steeldome.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.sim.output.RunOutputs;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SimulationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A radar, a short-range battery by a town, and whatever threats the test adds. */
    private static final String BASE = """
            name: filter test
            seed: 7
            durationS: 200
            origin: {latDeg: 39.547, lonDeg: 44.084, hM: 1625}
            groundHeightM: 1625
            assets:
              - id: town
                name: Town
                value: 100
                point: {latDeg: 39.547, lonDeg: 44.084}
                radiusM: 2000
            sensors:
              - id: radar
                type: radar
                preset: multi-mission
                position: {latDeg: 39.620, lonDeg: 43.730, hM: 2250}
                falseAlarmsPerScan: 0
            effectors:
              - id: sr
                layer: short-range
                position: {latDeg: 39.535, lonDeg: 44.120, hM: 1630}
                magazine: 10
            threats:
            """;

    private static final String ROCKET_AT_TOWN = """
              - id: at-town
                type: grad-rocket
                launch: {latDeg: 39.370, lonDeg: 44.100, hM: 1800}
                aim: {latDeg: 39.547, lonDeg: 44.084}
                launchTimeS: 20
            """;

    /** Aimed 7 km east of the town: well outside its 2 km radius. */
    private static final String ROCKET_AT_FIELD = """
              - id: at-field
                type: grad-rocket
                launch: {latDeg: 39.370, lonDeg: 44.100, hM: 1800}
                aim: {latDeg: 39.547, lonDeg: 44.165}
                launchTimeS: 20
            """;

    @Test
    void rocketAimedAtAnEmptyFieldIsTrackedButNotEngaged() {
        RunResult r =
                ScenarioRunner.run(ScenarioLoader.parse(BASE + ROCKET_AT_FIELD, "field.yaml"), ProgressListener.NONE);
        assertThat(r.summary().confirmedTracks()).isGreaterThanOrEqualTo(1);
        assertThat(r.engagements()).isEmpty();
        assertThat(r.decisions())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.engage()).isFalse());
        assertThat(r.threats()).singleElement().satisfies(t -> {
            assertThat(t.fate()).isEqualTo(ThreatOutcome.Fate.IMPACT_OPEN_GROUND);
            assertThat(t.assetHit()).isEmpty();
        });
    }

    @Test
    void rocketAimedAtTheTownIsEngagedFromItsTrack() {
        RunResult r =
                ScenarioRunner.run(ScenarioLoader.parse(BASE + ROCKET_AT_TOWN, "town.yaml"), ProgressListener.NONE);
        assertThat(r.engagements()).isNotEmpty();
        EngagementRecord first = r.engagements().get(0);
        assertThat(first.effectorId()).isEqualTo("sr");
        // Decided after launch (20 s) and after confirmation, intercept before the rocket's impact (~83 s).
        assertThat(first.decisionTimeS()).isGreaterThan(20);
        assertThat(first.interceptTimeS()).isLessThan(r.threats().get(0).endTimeS() + 1e-9);
        assertThat(r.decisions()).anySatisfy(d -> assertThat(d.engage()).isTrue());
        // Each shot either killed, missed or found nothing; the fates add up.
        ThreatOutcome t = r.threats().get(0);
        assertThat(t.fate()).isIn(ThreatOutcome.Fate.INTERCEPTED, ThreatOutcome.Fate.IMPACT_ON_ASSET);
        long kills = r.engagements().stream()
                .filter(e -> e.result() == EngagementRecord.Result.KILL)
                .count();
        assertThat(kills).isEqualTo(t.fate() == ThreatOutcome.Fate.INTERCEPTED ? 1 : 0);
    }

    @Test
    void demoFatesAddUpAndEveryStageRan() {
        RunResult r = ScenarioRunner.run(ScenarioLoader.demo(), ProgressListener.NONE);
        RunSummary s = r.summary();
        assertThat(s.intercepted() + s.leakers() + s.openGroundImpacts() + s.inFlightAtEnd())
                .isEqualTo(s.threatsLaunched())
                .isEqualTo(r.threats().size());
        assertThat(s.kills()).isEqualTo(s.intercepted());
        assertThat(r.tracks()).isNotEmpty();
        assertThat(r.engagements()).isNotEmpty();
        assertThat(r.decisions()).anySatisfy(d -> assertThat(d.engage()).isFalse());
        // The rocket aimed at open ground is never shot at and lands there.
        assertThat(r.threats())
                .filteredOn(t -> t.threatId().equals("grad-field"))
                .singleElement()
                .satisfies(t -> assertThat(t.fate()).isEqualTo(ThreatOutcome.Fate.IMPACT_OPEN_GROUND));
        assertThat(r.engagements()).noneMatch(e -> e.threatId().equals(java.util.Optional.of("grad-field")));
        // Time order of the log.
        for (int i = 1; i < r.events().size(); i++) {
            assertThat(r.events().get(i).timeS())
                    .isGreaterThanOrEqualTo(r.events().get(i - 1).timeS());
        }
    }

    /** README.md, "What ./steeldome demo does": the outcome it describes, with the demo's synthetic terrain. */
    @Test
    void demoTellsTheStoryOfTheReadme() {
        RunResult r = ScenarioRunner.run(ScenarioLoader.demo(), ProgressListener.NONE);

        assertThat(r.summary().threatsLaunched()).isEqualTo(14);
        assertThat(r.summary().intercepted()).isEqualTo(10);
        // left alone: the rocket aimed at an empty field and the drone aimed at the (undefended) radar
        for (String alone : List.of("grad-field", "shahed-c")) {
            assertThat(r.threats())
                    .filteredOn(t -> t.threatId().equals(alone))
                    .singleElement()
                    .satisfies(t -> assertThat(t.fate()).isEqualTo(ThreatOutcome.Fate.IMPACT_OPEN_GROUND));
            assertThat(r.engagements()).noneMatch(e -> e.threatId().equals(java.util.Optional.of(alone)));
        }
        // leaking: both missiles. The one aimed at the town survives the medium-range layer's single shot (Pk 0.5)
        // with no time for another; the one aimed at Gürbulak is beyond that layer's anti-ballistic reach, which the
        // pre-run feasibility check says.
        assertThat(r.threats())
                .filteredOn(t -> t.fate() == ThreatOutcome.Fate.IMPACT_ON_ASSET)
                .extracting(t -> t.type() + " on " + t.assetHit().orElseThrow())
                .containsExactlyInAnyOrder("srbm on dogubayazit", "srbm on gurbulak");
        assertThat(r.summary().feasibilityWarnings())
                .containsExactly("threat srbm-2 (BALLISTIC_MISSILE) is out of reach of every effector: its path never"
                        + " enters the envelope of the 1 effector(s) that could engage its class");
        // every shot approved, automatically, and the outputs say so
        assertThat(r.engagements()).allSatisfy(e -> {
            assertThat(e.approvedBy()).isEqualTo("simulation");
            assertThat(e.approvalMode()).isEqualTo("auto");
        });
        assertThat(r.summary().toText()).contains("Engagements auto-approved by simulation");
    }

    @Test
    void everyOutputOfARunWithSyntheticTerrainSaysSo(@TempDir Path tmp) throws IOException {
        RunResult r = ScenarioRunner.run(ScenarioLoader.demo(), ProgressListener.NONE);
        Map<String, byte[]> out = files(RunOutputs.write(r, tmp));

        assertThat(r.summary().terrain())
                .hasValueSatisfying(t -> assertThat(t.synthetic()).isTrue());
        assertThat(r.summary().toText())
                .endsWith("\nTerrain: SYNTHETIC: ETOPO1 1-degree + seeded fractal detail (seed 20261125), 30"
                        + " arc-second cells; radar coverage was masked by made-up relief, not by the real terrain.");
        String html = new String(out.get("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<p id=\"terrain\"").contains("<strong>SYNTHETIC TERRAIN.</strong>");
        // the note comes before the summary, in the summary section
        assertThat(html.indexOf("SYNTHETIC TERRAIN"))
                .isGreaterThan(html.indexOf("<h2>Summary</h2>"))
                .isLessThan(html.indexOf("<p class=\"summary\">"));
        JsonNode radar = null;
        for (JsonNode f : JSON.readTree(out.get("scenario.geojson")).get("features")) {
            if (f.get("properties").get("kind").asString().equals("radar")) {
                radar = f.get("properties");
            }
        }
        assertThat(radar).isNotNull();
        assertThat(radar.get("terrain_synthetic").asBoolean()).isTrue();
        assertThat(radar.get("terrain").asString()).startsWith("SYNTHETIC");
        String firstEvent = new String(out.get("events.jsonl"), StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow();
        JsonNode terrain = JSON.readTree(firstEvent);
        assertThat(terrain.get("type").asString()).isEqualTo("terrain");
        assertThat(terrain.get("t").asDouble()).isZero();
        assertThat(terrain.get("synthetic").asBoolean()).isTrue();
    }

    @Test
    void aRunWithoutTerrainSaysNothingAboutTerrain(@TempDir Path tmp) throws IOException {
        RunResult r =
                ScenarioRunner.run(ScenarioLoader.parse(BASE + ROCKET_AT_FIELD, "field.yaml"), ProgressListener.NONE);
        Map<String, byte[]> out = files(RunOutputs.write(r, tmp));

        assertThat(r.summary().terrain()).isEmpty();
        for (Map.Entry<String, byte[]> f : out.entrySet()) {
            assertThat(new String(f.getValue(), StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT))
                    .as(f.getKey())
                    .doesNotContain("terrain")
                    .doesNotContain("synthetic");
        }
    }

    @Test
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path tmp) throws IOException {
        Scenario demo = ScenarioLoader.demo();
        Map<String, byte[]> a =
                files(RunOutputs.write(ScenarioRunner.run(demo, ProgressListener.NONE), tmp.resolve("a")));
        Map<String, byte[]> b =
                files(RunOutputs.write(ScenarioRunner.run(demo, ProgressListener.NONE), tmp.resolve("b")));
        Map<String, byte[]> c = files(RunOutputs.write(
                ScenarioRunner.run(demo.withSeed(demo.seed() + 1), ProgressListener.NONE), tmp.resolve("c")));
        assertThat(a.keySet())
                .containsExactly(
                        "engagements.csv",
                        "events.jsonl",
                        "report.html",
                        "run.czml",
                        "run.geojson",
                        "scenario.geojson",
                        "threats.csv",
                        "tracks.csv");
        for (String name : a.keySet()) {
            assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
        }
        assertThat(c.get("events.jsonl")).isNotEqualTo(a.get("events.jsonl"));
    }

    private static Map<String, byte[]> files(List<Path> paths) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        for (Path p : paths) {
            m.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return m;
    }
}
