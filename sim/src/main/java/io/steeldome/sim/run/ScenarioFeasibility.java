package io.steeldome.sim.run;

import io.steeldome.defence.doctrine.FeasibilityWarning;
import io.steeldome.sim.scenario.Scenario;
import java.util.List;

/**
 * Before a run: effectors that can reach none of the scenario's threats and threats that no effector can reach,
 * from the threats' true paths and the effectors' envelopes (geometry only, as if every threat were tracked from
 * launch). A run reports the same warnings in its summary; {@code validate} can print them.
 */
public final class ScenarioFeasibility {
    private ScenarioFeasibility() {}

    /**
     * The warnings as text, in the order effectors, then threats. Builds the run's world, radar terrain masks
     * included, so a scenario with terrain takes a moment.
     */
    public static List<String> warnings(Scenario scenario) {
        return DoctrineSetup.feasibility(World.build(scenario)).stream()
                .map(FeasibilityWarning::text)
                .toList();
    }
}
