package io.steeldome.tracking.tracker;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Configuration of a {@link JpdaTracker}.
 *
 * <p>Clutter is parametric: a Poisson number of false detections per scan spread uniformly over a surveillance
 * volume, so {@code lambda = clutter per scan / volume}. Detections are 3-D positions; for 2-D data carried with z = 0
 * and a z variance (as the file runs do), give the volume as area times a z extent. Since the z residual is then 0,
 * the Gaussian likelihood carries the factor {@code 1 / sqrt(2 pi S_zz)}, and a z extent of
 * {@code sqrt(2 pi S_zz)} reproduces the 2-D likelihood ratio exactly; {@code sqrt(2 pi) sigma_z} is close for tracks
 * whose z variance is small against the measurement's.
 *
 * @param base motion model and track management (M-of-N confirmation, deletion, initiation speed); its
 *     {@code gateChiSquare} gates the tentative tracks, which are associated by global nearest neighbour
 * @param detectionProbability Pd, in (0, 1]
 * @param clutterDensityPerM3 lambda, false detections per scan per cubic metre, > 0
 * @param gateProbability Pg, in (0, 1): probability that a target's detection falls in its confirmed track's gate
 *     (a 3-dof chi-square gate)
 */
public record JpdaConfig(
        TrackerConfig base, double detectionProbability, double clutterDensityPerM3, double gateProbability) {

    /** Joint events enumerated per cluster before falling back to per-track PDA. */
    public static final long MAX_EXACT_EVENTS = 100_000;

    public JpdaConfig {
        Checks.inRange("detectionProbability", detectionProbability, 0, 1, "");
        if (!(detectionProbability > 0)) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG,
                    "detectionProbability must be in (0, 1], got " + detectionProbability);
        }
        Checks.positive("clutterDensityPerM3", clutterDensityPerM3, "1/m^3");
        if (!(gateProbability > 0 && gateProbability < 1)) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG, "gateProbability must be in (0, 1), got " + gateProbability);
        }
    }

    /** From a mean clutter count per scan over a surveillance volume. */
    public static JpdaConfig ofClutterCount(
            TrackerConfig base,
            double detectionProbability,
            double clutterPerScan,
            double surveillanceVolumeM3,
            double gateProbability) {
        Checks.positive("clutterPerScan", clutterPerScan, "");
        Checks.positive("surveillanceVolumeM3", surveillanceVolumeM3, "m^3");
        return new JpdaConfig(base, detectionProbability, clutterPerScan / surveillanceVolumeM3, gateProbability);
    }

    /** Chi-square threshold (3 dof) of the confirmed tracks' gate. */
    public double gateChiSquare() {
        return new ChiSquaredDistribution(3).inverseCumulativeProbability(gateProbability);
    }
}
