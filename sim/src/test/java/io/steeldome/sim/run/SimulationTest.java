package io.steeldome.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationTest {
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
