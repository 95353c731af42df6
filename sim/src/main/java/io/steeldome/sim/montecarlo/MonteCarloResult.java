package io.steeldome.sim.montecarlo;

import io.steeldome.sim.run.TerrainNote;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The statistics of a Monte Carlo study and the runs they come from. The same settings give the same result for any
 * number of threads.
 *
 * @param scenarioSeed the scenario file's seed (the master seed is {@code masterSeed})
 * @param fidelity of the main runs (the raid-size sweep is always engagement-level)
 * @param layers layer names in the order effectors first name them
 * @param weaponsControl per layer (as {@code layers}), its weapons control status over the run: "SHORT_RANGE FREE",
 *     "MEDIUM_RANGE TIGHT, FREE from 300 s"
 * @param runs every main run, by index
 * @param threatsLaunched threats launched per run (the scenario's, before the end of the run)
 * @param anyLeak runs in which at least one leaker hit some defended asset
 * @param assets per defended asset, in scenario order
 * @param leakers leakers per run (all assets)
 * @param valueLost asset value lost per run
 * @param layerStats per layer: interceptors, kills, share of the kills, spend
 * @param defenderCostUsd interceptor spend per run
 * @param attackerCostUsd the attacker's spend per run (sum of the threat types' unit costs)
 * @param costExchangeRatio defender spend / attacker spend (means); empty when the attacker spent nothing
 * @param inventory per layer, rounds ready over time
 * @param sweepRunsPerPoint runs per raid size of the sweep (0: none)
 * @param sweep leakage by raid size, smallest first
 * @param terrain the terrain that masked the radars; empty for a smooth earth
 */
public record MonteCarloResult(
        String scenarioName,
        String description,
        long scenarioSeed,
        long masterSeed,
        Fidelity fidelity,
        double durationS,
        List<String> layers,
        List<String> weaponsControl,
        List<RunOutcome> runs,
        int threatsLaunched,
        Proportion anyLeak,
        List<AssetLeakage> assets,
        Estimate leakers,
        Estimate valueLost,
        List<LayerStats> layerStats,
        Estimate defenderCostUsd,
        double attackerCostUsd,
        OptionalDouble costExchangeRatio,
        List<InventoryCurve> inventory,
        int sweepRunsPerPoint,
        List<SweepPoint> sweep,
        Optional<TerrainNote> terrain) {
    /** What the outputs say about decisions: no operator is in the loop of a simulated run. */
    public static final String APPROVAL_NOTE = "engagements auto-approved by simulation";

    public MonteCarloResult {
        layers = List.copyOf(layers);
        weaponsControl = List.copyOf(weaponsControl);
        runs = List.copyOf(runs);
        assets = List.copyOf(assets);
        layerStats = List.copyOf(layerStats);
        inventory = List.copyOf(inventory);
        sweep = List.copyOf(sweep);
    }

    public int runCount() {
        return runs.size();
    }
}
