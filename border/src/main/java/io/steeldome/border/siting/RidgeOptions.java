package io.steeldome.border.siting;

import io.steeldome.core.error.Checks;

/**
 * How ridge tops are picked from a DEM.
 *
 * @param tpiRadiusM radius of the ring the topographic position index compares a cell with, m
 * @param minTpiM least height above the ring's mean height, m
 * @param minSeparationM least distance between two candidates (higher-TPI ones win), m
 * @param maxCount most candidates kept (the highest TPI first)
 */
public record RidgeOptions(double tpiRadiusM, double minTpiM, double minSeparationM, int maxCount) {
    public RidgeOptions {
        Checks.positive("tpiRadiusM", tpiRadiusM, "m");
        Checks.finite("minTpiM", minTpiM);
        Checks.nonNegative("minSeparationM", minSeparationM, "m");
        Checks.inRange("maxCount", maxCount, 1, 1_000_000, "");
    }

    /** 1 km ring, 10 m above it, 1.5 km apart, at most 150. */
    public static RidgeOptions defaults() {
        return new RidgeOptions(1000, 10, 1500, 150);
    }

    public RidgeOptions withMaxCount(int n) {
        return new RidgeOptions(tpiRadiusM, minTpiM, minSeparationM, n);
    }

    public RidgeOptions withMinSeparationM(double m) {
        return new RidgeOptions(tpiRadiusM, minTpiM, m, maxCount);
    }
}
