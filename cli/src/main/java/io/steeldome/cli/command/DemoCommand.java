package io.steeldome.cli.command;

import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the built-in scenario: a defended town and a border station near Dogubayazit on the Turkish side of",
            "the Turkey-Iran border, one surveillance radar, short- and medium-range layers, and a mixed raid",
            "(rockets, two ballistic missiles, one-way attack drones). Writes report.html, tracks.csv,",
            "scenario.geojson and events.jsonl and prints where they are."
        })
public final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/demo-<timestamp>).")
    Optional<Path> out;

    @Option(names = "--seed", paramLabel = "N", description = "Override the scenario's random seed.")
    Optional<Long> seed;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = ScenarioLoader.demo();
        if (seed.isPresent()) {
            scenario = scenario.withSeed(seed.get());
        }
        return ScenarioExecution.execute(
                scenario,
                out.orElseGet(() -> OutputDirectory.timestamped("demo")),
                !noProgress,
                spec.commandLine().getOut());
    }
}
