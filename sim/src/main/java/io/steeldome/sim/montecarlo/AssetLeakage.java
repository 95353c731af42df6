package io.steeldome.sim.montecarlo;

/**
 * How often leakers hit one defended asset.
 *
 * @param leakage runs in which at least one leaker hit the asset, with its Wilson 95 % interval
 * @param leakers leakers on the asset per run
 * @param valueLost the asset's value lost per run (value x leakers)
 */
public record AssetLeakage(
        String assetId, String name, double value, Proportion leakage, Estimate leakers, Estimate valueLost) {}
