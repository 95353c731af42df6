package io.steeldome.tracking.initiate;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;

/**
 * M-of-N confirmation: a tentative track is confirmed once it has {@code hits} detections (its first detection
 * included) within its first {@code window} counted scans, and fails (is deleted) as soon as that has become
 * impossible, i.e. after more than {@code window - hits} misses. Tentative tracks therefore die faster than confirmed
 * ones.
 */
public record MOfNConfirmation(int hits, int window) {
    public MOfNConfirmation {
        if (hits < 1 || window < hits) {
            throw new SteeldomeException(
                    TrackingError.INVALID_CONFIG, "M-of-N needs 1 <= M <= N, got M=" + hits + ", N=" + window);
        }
    }

    public boolean isConfirmed(int trackHits) {
        return trackHits >= hits;
    }

    public boolean hasFailed(int trackHits, int trackMisses) {
        return trackHits < hits && trackMisses > window - hits;
    }
}
