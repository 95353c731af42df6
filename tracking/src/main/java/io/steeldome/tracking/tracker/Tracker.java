package io.steeldome.tracking.tracker;

import io.steeldome.core.time.SimTime;
import java.util.List;

/**
 * A multi-target tracker fed one scan at a time. Confined to one thread; returns an immutable snapshot of all live
 * tracks (tentative and confirmed) after each scan.
 */
public interface Tracker {
    /**
     * Processes all detections of one scan taken at {@code time}. Scans must come in non-decreasing time order; an
     * out-of-sequence scan is rejected with an exception, never silently misapplied.
     */
    List<Track> process(SimTime time, List<Detection> detections);

    /** The live tracks as of the last processed scan. */
    List<Track> tracks();
}
