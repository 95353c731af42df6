package io.steeldome.sensors.radar;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;
import java.util.List;

/**
 * What one scan produced: the plots for the tracker, plus truth-side statistics for the simulation log. Only
 * {@link #plots()} may be given to a tracker.
 *
 * @param plots all plots (target and false), sorted by azimuth so their order reveals nothing
 * @param targetsInCoverage targets inside range, elevation and line-of-sight coverage
 * @param detectedTargetIds ids of the targets that produced a plot, sorted
 * @param falseAlarms number of false plots in {@code plots}
 */
public record ScanResult(List<Plot> plots, int targetsInCoverage, List<String> detectedTargetIds, int falseAlarms) {
    public ScanResult {
        plots = List.copyOf(plots);
        detectedTargetIds = List.copyOf(detectedTargetIds);
        if (targetsInCoverage < 0) {
            throw new SteeldomeException(SensorError.COUNT_NEGATIVE, "targetsInCoverage", targetsInCoverage);
        }
        if (falseAlarms < 0) {
            throw new SteeldomeException(SensorError.COUNT_NEGATIVE, "falseAlarms", falseAlarms);
        }
    }

    public int targetsDetected() {
        return detectedTargetIds.size();
    }
}
