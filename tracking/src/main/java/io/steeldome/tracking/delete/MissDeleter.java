package io.steeldome.tracking.delete;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.state.StateLayout;
import io.steeldome.tracking.tracker.Track;

/**
 * Deletes a confirmed track after {@code maxConsecutiveMisses} counted misses in a row, or once its position is so
 * uncertain ({@code sqrt(trace of the position covariance)} above {@code maxPositionSigmaM}) that it no longer says
 * where the target is. Tentative tracks are ruled by {@link io.steeldome.tracking.initiate.MOfNConfirmation}.
 */
public record MissDeleter(int maxConsecutiveMisses, double maxPositionSigmaM) {
    public MissDeleter {
        if (maxConsecutiveMisses < 1) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG, "maxConsecutiveMisses must be >= 1, got " + maxConsecutiveMisses);
        }
        Checks.positive("maxPositionSigmaM", maxPositionSigmaM, "m");
    }

    public boolean shouldDelete(Track track) {
        if (track.consecutiveMisses() >= maxConsecutiveMisses) {
            return true;
        }
        double trace = track.state().covarianceAt(StateLayout.EAST, StateLayout.EAST)
                + track.state().covarianceAt(StateLayout.NORTH, StateLayout.NORTH)
                + track.state().covarianceAt(StateLayout.UP, StateLayout.UP);
        return !(trace <= maxPositionSigmaM * maxPositionSigmaM);
    }
}
