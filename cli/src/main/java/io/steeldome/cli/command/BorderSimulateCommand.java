package io.steeldome.cli.command;

import io.steeldome.sim.border.BorderOutputs;
import io.steeldome.sim.border.BorderRunResult;
import io.steeldome.sim.border.BorderScenario;
import io.steeldome.sim.border.BorderScenarioReader;
import io.steeldome.sim.border.BorderSimulation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steeldome border simulate SCENARIO.yaml}: crossings, detection, alerts and patrol dispatch on a border. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs a border surveillance scenario (YAML; see examples/border/): seeded crossings on",
            "least-cost paths over the terrain, detection by the stations, fused alerts, patrols",
            "sent to look, per-sector Pd / time to detect / time to respond / false alerts per",
            "day, and what each agency sees under the releasability rules. Writes",
            "DIR/report.html, DIR/alerts.geojson, DIR/border.geojson, DIR/border.czml,",
            "DIR/crossings.csv, DIR/sectors.csv and DIR/summary.json.",
            "Detection, alerting and patrol dispatch only: nothing models or recommends force.",
            ""
        })
public final class BorderSimulateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "Border scenario file.")
    Path scenario;

    @Option(names = "--days", paramLabel = "N", description = "Days to simulate (default: the file's 'days', else 1).")
    Optional<Integer> days;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default out/border-<timestamp>/).")
    Optional<Path> out;

    @Override
    public Integer call() {
        BorderScenario s = BorderScenarioReader.load(scenario);
        int n = days.orElse(s.days());
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--days must be at least 1");
        }
        BorderRunResult r = BorderSimulation.run(s, n, (t, d) -> {});
        Path dir = out.orElseGet(() -> OutputDirectory.timestamped("border"));
        List<Path> files = BorderOutputs.write(r, dir);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(
                "%s: %s, %.1f km, %d day(s), %d stations, %d crossings, %d alerts (%d false), %d incidents, %d patrols"
                        + " sent to look%n",
                s.name(),
                r.stretch().id(),
                r.stretch().lengthM() / 1000,
                n,
                r.stations().size(),
                r.crossings().size(),
                r.alerts().size(),
                r.falseAlertIds().size(),
                BorderSimulation.incidents(r.alerts()).size(),
                r.dispatch().dispatches().size());
        if (r.syntheticTerrain()) {
            w.println("terrain: SYNTHETIC (" + r.terrainSource() + ")");
        }
        w.print(BorderOutputs.sectorTable(r));
        r.views()
                .forEach(v -> w.printf(
                        "%s sees %d alerts (%d own, %d partners' in full, %d downgraded)%n",
                        v.agencyId(), v.alerts(), v.ownAlerts(), v.fullFromPartners(), v.downgradedFromPartners()));
        w.println(BorderOutputs.SCOPE);
        files.forEach(f -> w.println("wrote " + f));
        w.flush();
        return 0;
    }
}
