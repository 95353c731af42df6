package io.steeldome.sim.live;

import java.util.Objects;

/**
 * One effector's rounds after a scan.
 *
 * @param roundsAvailable ready to fire now (0 while reloading)
 * @param roundsLeft in the current magazine
 * @param magazine rounds per full magazine
 */
public record InventoryReport(String effectorId, String layer, int roundsAvailable, int roundsLeft, int magazine) {
    public InventoryReport {
        Objects.requireNonNull(effectorId, "effectorId");
        Objects.requireNonNull(layer, "layer");
    }
}
