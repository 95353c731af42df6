package io.steeldome.sim.montecarlo;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.defence.doctrine.WcsSchedule;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.evaluate.DefendedAsset;
import io.steeldome.sim.run.DoctrineSetup;
import io.steeldome.sim.run.ScenarioModel;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ThreatKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Monte Carlo studies of a scenario: many seeded runs on a pool of threads, scored against truth, and their
 * statistics (leakage per asset with Wilson intervals, interceptors and kills per layer, cost and the cost-exchange
 * ratio, inventory over time, leakage by raid size).
 *
 * <p>Run {@code i} is seeded from the master seed and {@code i} alone ({@link MonteCarloSettings#runSeed}) and its
 * result is stored at index {@code i}, so a study gives the same result on any number of threads. Simulation and
 * decision support only: every engagement in a run is approved by the simulation, not by an operator.
 */
public final class MonteCarlo {
    private MonteCarlo() {}

    /** Builds what the fidelity needs (the engagement-level model unless full runs without a sweep), then runs. */
    public static MonteCarloResult run(Scenario scenario, MonteCarloSettings settings, MonteCarloProgress progress) {
        boolean needModel = settings.fidelity() == Fidelity.ENGAGEMENT || settings.sweepRunsPerPoint() > 0;
        if (needModel) {
            return run(EngagementModel.build(scenario), settings, progress);
        }
        return execute(scenario, ScenarioModel.build(scenario), null, settings, progress);
    }

    /** Runs with a model built before (so that its precomputation can be timed or reused). */
    public static MonteCarloResult run(
            EngagementModel model, MonteCarloSettings settings, MonteCarloProgress progress) {
        return execute(model.scenario(), model.world(), model, settings, progress);
    }

    private static MonteCarloResult execute(
            Scenario scenario,
            ScenarioModel world,
            EngagementModel model,
            MonteCarloSettings settings,
            MonteCarloProgress progress) {
        double[] grid = grid(scenario.durationS(), settings.inventoryGridPoints());
        List<String> layers = layers(world);
        int sweepRuns = settings.sweepRunsPerPoint();
        int total = settings.runs() + sweepRuns * settings.sweepFractions().size();
        AtomicInteger done = new AtomicInteger();
        int threads = settings.threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "montecarlo");
            t.setDaemon(true);
            return t;
        });
        try {
            boolean[] all = new boolean[world.threats().size()];
            Arrays.fill(all, true);
            Supplier<IntFunction<RunOutcome>> main;
            if (settings.fidelity() == Fidelity.ENGAGEMENT) {
                main = () -> {
                    EngagementRun run = new EngagementRun(model, grid);
                    return i -> run.run(i, settings.runSeed(0, i), all);
                };
            } else {
                FullRun full = new FullRun(scenario, world, layers, grid);
                main = () -> i -> full.run(i, settings.runSeed(0, i));
            }
            RunOutcome[] runs = runAll(pool, threads, settings.runs(), main, done, total, progress);
            List<SweepPoint> sweep = new ArrayList<>();
            List<Double> fractions =
                    settings.sweepFractions().stream().sorted().distinct().toList();
            for (int p = 0; p < fractions.size() && sweepRuns > 0; p++) {
                boolean[] included = raid(world, fractions.get(p));
                int stream = p + 1;
                RunOutcome[] pointRuns = runAll(
                        pool,
                        threads,
                        sweepRuns,
                        () -> {
                            EngagementRun run = new EngagementRun(model, grid);
                            return i -> run.run(i, settings.runSeed(stream, i), included);
                        },
                        done,
                        total,
                        progress);
                sweep.add(sweepPoint(fractions.get(p), world, pointRuns));
            }
            return aggregate(scenario, world, settings, layers, grid, runs, sweep);
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunOutcome[] runAll(
            ExecutorService pool,
            int threads,
            int n,
            Supplier<IntFunction<RunOutcome>> perThread,
            AtomicInteger done,
            int total,
            MonteCarloProgress progress) {
        RunOutcome[] out = new RunOutcome[n];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, n); t++) {
            tasks.add(pool.submit(() -> {
                IntFunction<RunOutcome> run = perThread.get();
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    out[i] = run.apply(i);
                    progress.onRunDone(done.incrementAndGet(), total);
                }
            }));
        }
        for (Future<?> f : tasks) {
            try {
                f.get(); // also publishes the workers' writes to out[]
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                next.set(n);
                throw new SteeldomeException(e, MonteCarloError.INTERRUPTED, done.get(), total);
            } catch (ExecutionException e) {
                next.set(n); // the other workers stop after their current run
                if (e.getCause() instanceof SteeldomeException se) {
                    throw se;
                }
                throw new SteeldomeException(e.getCause(), MonteCarloError.RUN_FAILED, "?", "?", e.getCause());
            }
        }
        return out;
    }

    /** The first round(fraction x count) threats of each threat type, in file order. */
    static boolean[] raid(ScenarioModel world, double fraction) {
        Map<ThreatKind, Integer> count = new EnumMap<>(ThreatKind.class);
        for (ScenarioModel.Threat t : world.threats()) {
            count.merge(t.config().type(), 1, Integer::sum);
        }
        Map<ThreatKind, Integer> taken = new EnumMap<>(ThreatKind.class);
        boolean[] in = new boolean[world.threats().size()];
        for (int i = 0; i < in.length; i++) {
            ThreatKind k = world.threats().get(i).config().type();
            int keep = (int) Math.round(fraction * count.get(k));
            if (taken.getOrDefault(k, 0) < keep) {
                in[i] = true;
                taken.merge(k, 1, Integer::sum);
            }
        }
        return in;
    }

    static List<String> layers(ScenarioModel world) {
        List<String> layers = new ArrayList<>();
        for (Effector e : world.effectors()) {
            if (!layers.contains(e.spec().layerName())) {
                layers.add(e.spec().layerName());
            }
        }
        return List.copyOf(layers);
    }

    static double[] grid(double durationS, int points) {
        double[] g = new double[points];
        for (int j = 0; j < points; j++) {
            g[j] = durationS * j / (points - 1);
        }
        return g;
    }

    private static SweepPoint sweepPoint(double fraction, ScenarioModel world, RunOutcome[] runs) {
        int n = runs.length;
        int any = 0;
        int[] hit = new int[world.assets().size()];
        double[] leakers = new double[n];
        double[] shots = new double[n];
        for (int r = 0; r < n; r++) {
            RunOutcome o = runs[r];
            any += o.leakers() > 0 ? 1 : 0;
            for (int a = 0; a < hit.length; a++) {
                hit[a] += o.hits(a) > 0 ? 1 : 0;
            }
            leakers[r] = o.leakers();
            shots[r] = o.totalShots();
        }
        List<Proportion> perAsset = new ArrayList<>();
        for (int h : hit) {
            perAsset.add(Proportion.wilson(h, n));
        }
        return new SweepPoint(
                fraction,
                runs[0].threatsLaunched(),
                Proportion.wilson(any, n),
                perAsset,
                Estimate.of(leakers),
                Estimate.of(shots));
    }

    private static MonteCarloResult aggregate(
            Scenario scenario,
            ScenarioModel world,
            MonteCarloSettings settings,
            List<String> layers,
            double[] grid,
            RunOutcome[] runs,
            List<SweepPoint> sweep) {
        int n = runs.length;
        List<DefendedAsset> assetList = world.assets();
        List<AssetLeakage> assets = new ArrayList<>();
        for (int a = 0; a < assetList.size(); a++) {
            int hitRuns = 0;
            double[] leakers = new double[n];
            double[] value = new double[n];
            for (int r = 0; r < n; r++) {
                int h = runs[r].hits(a);
                hitRuns += h > 0 ? 1 : 0;
                leakers[r] = h;
                value[r] = h * assetList.get(a).value();
            }
            DefendedAsset asset = assetList.get(a);
            assets.add(new AssetLeakage(
                    asset.id(),
                    asset.name(),
                    asset.value(),
                    Proportion.wilson(hitRuns, n),
                    Estimate.of(leakers),
                    Estimate.of(value)));
        }
        int any = 0;
        double[] leakers = new double[n];
        double[] value = new double[n];
        double[] cost = new double[n];
        double attacker = 0;
        for (int r = 0; r < n; r++) {
            any += runs[r].leakers() > 0 ? 1 : 0;
            leakers[r] = runs[r].leakers();
            value[r] = runs[r].valueLost();
            cost[r] = runs[r].defenderCostUsd();
            attacker += runs[r].attackerCostUsd();
        }
        attacker /= n;
        double totalKills = 0;
        for (RunOutcome o : runs) {
            for (int l = 0; l < layers.size(); l++) {
                totalKills += o.kills(l);
            }
        }
        List<LayerStats> layerStats = new ArrayList<>();
        List<InventoryCurve> inventory = new ArrayList<>();
        int g = grid.length;
        List<Double> times = Arrays.stream(grid).boxed().toList();
        for (int l = 0; l < layers.size(); l++) {
            double[] shots = new double[n];
            double[] kills = new double[n];
            double[] spend = new double[n];
            double layerKills = 0;
            for (int r = 0; r < n; r++) {
                shots[r] = runs[r].shots(l);
                kills[r] = runs[r].kills(l);
                layerKills += kills[r];
            }
            for (int r = 0; r < n; r++) {
                spend[r] = runs[r].cost(l);
            }
            layerStats.add(new LayerStats(
                    layers.get(l),
                    Estimate.of(shots),
                    Estimate.of(kills),
                    totalKills > 0 ? layerKills / totalKills : 0,
                    Estimate.of(spend)));
            List<Double> mean = new ArrayList<>();
            List<Double> p5 = new ArrayList<>();
            List<Double> p95 = new ArrayList<>();
            int[] column = new int[n];
            for (int j = 0; j < g; j++) {
                long sum = 0;
                for (int r = 0; r < n; r++) {
                    column[r] = runs[r].inventoryAt(l, g, j);
                    sum += column[r];
                }
                Arrays.sort(column);
                mean.add((double) sum / n);
                p5.add((double) column[nearestRank(0.05, n)]);
                p95.add((double) column[nearestRank(0.95, n)]);
            }
            int full = 0;
            for (Effector e : world.effectors()) {
                if (e.spec().layerName().equals(layers.get(l))) {
                    full += e.spec().magazine();
                }
            }
            inventory.add(new InventoryCurve(layers.get(l), times, mean, p5, p95, full));
        }
        Estimate defender = Estimate.of(cost);
        return new MonteCarloResult(
                scenario.name(),
                scenario.description(),
                scenario.seed(),
                settings.masterSeed(),
                settings.fidelity(),
                scenario.durationS(),
                layers,
                weaponsControl(scenario, layers),
                List.of(runs),
                runs[0].threatsLaunched(),
                Proportion.wilson(any, n),
                assets,
                Estimate.of(leakers),
                Estimate.of(value),
                layerStats,
                defender,
                attacker,
                attacker > 0 ? OptionalDouble.of(defender.mean() / attacker) : OptionalDouble.empty(),
                inventory,
                settings.sweepRunsPerPoint(),
                sweep,
                world.terrain());
    }

    /** Each layer's weapons control status over the run, as the full run's summary gives it. */
    static List<String> weaponsControl(Scenario scenario, List<String> layers) {
        WcsSchedule wcs = DoctrineSetup.weaponsControl(scenario.engagement());
        return layers.stream().map(l -> l + " " + wcs.describe(l)).toList();
    }

    /** 0-based index of the nearest-rank percentile q of n sorted values. */
    static int nearestRank(double q, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(q * n) - 1));
    }
}
