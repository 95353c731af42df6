package io.steeldome.sim.montecarlo;

import io.steeldome.core.time.SimTime;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.evaluate.DefendedAsset;
import io.steeldome.sim.run.EngagementRecord;
import io.steeldome.sim.run.ProgressListener;
import io.steeldome.sim.run.RunResult;
import io.steeldome.sim.run.ScenarioModel;
import io.steeldome.sim.run.ScenarioRunner;
import io.steeldome.sim.run.ThreatOutcome;
import io.steeldome.sim.scenario.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One full-fidelity run (the whole simulation with the run's seed), scored as a {@link RunOutcome}. Stateless. */
final class FullRun {
    private final Scenario scenario;
    private final ScenarioModel world;
    private final List<String> layers;
    private final double[] gridS;
    private final Map<String, Integer> assetIndex = new HashMap<>();
    private final Map<String, Integer> effectorIndex = new HashMap<>();
    private final Map<String, Double> attackerCostUsd = new HashMap<>();

    FullRun(Scenario scenario, ScenarioModel world, List<String> layers, double[] gridS) {
        this.scenario = scenario;
        this.world = world;
        this.layers = layers;
        this.gridS = gridS.clone();
        List<DefendedAsset> assets = world.assets();
        for (int a = 0; a < assets.size(); a++) {
            assetIndex.put(assets.get(a).id(), a);
        }
        for (int e = 0; e < world.effectors().size(); e++) {
            effectorIndex.put(world.effectors().get(e).id(), e);
        }
        for (ScenarioModel.Threat t : world.threats()) {
            attackerCostUsd.put(t.config().id(), t.type().unitCostUsd());
        }
    }

    RunOutcome run(int index, long seed) {
        RunResult r = ScenarioRunner.run(scenario.withSeed(seed), ProgressListener.NONE);
        int[] perAsset = new int[world.assets().size()];
        int intercepted = 0;
        int leakers = 0;
        double valueLost = 0;
        double attackerUsd = 0;
        for (ThreatOutcome t : r.threats()) {
            attackerUsd += attackerCostUsd.getOrDefault(t.threatId(), 0.0);
            if (t.fate() == ThreatOutcome.Fate.INTERCEPTED) {
                intercepted++;
            } else if (t.fate() == ThreatOutcome.Fate.IMPACT_ON_ASSET
                    && t.assetHit().isPresent()) {
                int a = assetIndex.get(t.assetHit().get());
                perAsset[a]++;
                leakers++;
                valueLost += world.assets().get(a).value();
            }
        }
        int[] shots = new int[layers.size()];
        int[] kills = new int[layers.size()];
        double[] layerCost = new double[layers.size()];
        double cost = 0;
        for (EngagementRecord e : r.engagements()) {
            int l = layers.indexOf(e.layer());
            shots[l]++;
            cost += e.costPerShot();
            layerCost[l] += e.costPerShot();
            if (e.result() == EngagementRecord.Result.KILL) {
                kills[l]++;
            }
        }
        return new RunOutcome(
                index,
                seed,
                r.threats().size(),
                intercepted,
                leakers,
                perAsset,
                valueLost,
                shots,
                kills,
                layerCost,
                cost,
                attackerUsd,
                inventory(r.engagements()));
    }

    /** Rounds ready per layer on the grid, replayed from the shots' decision times (a shot fires at its decision). */
    private int[] inventory(List<EngagementRecord> engagements) {
        List<Effector> es = world.effectors();
        int n = es.size();
        int g = gridS.length;
        int[] rounds = new int[n];
        double[] busyUntilS = new double[n];
        for (int e = 0; e < n; e++) {
            rounds[e] = es.get(e).spec().magazine();
        }
        int[] out = new int[layers.size() * g];
        int next = 0;
        List<EngagementRecord> shots = engagements.stream()
                .sorted((a, b) -> Double.compare(a.decisionTimeS(), b.decisionTimeS()))
                .toList();
        for (EngagementRecord shot : shots) {
            next = sample(out, next, shot.decisionTimeS(), rounds, busyUntilS);
            int e = effectorIndex.get(shot.effectorId());
            rounds[e]--;
            if (rounds[e] == 0) {
                double start = Math.max(busyUntilS[e], shot.decisionTimeS());
                rounds[e] = es.get(e).spec().magazine();
                busyUntilS[e] = SimTime.ofSeconds(start)
                        .shiftedBy(es.get(e).spec().reloadS())
                        .seconds();
            }
        }
        sample(out, next, Double.POSITIVE_INFINITY, rounds, busyUntilS);
        return out;
    }

    private int sample(int[] out, int next, double beforeS, int[] rounds, double[] busyUntilS) {
        int g = gridS.length;
        while (next < g && gridS[next] < beforeS) {
            double at = gridS[next];
            for (int e = 0; e < rounds.length; e++) {
                int l = layers.indexOf(world.effectors().get(e).spec().layerName());
                out[l * g + next] += at >= busyUntilS[e] ? rounds[e] : 0;
            }
            next++;
        }
        return next;
    }
}
