package io.steeldome.cli.command;

import io.steeldome.sim.run.ScenarioFeasibility;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a scenario file and lists every problem as file:line:column",
            "with a hint (exit code 2 when there is one). A file that loads is then",
            "checked for engagement feasibility: an effector that can reach none of",
            "the threats, or a threat out of reach of every effector, is a warning",
            "(exit code 0)."
        })
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    Path scenarioFile;

    @Override
    public Integer call() {
        Scenario s = ScenarioLoader.load(scenarioFile);
        spec.commandLine()
                .getOut()
                .printf(
                        "%s: OK (%d assets, %d sensors, %d effectors, %d threats, %.0f s)%n",
                        scenarioFile,
                        s.assets().size(),
                        s.sensors().size()
                                + s.cameras().size()
                                + s.groundSensors().size(),
                        s.effectors().size(),
                        s.threats().size(),
                        s.durationS());
        // Builds the run's world (trajectories, terrain), so it takes about a second with terrain.
        for (String w : ScenarioFeasibility.warnings(s)) {
            spec.commandLine().getOut().printf("%s: warning: %s%n", scenarioFile, w);
        }
        return 0;
    }
}
