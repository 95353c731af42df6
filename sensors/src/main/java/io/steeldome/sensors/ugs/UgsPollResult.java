package io.steeldome.sensors.ugs;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;
import java.util.List;

/**
 * What one report period produced: the reports for the command post, plus truth-side statistics for the log. Only
 * {@link #reports()} may leave the simulation's truth side.
 *
 * @param reports one per detected target and per false alarm, in draw order
 * @param detectedTargetIds ids of targets that triggered a report, sorted
 * @param falseAlarms number of false reports
 */
public record UgsPollResult(List<UgsReport> reports, List<String> detectedTargetIds, int falseAlarms) {
    public UgsPollResult {
        reports = List.copyOf(reports);
        detectedTargetIds = List.copyOf(detectedTargetIds);
        if (falseAlarms < 0) {
            throw new SteeldomeException(SensorError.COUNT_NEGATIVE, "falseAlarms", falseAlarms);
        }
    }
}
