package io.steeldome.tracking.tracker;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;

/**
 * Configuration of an {@link MhtTracker}.
 *
 * <p>Clutter is parametric as for {@link JpdaConfig}: {@code lambda = clutter per scan / volume}; for 2-D data carried
 * with z = 0, give the volume as area times {@code sqrt(2 pi) sigma_z}.
 *
 * @param base motion model, gate ({@code gateChiSquare}, for every leaf), confirmation hits, miss-based deletion and
 *     initiation speed
 * @param detectionProbability Pd, in (0, 1]; at 1 no missed-detection branches are grown
 * @param clutterDensityPerM3 lambda, false detections per scan per cubic metre, > 0
 * @param nScan N of N-scan pruning, >= 0: the association of scan k - N is finalised at scan k (0: decided at once)
 * @param maxLeavesPerTree K, >= 1: each tree keeps only its K best leaves
 * @param pruneLogLikelihoodGap > 0: each tree drops leaves scoring more than this below its best leaf
 */
public record MhtConfig(
        TrackerConfig base,
        double detectionProbability,
        double clutterDensityPerM3,
        int nScan,
        int maxLeavesPerTree,
        double pruneLogLikelihoodGap) {

    /** Largest accepted N, to bound the hypothesis trees. */
    public static final int MAX_N_SCAN = 10;

    public MhtConfig {
        if (!(detectionProbability > 0 && detectionProbability <= 1)) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG,
                    "detectionProbability must be in (0, 1], got " + detectionProbability);
        }
        Checks.positive("clutterDensityPerM3", clutterDensityPerM3, "1/m^3");
        if (nScan < 0 || nScan > MAX_N_SCAN) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG, "nScan must be in [0, " + MAX_N_SCAN + "], got " + nScan);
        }
        if (maxLeavesPerTree < 1) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG, "maxLeavesPerTree must be >= 1, got " + maxLeavesPerTree);
        }
        Checks.positive("pruneLogLikelihoodGap", pruneLogLikelihoodGap, "");
    }

    /** From a mean clutter count per scan over a surveillance volume. */
    public static MhtConfig ofClutterCount(
            TrackerConfig base,
            double detectionProbability,
            double clutterPerScan,
            double surveillanceVolumeM3,
            int nScan,
            int maxLeavesPerTree,
            double pruneLogLikelihoodGap) {
        Checks.positive("clutterPerScan", clutterPerScan, "");
        Checks.positive("surveillanceVolumeM3", surveillanceVolumeM3, "m^3");
        return new MhtConfig(
                base,
                detectionProbability,
                clutterPerScan / surveillanceVolumeM3,
                nScan,
                maxLeavesPerTree,
                pruneLogLikelihoodGap);
    }
}
