package io.steeldome.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.sim.output.RunOutputs;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weapons control status, identification, approval and feasibility in whole runs. */
class DoctrineRunTest {
    /** A radar, a short-range battery by a town, a rocket and a drone at the town (drone from 19 km east). */
    private static final String SCENARIO = """
            name: doctrine test
            seed: 11
            durationS: 300
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
              - id: rocket
                type: grad-rocket
                launch: {latDeg: 39.370, lonDeg: 44.100, hM: 1800}
                aim: {latDeg: 39.547, lonDeg: 44.084}
                launchTimeS: 20
              - id: drone
                type: shahed-drone
                launch: {latDeg: 39.500, lonDeg: 44.300, hM: 1800}
                aim: {latDeg: 39.547, lonDeg: 44.084}
                launchTimeS: 0
                speedMps: 50
            """;

    /** Everything east of 44.2 E around the drone's launch point: declared hostile. */
    private static final String HOSTILE_EAST =
            "  hostileArea: {polygon: [[39.40, 44.20], [39.40, 44.45], [39.60, 44.45], [39.60, 44.20]]}\n";

    private static RunResult run(String engagement) {
        return ScenarioRunner.run(
                ScenarioLoader.parse(SCENARIO + "engagement:\n" + engagement, "doctrine.yaml"), ProgressListener.NONE);
    }

    private static boolean atDrone(EngagementRecord e) {
        return e.threatId().equals(Optional.of("drone"));
    }

    @Test
    void weaponsFreeEngagesBothThreats() {
        RunResult r = run("  weaponsControl: free\n");
        assertThat(r.engagements()).anySatisfy(e -> assertThat(e.threatId()).hasValue("rocket"));
        assertThat(r.engagements()).anySatisfy(e -> assertThat(atDrone(e)).isTrue());
        assertThat(r.summary().weaponsControl()).containsExactly("SHORT_RANGE FREE");
    }

    @Test
    void weaponsHoldFiresNothingAndSaysWhy() {
        RunResult r = run("  weaponsControl: hold\n");
        assertThat(r.engagements()).isEmpty();
        assertThat(r.summary().shotsFired()).isZero();
        assertThat(r.notEngaged()).anySatisfy(n -> {
            assertThat(n.reason()).isEqualTo("WEAPONS_HOLD");
            assertThat(n.detail()).contains("weapons hold: do not fire");
        });
        assertThat(r.summary().toText()).contains("Weapons control: SHORT_RANGE HOLD.");
        assertThat(r.events())
                .noneMatch(e -> e.type().equals("engage") || e.type().equals("recommendation"));
    }

    /** Weapons tight: the rocket (ballistic kinematics: HOSTILE) is engaged, the drone (SUSPECT) is not. */
    @Test
    void weaponsTightFiresOnlyAtBallisticTracks() {
        RunResult r = run("  weaponsControl: tight\n");
        assertThat(r.engagements()).isNotEmpty().allSatisfy(e -> {
            assertThat(atDrone(e)).isFalse();
            assertThat(e.reason()).contains("ROCKET, HOSTILE: ballistic kinematics");
        });
        assertThat(r.notEngaged()).anySatisfy(n -> {
            assertThat(n.reason()).isEqualTo("NOT_HOSTILE_UNDER_TIGHT");
            assertThat(n.detail()).startsWith("SUSPECT: on course for a defended asset");
        });
        assertThat(r.threats())
                .filteredOn(t -> t.threatId().equals("drone"))
                .singleElement()
                .satisfies(t -> assertThat(t.firstShotS()).isNaN());
    }

    /** Weapons tight with the drone's launch area declared hostile: it is HOSTILE by origin and engaged too. */
    @Test
    void weaponsTightFiresAtTracksFirstSeenOverHostileTerritory() {
        RunResult r = run("  weaponsControl: tight\n" + HOSTILE_EAST);
        assertThat(r.engagements()).anySatisfy(e -> {
            assertThat(atDrone(e)).isTrue();
            assertThat(e.reason()).contains("HOSTILE: first seen over declared hostile territory");
        });
        assertThat(r.engagements())
                .allSatisfy(e -> assertThat(e.reason()).containsAnyOf("HOSTILE: ballistic", "HOSTILE: first seen"));
    }

    /** A schedule: hold until 100 s, then free; nothing is decided before 100 s. */
    @Test
    void scheduledWeaponsControlTakesEffectOnTime() {
        RunResult r = run("  weaponsControl:\n    - {timeS: 0, status: hold}\n    - {timeS: 100, status: free}\n");
        assertThat(r.engagements())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.decisionTimeS()).isGreaterThanOrEqualTo(100));
        assertThat(r.summary().weaponsControl()).containsExactly("SHORT_RANGE HOLD, FREE from 100 s");
    }

    @Test
    void outputsCarryTheApprovalAndTheCostExchange(@TempDir Path tmp) throws IOException {
        RunResult r = run("  approval: auto\n");
        RunOutputs.write(r, tmp);
        List<String> csv = Files.readAllLines(tmp.resolve("engagements.csv"), StandardCharsets.UTF_8);
        assertThat(csv.getFirst()).endsWith(",miss_m,recommendation,approved_by,approval_mode,reason");
        assertThat(csv.subList(1, csv.size()))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches("^.*,R\\d+,simulation,auto,\".*\"$"));
        String events = Files.readString(tmp.resolve("events.jsonl"), StandardCharsets.UTF_8);
        assertThat(events)
                .contains("\"type\":\"recommendation\"")
                .contains("\"type\":\"approval\"")
                .contains("\"by\":\"simulation\"")
                .contains("\"type\":\"not_engaged\"");
        String html = Files.readString(tmp.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Engagements auto-approved by simulation").contains("id=\"layers\"");
        // 1 rocket (1,000 USD) + 1 drone (50,000 USD) = 51,000 USD; each short-range round costs 1 M USD
        int shots = r.engagements().size();
        assertThat(r.summary().costExchange().attackerSpendUsd()).isEqualTo(51_000);
        assertThat(r.summary().costExchange().ratio().getAsDouble()).isEqualTo(shots * 1.0e6 / 51_000);
        assertThat(r.summary().layers()).singleElement().satisfies(l -> {
            assertThat(l.fired()).isEqualTo(shots);
            assertThat(l.roundsLeft()).isEqualTo(10 - shots);
        });
    }

    /** An effector 500 km from everything: the run says it could reach none of the threats. */
    @Test
    void anEffectorOutOfReachOfEveryThreatIsWarnedAbout() {
        String far = SCENARIO.replace("threats:\n", """
                  - id: far
                    layer: short-range
                    position: {latDeg: 44.05, lonDeg: 44.084, hM: 1600}
                threats:
                """);
        RunResult r = ScenarioRunner.run(ScenarioLoader.parse(far, "far.yaml"), ProgressListener.NONE);
        assertThat(r.summary().feasibilityWarnings())
                .singleElement()
                .asString()
                .startsWith("effector far (SHORT_RANGE) can reach none of the threats: the nearest passes");
        assertThat(r.summary().toText()).contains("\nWarning: effector far (SHORT_RANGE) can reach none");
        assertThat(ScenarioFeasibility.warnings(ScenarioLoader.parse(far, "far.yaml")))
                .isEqualTo(r.summary().feasibilityWarnings());
    }
}
