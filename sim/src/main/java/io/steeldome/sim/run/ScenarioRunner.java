package io.steeldome.sim.run;

import io.steeldome.sim.scenario.Scenario;

/** Runs a scenario end to end: sensors, tracking, threat evaluation, assignment, engagements. */
public final class ScenarioRunner {
    private ScenarioRunner() {}

    public static RunResult run(Scenario scenario, ProgressListener progress) {
        return new Simulation(scenario, progress).run();
    }
}
