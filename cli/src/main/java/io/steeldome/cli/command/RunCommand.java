package io.steeldome.cli.command;

import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a scenario file (YAML, see docs/scenario.md) through sensors, tracking, threat evaluation,",
            "weapon-target assignment and engagements, and writes the same outputs as 'demo'.",
            "A bad file gets a located error (file:line:column) and exit code 2."
        })
public final class RunCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    Path scenarioFile;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Output folder (default: out/<scenario file name>-<timestamp>).")
    Optional<Path> out;

    @Option(names = "--seed", paramLabel = "N", description = "Override the scenario's random seed.")
    Optional<Long> seed;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        if (seed.isPresent()) {
            scenario = scenario.withSeed(seed.get());
        }
        String name = scenarioFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return ScenarioExecution.execute(
                scenario,
                out.orElseGet(() -> OutputDirectory.timestamped(name)),
                !noProgress,
                spec.commandLine().getOut());
    }
}
