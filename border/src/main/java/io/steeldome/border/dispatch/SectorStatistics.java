package io.steeldome.border.dispatch;

import io.steeldome.core.error.Checks;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Performance of one border sector over an observation period.
 *
 * @param sectorId the sector
 * @param crossings true crossings in the period
 * @param detectedCrossings crossings that raised at least one true alert
 * @param meanTimeToDetectS mean time from crossing start to its first detection, s (empty if none detected)
 * @param responses alerts a patrol reached
 * @param meanTimeToRespondS mean time from alert to patrol arrival, s (empty if none)
 * @param falseAlerts alerts with no crossing behind them
 * @param observedS length of the observation period, s
 */
public record SectorStatistics(
        String sectorId,
        int crossings,
        int detectedCrossings,
        OptionalDouble meanTimeToDetectS,
        int responses,
        OptionalDouble meanTimeToRespondS,
        int falseAlerts,
        double observedS) {
    private static final double DAY_S = 86_400;

    public SectorStatistics {
        Objects.requireNonNull(sectorId, "sectorId");
        Checks.inRange("detectedCrossings", detectedCrossings, 0, crossings, "");
        Checks.nonNegative("responses", responses, "");
        Checks.nonNegative("falseAlerts", falseAlerts, "");
        Checks.positive("observedS", observedS, "s");
        Objects.requireNonNull(meanTimeToDetectS, "meanTimeToDetectS");
        Objects.requireNonNull(meanTimeToRespondS, "meanTimeToRespondS");
    }

    /** Fraction of crossings detected (empty if there were none). */
    public OptionalDouble detectionProbability() {
        return crossings == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) detectedCrossings / crossings);
    }

    /** False alerts per day of observation. */
    public double falseAlertsPerDay() {
        return falseAlerts * DAY_S / observedS;
    }
}
