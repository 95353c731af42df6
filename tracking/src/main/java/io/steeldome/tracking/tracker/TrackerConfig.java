package io.steeldome.tracking.tracker;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.delete.DuplicateRule;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.model.MotionModel;
import io.steeldome.tracking.state.StateLayout;

/**
 * Configuration of a {@link MultiTargetTracker}.
 *
 * @param motionModel 6-state ENU motion model (see {@link StateLayout})
 * @param gateChiSquare chi-square gate threshold for 3-D position residuals (16.27 = 99.9 %)
 * @param confirmHits M of the M-of-N confirmation rule
 * @param confirmWindowScans N of the M-of-N confirmation rule (counted scans, the first detection included)
 * @param maxConsecutiveMisses a confirmed track is deleted after this many counted misses in a row
 * @param maxSpeedMps fastest target to initiate on; the initial velocity standard deviation is half of it
 * @param maxPositionSigmaM a confirmed track is deleted once sqrt(trace of its position covariance) exceeds this
 * @param tentativeMaxConsecutiveMisses 0: a tentative track fails when the M-of-N window can no longer be met;
 *     k > 0: it fails after k counted misses in a row instead, however many it has had in all, and is confirmed at
 *     its M-th hit (Stone Soup's "tentative deleter" rule)
 * @param duplicates when a younger track that shadows an older confirmed one is deleted
 */
public record TrackerConfig(
        MotionModel motionModel,
        double gateChiSquare,
        int confirmHits,
        int confirmWindowScans,
        int maxConsecutiveMisses,
        double maxSpeedMps,
        double maxPositionSigmaM,
        int tentativeMaxConsecutiveMisses,
        DuplicateRule duplicates) {

    /** Continuous white-noise acceleration intensity of the defaults: about 1 g of unmodelled acceleration at 1 Hz. */
    public static final double DEFAULT_PROCESS_NOISE_M2PS3 = 100;

    public TrackerConfig {
        if (motionModel.dimension() != StateLayout.DIM) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG,
                    "motion model must have the 6-state ENU layout," + " got dimension " + motionModel.dimension());
        }
        Checks.positive("gateChiSquare", gateChiSquare, "");
        if (confirmHits < 1 || confirmWindowScans < confirmHits) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG,
                    "confirmation needs 1 <= confirmHits <=" + " confirmWindowScans, got " + confirmHits + " of "
                            + confirmWindowScans);
        }
        if (maxConsecutiveMisses < 1) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG, "maxConsecutiveMisses must be >= 1, got " + maxConsecutiveMisses);
        }
        Checks.positive("maxSpeedMps", maxSpeedMps, "m/s");
        Checks.positive("maxPositionSigmaM", maxPositionSigmaM, "m");
        java.util.Objects.requireNonNull(duplicates, "duplicates");
        if (tentativeMaxConsecutiveMisses < 0) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG,
                    "tentativeMaxConsecutiveMisses must be >= 0 (0 = M-of-N window rule), got "
                            + tentativeMaxConsecutiveMisses);
        }
    }

    /** With the {@linkplain DuplicateRule#standard() standard} duplicate rule. */
    public TrackerConfig(
            MotionModel motionModel,
            double gateChiSquare,
            int confirmHits,
            int confirmWindowScans,
            int maxConsecutiveMisses,
            double maxSpeedMps,
            double maxPositionSigmaM,
            int tentativeMaxConsecutiveMisses) {
        this(
                motionModel,
                gateChiSquare,
                confirmHits,
                confirmWindowScans,
                maxConsecutiveMisses,
                maxSpeedMps,
                maxPositionSigmaM,
                tentativeMaxConsecutiveMisses,
                DuplicateRule.standard());
    }

    /** With the M-of-N window rule for tentative tracks and the standard duplicate rule. */
    public TrackerConfig(
            MotionModel motionModel,
            double gateChiSquare,
            int confirmHits,
            int confirmWindowScans,
            int maxConsecutiveMisses,
            double maxSpeedMps,
            double maxPositionSigmaM) {
        this(
                motionModel,
                gateChiSquare,
                confirmHits,
                confirmWindowScans,
                maxConsecutiveMisses,
                maxSpeedMps,
                maxPositionSigmaM,
                0);
    }

    /**
     * Demo defaults: nearly-constant velocity with q = 100 m^2/s^3, 99.9 % gate, confirmation 3 of 4, deletion after 5
     * misses or 10 km position sigma, initiation fast enough for 2 km/s ballistic missiles.
     */
    public static TrackerConfig defaults() {
        return new TrackerConfig(
                ConstantVelocity.continuousEnu(DEFAULT_PROCESS_NOISE_M2PS3), 16.27, 3, 4, 5, 2000, 10_000);
    }

    public TrackerConfig withMotionModel(MotionModel model) {
        return new TrackerConfig(
                model,
                gateChiSquare,
                confirmHits,
                confirmWindowScans,
                maxConsecutiveMisses,
                maxSpeedMps,
                maxPositionSigmaM,
                tentativeMaxConsecutiveMisses,
                duplicates);
    }

    /** The same configuration with tentative tracks failing after {@code k} consecutive misses (0: window rule). */
    public TrackerConfig withTentativeMaxConsecutiveMisses(int k) {
        return new TrackerConfig(
                motionModel,
                gateChiSquare,
                confirmHits,
                confirmWindowScans,
                maxConsecutiveMisses,
                maxSpeedMps,
                maxPositionSigmaM,
                k,
                duplicates);
    }

    /** The same configuration with another duplicate-track rule. */
    public TrackerConfig withDuplicates(DuplicateRule rule) {
        return new TrackerConfig(
                motionModel,
                gateChiSquare,
                confirmHits,
                confirmWindowScans,
                maxConsecutiveMisses,
                maxSpeedMps,
                maxPositionSigmaM,
                tentativeMaxConsecutiveMisses,
                rule);
    }
}
