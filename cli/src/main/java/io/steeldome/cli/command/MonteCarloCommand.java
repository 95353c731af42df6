package io.steeldome.cli.command;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sim.montecarlo.AssetLeakage;
import io.steeldome.sim.montecarlo.Fidelity;
import io.steeldome.sim.montecarlo.LayerStats;
import io.steeldome.sim.montecarlo.MonteCarlo;
import io.steeldome.sim.montecarlo.MonteCarloError;
import io.steeldome.sim.montecarlo.MonteCarloOutputs;
import io.steeldome.sim.montecarlo.MonteCarloProgress;
import io.steeldome.sim.montecarlo.MonteCarloResult;
import io.steeldome.sim.montecarlo.MonteCarloSettings;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "montecarlo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a scenario many times with seeds derived from one master seed and",
            "reports leakage per asset with 95 % intervals, interceptors and kills per",
            "layer, cost and the cost-exchange ratio, inventory over time and leakage",
            "by raid size: montecarlo.html, summary.json, runs.csv, assets.csv.",
            "The same seed gives the same result on any number of threads."
        })
public final class MonteCarloCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    Path scenarioFile;

    @Option(names = "--runs", paramLabel = "N", required = true, description = "Number of runs (>= 1).")
    int runs;

    @Option(
            names = "--threads",
            paramLabel = "K",
            description = "Worker threads (default: all cores). Results do not depend on it.")
    Optional<Integer> threads = Optional.empty();

    @Option(
            names = "--fidelity",
            paramLabel = "engagement|full",
            description = "engagement (default): the engagement-level model, fast; full: the whole simulation per run,"
                    + " slow (for checking).")
    String fidelity = "engagement";

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's seed).")
    Optional<Long> seed = Optional.empty();

    @Option(
            names = "--sweep-runs",
            paramLabel = "N",
            description = "Runs per raid size of the leakage-vs-raid-size sweep (default: a tenth of --runs, at least"
                    + " 50; 0: no sweep).")
    Optional<Integer> sweepRuns = Optional.empty();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/montecarlo-<timestamp>).")
    Optional<Path> out = Optional.empty();

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new SteeldomeException(
                    MonteCarloError.BAD_SETTING, "--runs", runs, "is not allowed", "give at least 1 run");
        }
        if (threads.isPresent() && threads.get() < 1) {
            throw new SteeldomeException(
                    MonteCarloError.BAD_SETTING, "--threads", threads.get(), "is not allowed", "give at least 1");
        }
        if (sweepRuns.isPresent() && sweepRuns.get() < 0) {
            throw new SteeldomeException(
                    MonteCarloError.BAD_SETTING, "--sweep-runs", sweepRuns.get(), "is negative", "give 0 for none");
        }
        Fidelity f = Fidelity.parse(fidelity);
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        MonteCarloSettings settings = MonteCarloSettings.of(runs, seed.orElse(scenario.seed()))
                .withFidelity(f)
                .withSweepRunsPerPoint(sweepRuns.orElse(MonteCarloSettings.defaultSweepRuns(runs)));
        if (threads.isPresent()) {
            settings = settings.withThreads(threads.get());
        }
        Path dir = out.orElseGet(() -> OutputDirectory.timestamped("montecarlo"));
        int total =
                runs + settings.sweepRunsPerPoint() * settings.sweepFractions().size();
        PrintWriter o = spec.commandLine().getOut();
        MonteCarloResult result;
        if (!noProgress) {
            spec.commandLine()
                    .getErr()
                    .println("Preparing: the scenario's world, detection probabilities, reference tracks and intercept"
                            + " solutions (once per scenario)...");
            spec.commandLine().getErr().flush();
        }
        if (noProgress) {
            result = MonteCarlo.run(scenario, settings, MonteCarloProgress.NONE);
        } else {
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName(f == Fidelity.FULL ? "full runs" : "runs")
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" runs", 1)
                    .setUpdateIntervalMillis(200)
                    .continuousUpdate()
                    .build()) {
                // Called from the worker threads: the bar's stepBy is thread-safe; maxima only ever increase it.
                result = MonteCarlo.run(scenario, settings, (done, all) -> bar.stepBy(1));
                bar.stepTo(total);
            }
        }
        var files = MonteCarloOutputs.write(result, dir);
        o.println();
        o.println(summary(result, settings));
        o.println();
        o.println("Outputs in " + dir.toAbsolutePath().normalize() + ":");
        files.forEach(p -> o.println("  " + p.getFileName()));
        o.println("Open " + dir.resolve("montecarlo.html").toAbsolutePath().normalize() + " in a browser.");
        o.flush();
        return 0;
    }

    private static String summary(MonteCarloResult r, MonteCarloSettings s) {
        StringBuilder b = new StringBuilder(String.format(
                Locale.ROOT,
                "%s: %d runs, fidelity %s, master seed %d, %d threads (%s).%n",
                r.scenarioName(),
                r.runCount(),
                r.fidelity().cliName(),
                r.masterSeed(),
                s.threads(),
                MonteCarloResult.APPROVAL_NOTE));
        r.terrain().ifPresent(t -> b.append(t.text()).append(System.lineSeparator()));
        for (AssetLeakage a : r.assets()) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %-24s P(hit) %5.1f %% [%5.1f, %5.1f], %.2f leakers per run%n",
                    a.assetId(),
                    100 * a.leakage().estimate(),
                    100 * a.leakage().low(),
                    100 * a.leakage().high(),
                    a.leakers().mean()));
        }
        for (LayerStats l : r.layerStats()) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %-24s %.2f interceptors [%.2f, %.2f], %.2f kills per run%n",
                    l.layer(),
                    l.shots().mean(),
                    l.shots().low(),
                    l.shots().high(),
                    l.kills().mean()));
        }
        b.append(String.format(
                Locale.ROOT,
                "  interceptor spend $%.2f M per run, attacker spend $%.2f M, cost-exchange ratio %s",
                r.defenderCostUsd().mean() / 1e6,
                r.attackerCostUsd() / 1e6,
                r.costExchangeRatio().isPresent()
                        ? String.format(
                                Locale.ROOT, "%.2f", r.costExchangeRatio().getAsDouble())
                        : "undefined (no attacker spend)"));
        return b.toString();
    }
}
