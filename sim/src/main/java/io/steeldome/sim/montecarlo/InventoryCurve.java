package io.steeldome.sim.montecarlo;

import java.util.List;

/**
 * One layer's rounds ready to fire over time (a launcher being reloaded counts none), across the runs.
 *
 * @param timesS the sampling grid, s
 * @param mean mean over the runs at each time
 * @param p5 5th percentile (nearest rank)
 * @param p95 95th percentile (nearest rank)
 * @param fullRounds the layer's rounds with every magazine full
 */
public record InventoryCurve(
        String layer, List<Double> timesS, List<Double> mean, List<Double> p5, List<Double> p95, int fullRounds) {
    public InventoryCurve {
        timesS = List.copyOf(timesS);
        mean = List.copyOf(mean);
        p5 = List.copyOf(p5);
        p95 = List.copyOf(p95);
    }
}
