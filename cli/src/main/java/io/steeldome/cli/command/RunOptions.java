package io.steeldome.cli.command;

import io.steeldome.sim.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by {@code demo} and {@code run}. */
final class RunOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<name>-<timestamp>).")
    Optional<Path> out = Optional.empty();

    @Option(names = "--seed", paramLabel = "N", description = "Override the scenario's random seed.")
    Optional<Long> seed = Optional.empty();

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    /** Applies the options to {@code scenario}, runs it and writes its outputs. */
    int execute(Scenario scenario, String defaultName, PrintWriter out) throws IOException {
        Scenario s = seed.map(scenario::withSeed).orElse(scenario);
        return ScenarioExecution.execute(
                s, this.out.orElseGet(() -> OutputDirectory.timestamped(defaultName)), !noProgress, out);
    }
}
