package io.steeldome.sim.montecarlo;

import java.util.List;

/**
 * Leakage at one raid size of the sweep.
 *
 * @param fraction the fraction of each threat type's count that was launched (the first ones in file order)
 * @param threats threats launched at this size
 * @param anyLeak runs in which at least one leaker hit a defended asset
 * @param perAsset per asset (scenario order), runs in which it was hit
 * @param leakers leakers per run
 * @param shots interceptors per run
 */
public record SweepPoint(
        double fraction, int threats, Proportion anyLeak, List<Proportion> perAsset, Estimate leakers, Estimate shots) {
    public SweepPoint {
        perAsset = List.copyOf(perAsset);
    }
}
