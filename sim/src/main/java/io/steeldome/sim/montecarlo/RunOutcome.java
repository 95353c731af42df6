package io.steeldome.sim.montecarlo;

import java.util.Arrays;

/**
 * What one Monte Carlo run scored, against truth.
 *
 * @param run index of the run, from 0
 * @param seed the run's seed, derived from the master seed and {@code run}
 * @param threatsLaunched threats launched before the end of the run
 * @param intercepted threats killed by an interceptor
 * @param leakers threats that hit a defended asset
 * @param hitsPerAsset leakers per asset, in scenario order
 * @param valueLost sum of the values of the assets hit (once per hit)
 * @param shotsPerLayer interceptors launched per layer, in the order of {@link MonteCarloResult#layers()}
 * @param killsPerLayer kills per layer
 * @param costPerLayerUsd interceptor spend per layer
 * @param defenderCostUsd cost of the interceptors launched
 * @param attackerCostUsd the attacker's cost of the threats launched
 * @param inventory per layer, rounds ready to fire at each time of the inventory grid (a launcher being reloaded
 *     counts none), layer-major: {@code inventory[layer * gridPoints + j]}
 */
public record RunOutcome(
        int run,
        long seed,
        int threatsLaunched,
        int intercepted,
        int leakers,
        int[] hitsPerAsset,
        double valueLost,
        int[] shotsPerLayer,
        int[] killsPerLayer,
        double[] costPerLayerUsd,
        double defenderCostUsd,
        double attackerCostUsd,
        int[] inventory) {
    public RunOutcome {
        hitsPerAsset = hitsPerAsset.clone();
        shotsPerLayer = shotsPerLayer.clone();
        killsPerLayer = killsPerLayer.clone();
        costPerLayerUsd = costPerLayerUsd.clone();
        inventory = inventory.clone();
    }

    @Override
    public int[] hitsPerAsset() {
        return hitsPerAsset.clone();
    }

    @Override
    public int[] shotsPerLayer() {
        return shotsPerLayer.clone();
    }

    @Override
    public int[] killsPerLayer() {
        return killsPerLayer.clone();
    }

    @Override
    public double[] costPerLayerUsd() {
        return costPerLayerUsd.clone();
    }

    @Override
    public int[] inventory() {
        return inventory.clone();
    }

    int hits(int asset) {
        return hitsPerAsset[asset];
    }

    int shots(int layer) {
        return shotsPerLayer[layer];
    }

    int kills(int layer) {
        return killsPerLayer[layer];
    }

    double cost(int layer) {
        return costPerLayerUsd[layer];
    }

    int inventoryAt(int layer, int gridPoints, int j) {
        return inventory[layer * gridPoints + j];
    }

    int totalShots() {
        return Arrays.stream(shotsPerLayer).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunOutcome r
                && run == r.run
                && seed == r.seed
                && threatsLaunched == r.threatsLaunched
                && intercepted == r.intercepted
                && leakers == r.leakers
                && Arrays.equals(hitsPerAsset, r.hitsPerAsset)
                && Double.compare(valueLost, r.valueLost) == 0
                && Arrays.equals(shotsPerLayer, r.shotsPerLayer)
                && Arrays.equals(killsPerLayer, r.killsPerLayer)
                && Arrays.equals(costPerLayerUsd, r.costPerLayerUsd)
                && Double.compare(defenderCostUsd, r.defenderCostUsd) == 0
                && Double.compare(attackerCostUsd, r.attackerCostUsd) == 0
                && Arrays.equals(inventory, r.inventory);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new long[] {run, seed, leakers, Arrays.hashCode(hitsPerAsset), intercepted});
    }

    @Override
    public String toString() {
        return "RunOutcome[run " + run + ", seed " + seed + ", leakers " + leakers + ", hits "
                + Arrays.toString(hitsPerAsset) + ", shots " + Arrays.toString(shotsPerLayer) + ", kills "
                + Arrays.toString(killsPerLayer) + "]";
    }
}
