package io.steeldome.defence.evaluate;

import io.steeldome.core.error.Checks;
import java.util.OptionalDouble;

/**
 * One threat's risk to one asset.
 *
 * @param valueAtRisk asset value x hit probability
 * @param timeToImpactS seconds until impact (ballistic) or closest approach (level flight); empty if the threat is
 *     moving away from the asset
 */
public record AssetRisk(String assetId, double hitProbability, double valueAtRisk, OptionalDouble timeToImpactS) {
    public AssetRisk {
        Checks.inRange("hitProbability", hitProbability, 0, 1, "");
        Checks.nonNegative("valueAtRisk", valueAtRisk, "");
    }
}
