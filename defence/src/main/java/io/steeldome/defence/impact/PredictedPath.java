package io.steeldome.defence.impact;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;

/**
 * Where a threat is predicted to be, from its track estimate (never from ground truth), in the scenario's local ENU
 * frame. Valid from {@link #startTime()} to {@link #endTime()}, the predicted impact (or the prediction horizon).
 */
public interface PredictedPath {
    SimTime startTime();

    SimTime endTime();

    /** Predicted position at {@code time}, clamped to [startTime, endTime]. */
    EnuVector positionAt(SimTime time);
}
