package io.steeldome.sim.scenario;

import static io.steeldome.sim.scenario.ScenarioValidationTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.effector.EffectorPresets;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.sim.run.ScenarioModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code effectors[].engages}: a battery tasked against some threat classes only. */
class EffectorTaskingTest {
    /** Lines 1-6; the effector list item starts on line 7. */
    private static final String HEAD = """
            name: t
            seed: 1
            durationS: 600
            origin: {latDeg: 39.5, lonDeg: 44.0, hM: 1600}
            groundHeightM: 1600
            effectors:
            """;

    @Test
    void classesAreReadAndDefaultToEveryClass() {
        Scenario s = ScenarioLoader.parse(
                HEAD
                        + "  - {id: ut, layer: upper-tier, position: {latDeg: 39.5, lonDeg: 44.0, hM: 1600},"
                        + " engages: [ballistic-missile, cruise-missile]}\n"
                        + "  - {id: sr, layer: short-range, position: {latDeg: 39.5, lonDeg: 44.1, hM: 1600}}\n",
                "e.yaml");
        assertThat(s.effectors().get(0).engages())
                .containsExactly(ThreatClass.BALLISTIC_MISSILE, ThreatClass.CRUISE_MISSILE);
        assertThat(s.effectors().get(1).engages()).isEmpty();

        // the run's effectors: the tasked upper tier keeps its Pk against the tasked classes only; the untasked
        // short-range battery is its preset
        List<Effector> built = ScenarioModel.build(s).effectors();
        assertThat(built.get(0).spec().canEngage(ThreatClass.BALLISTIC_MISSILE)).isTrue();
        assertThat(built.get(0).spec().canEngage(ThreatClass.CRUISE_MISSILE)).isTrue();
        assertThat(built.get(0).spec().canEngage(ThreatClass.ONE_WAY_ATTACK_DRONE))
                .isFalse();
        assertThat(built.get(0).spec().canEngage(ThreatClass.AIRCRAFT)).isFalse();
        assertThat(built.get(1).spec()).isEqualTo(EffectorPresets.SHORT_RANGE);
    }

    @Test
    void anUnknownClassIsLocatedWithASuggestion() {
        assertThat(only(HEAD
                        + "  - {id: ut, layer: upper-tier, position: {latDeg: 39.5, lonDeg: 44.0, hM: 1600},"
                        + " engages: [balistic-missile]}\n"))
                .startsWith("s.yaml:7:")
                .contains("unknown value 'balistic-missile'", "did you mean 'ballistic-missile'?");
    }
}
