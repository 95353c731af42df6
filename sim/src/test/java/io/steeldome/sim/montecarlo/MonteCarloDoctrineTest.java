package io.steeldome.sim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The engagement-level runs decide under the scenario's doctrine as the full run does: weapons control status per
 * layer and identification (ballistic kinematics, origin over declared hostile territory).
 */
class MonteCarloDoctrineTest {
    /**
     * As the full run's doctrine test (a short-range battery by a town, a rocket and a drone from 19 km east), run
     * long enough for the drone to arrive (~385 s at 50 m/s), with the precise radar of {@link SingleRocketScenario}:
     * with the demo radar's noise, one young drone track in eight is classed ballistic and so identified HOSTILE,
     * and engaged under weapons tight (in both engines); here the class, and so the identity, is never in doubt.
     */
    private static final String SCENARIO = """
            name: doctrine test
            seed: 11
            durationS: 450
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
                referenceSnrDb: 200
                rangeSigmaM: 0.5
                azimuthSigmaDeg: 0.0005
                elevationSigmaDeg: 0.0005
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
            engagement:
            """;

    /** Everything east of 44.2 E around the drone's launch point: declared hostile. */
    private static final String HOSTILE_EAST =
            "  hostileArea: {polygon: [[39.40, 44.20], [39.40, 44.45], [39.60, 44.45], [39.60, 44.20]]}\n";

    private static final int RUNS = 400;

    private static Scenario scenario(String engagement) {
        return ScenarioLoader.parse(SCENARIO + engagement, "doctrine.yaml");
    }

    private static MonteCarloResult run(Scenario s, Fidelity fidelity, int runs) {
        return MonteCarlo.run(
                s,
                new MonteCarloSettings(runs, 2, fidelity, 99, 0, MonteCarloSettings.DEFAULT_SWEEP_FRACTIONS, 11),
                MonteCarloProgress.NONE);
    }

    /**
     * Weapons hold on every layer: nothing is fired, so each run leaks what an undefended town would, every threat
     * whose true impact point is in the town (both, here: the full run's impacts say the same).
     */
    @Test
    void weaponsHoldFiresNothingAndLeaksAsUndefended() {
        Scenario hold = scenario("  weaponsControl: hold\n");
        MonteCarloResult fast = run(hold, Fidelity.ENGAGEMENT, RUNS);
        MonteCarloResult full = run(hold, Fidelity.FULL, 3);
        EngagementModel model = EngagementModel.build(hold);
        int undefended = 0;
        for (int i = 0; i < model.threats; i++) {
            undefended += model.launched[i] && model.impactAsset[i] >= 0 && model.endS[i] <= model.durationS ? 1 : 0;
        }
        assertThat(undefended).isEqualTo(2);
        assertThat(fast.runs()).allSatisfy(o -> {
            assertThat(o.totalShots()).isZero();
            assertThat(o.leakers()).isEqualTo(2);
        });
        assertThat(full.runs()).allSatisfy(o -> {
            assertThat(o.totalShots()).isZero();
            assertThat(o.leakers()).isEqualTo(2);
        });
        assertThat(fast.assets().get(0).leakage().estimate()).isEqualTo(1.0);
        assertThat(fast.defenderCostUsd().mean()).isZero();
        assertThat(fast.weaponsControl()).containsExactly("SHORT_RANGE HOLD");
        assertThat(MonteCarloOutputs.summary(fast).get("weaponsControl").get(0).asString())
                .isEqualTo("SHORT_RANGE HOLD");
        assertThat(MonteCarloOutputs.summary(fast).get("approval").asString())
                .isEqualTo("engagements auto-approved by simulation");
    }

    /**
     * Weapons tight: only tracks identified HOSTILE are engaged. The rocket is (ballistic kinematics), the drone,
     * first seen outside any declared hostile territory, is only SUSPECT: it is never engaged and leaks in every run,
     * and at most the rocket's two rounds are fired, in the full run and here alike. Declaring its launch area
     * hostile makes it HOSTILE by origin (where its track was first seen), and it is engaged again.
     */
    @Test
    void weaponsTightEngagesOnlyHostileTracksAsTheFullRunDoes() {
        assertThat(EngagementModel.build(scenario("  weaponsControl: tight\n")).stuckProbability)
                .as("P(young track classed ballistic) of rocket, drone")
                .containsExactly(0, 0);
        MonteCarloResult free = run(scenario("  weaponsControl: free\n"), Fidelity.ENGAGEMENT, RUNS);
        MonteCarloResult tight = run(scenario("  weaponsControl: tight\n"), Fidelity.ENGAGEMENT, RUNS);
        MonteCarloResult tightFull = run(scenario("  weaponsControl: tight\n"), Fidelity.FULL, 4);
        MonteCarloResult tightHostile =
                run(scenario("  weaponsControl: tight\n" + HOSTILE_EAST), Fidelity.ENGAGEMENT, RUNS);
        for (MonteCarloResult r : new MonteCarloResult[] {tight, tightFull}) {
            assertThat(r.runs()).allSatisfy(o -> {
                assertThat(o.leakers()).as("the drone leaks").isGreaterThanOrEqualTo(1);
                assertThat(o.intercepted()).isLessThanOrEqualTo(1);
                assertThat(o.totalShots()).isBetween(1, 2);
            });
        }
        // weapons free and tight with the drone's origin hostile: the drone is engaged, so both threats are
        // intercepted in some runs
        for (MonteCarloResult r : new MonteCarloResult[] {free, tightHostile}) {
            assertThat(r.runs()).anySatisfy(o -> assertThat(o.intercepted()).isEqualTo(2));
            assertThat(r.leakers().mean()).isLessThan(tight.leakers().mean());
        }
        assertThat(tight.weaponsControl()).containsExactly("SHORT_RANGE TIGHT");
    }
}
