package io.steeldome.tracking.tracker;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.state.GaussianState;

/**
 * An immutable snapshot of one track after a scan: its current estimate (at the scan time, updated or coasted),
 * status, and bookkeeping counts.
 *
 * @param lastUpdate the time of the last detection associated with it
 * @param hits detections associated so far
 * @param consecutiveMisses scans since the last associated detection
 */
public record Track(
        TrackId id, GaussianState state, TrackStatus status, SimTime lastUpdate, int hits, int consecutiveMisses) {
    public boolean isConfirmed() {
        return status == TrackStatus.CONFIRMED;
    }
}
