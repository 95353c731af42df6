package io.steeldome.cli.command;

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
            "with a hint (exit code 2 when there is one)."
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
        return 0;
    }
}
