package io.steeldome.cli.command;

import io.steeldome.sim.scenario.ScenarioLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the built-in scenario: a defended town and a border station near",
            "Dogubayazit, on the Turkish side of the Turkey-Iran border, one radar,",
            "short- and medium-range layers, and a mixed raid (rockets, two ballistic",
            "missiles, one-way attack drones). Writes report.html, tracks.csv,",
            "scenario.geojson, events.jsonl, engagements.csv and threats.csv, and",
            "prints where they are."
        })
public final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RunOptions options;

    @Override
    public Integer call() throws Exception {
        return options.execute(ScenarioLoader.demo(), "demo", spec.commandLine().getOut());
    }
}
