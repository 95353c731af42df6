package io.steeldome.cli.command;

import io.steeldome.sim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a scenario file (YAML, see docs/scenario.md) through sensors,",
            "tracking, threat evaluation, weapon-target assignment and engagements,",
            "and writes the same outputs as 'demo'. A bad file gets located errors",
            "(file:line:column) and exit code 2."
        })
public final class RunCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    Path scenarioFile;

    @Mixin
    RunOptions options;

    @Override
    public Integer call() throws Exception {
        String name = scenarioFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return options.execute(
                ScenarioLoader.load(scenarioFile), name, spec.commandLine().getOut());
    }
}
