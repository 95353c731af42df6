package io.steeldome.sim.run;

import io.steeldome.sim.live.LiveHooks;
import io.steeldome.sim.scenario.Scenario;

/** Runs a scenario end to end: sensors, tracking, threat evaluation, assignment, engagements. */
public final class ScenarioRunner {
    private ScenarioRunner() {}

    public static RunResult run(Scenario scenario, ProgressListener progress) {
        return new Simulation(scenario, progress).run();
    }

    /**
     * Runs a scenario with injected hooks: an approval authority instead of the automatic one, a pacer waited on
     * before each event and a listener told the picture after each scan. With {@link LiveHooks#BATCH} this is
     * {@link #run(Scenario, ProgressListener)}.
     */
    public static RunResult run(Scenario scenario, ProgressListener progress, LiveHooks hooks) {
        return new Simulation(scenario, progress, hooks).run();
    }
}
