package io.steeldome.tracking.tracker;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;

/**
 * Configuration of a {@link FilteredMultiTargetTracker}: the track management of a {@link MultiTargetTracker} plus the
 * filter each track runs.
 *
 * @param base gate, confirmation, deletion and initiation rules; its motion model drives the EKF and UKF tracks
 *     (the IMM tracks use {@code imm} instead)
 * @param filter the filter each track carries
 * @param imm the IMM's modes; used only with {@link FilterChoice#IMM}
 */
public record FilteredTrackerConfig(TrackerConfig base, FilterChoice filter, ImmModels imm) {

    /** The filter a track carries. */
    public enum FilterChoice {
        /** Extended Kalman filter on the base motion model; with Cartesian plots it is the linear Kalman filter. */
        EKF,
        /** Unscented Kalman filter on the base motion model. */
        UKF,
        /** CV + coordinated-turn IMM with an EKF inside each mode. */
        IMM
    }

    /**
     * The two IMM modes: a quiet constant velocity and a coordinated turn with unknown turn rate.
     *
     * @param cvProcessNoiseM2PerS3 CV mode's white-acceleration density (quiet: straight flight)
     * @param ctAccelerationDensityM2PerS3 CT mode's white-acceleration density
     * @param turnRateDensityRad2PerS3 CT mode's turn-rate random-walk density
     * @param switchProbability probability per scan of leaving either mode, in (0, 1)
     * @param initialTurnRateSigmaRadPerS standard deviation of the CT mode's turn rate at initiation (mean 0)
     */
    public record ImmModels(
            double cvProcessNoiseM2PerS3,
            double ctAccelerationDensityM2PerS3,
            double turnRateDensityRad2PerS3,
            double switchProbability,
            double initialTurnRateSigmaRadPerS) {
        public ImmModels {
            Checks.positive("cvProcessNoiseM2PerS3", cvProcessNoiseM2PerS3, "m^2/s^3");
            Checks.positive("ctAccelerationDensityM2PerS3", ctAccelerationDensityM2PerS3, "m^2/s^3");
            Checks.positive("turnRateDensityRad2PerS3", turnRateDensityRad2PerS3, "rad^2/s^3");
            if (!(switchProbability > 0 && switchProbability < 1)) {
                throw new SteeldomeException(
                        TrackingError.INVALID_CONFIG,
                        "IMM switchProbability must be in (0, 1), got " + switchProbability);
            }
            Checks.positive("initialTurnRateSigmaRadPerS", initialTurnRateSigmaRadPerS, "rad/s");
        }

        /**
         * Air-target defaults: CV q = 1 m^2/s^3, CT q = 10 m^2/s^3 with turn-rate density 1e-3 rad^2/s^3, 5 % switch
         * probability per scan, initial turn-rate sigma 6 deg/s (twice a standard-rate turn).
         */
        public static ImmModels defaults() {
            return new ImmModels(1, 10, 1e-3, 0.05, Math.toRadians(6));
        }
    }

    /** An EKF or UKF tracker; the IMM modes get their defaults. */
    public static FilteredTrackerConfig of(TrackerConfig base, FilterChoice filter) {
        return new FilteredTrackerConfig(base, filter, ImmModels.defaults());
    }

    /** A CV + CT IMM tracker. */
    public static FilteredTrackerConfig imm(TrackerConfig base, ImmModels imm) {
        return new FilteredTrackerConfig(base, FilterChoice.IMM, imm);
    }
}
