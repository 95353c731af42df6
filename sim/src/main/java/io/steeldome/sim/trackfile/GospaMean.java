package io.steeldome.sim.trackfile;

/**
 * GOSPA averaged over a range of scans. The parts are the means of the per-scan parts of
 * {@link io.steeldome.tracking.metric.GospaResult} (each in metres, so they do not add up to the mean distance
 * unless p = 1).
 *
 * @param scans number of scans averaged
 * @param distanceM mean GOSPA distance
 * @param localisationM mean localisation part
 * @param missedM mean missed-target part
 * @param falseM mean false-track part
 * @param missedPerScan mean number of missed targets per scan
 * @param falsePerScan mean number of false tracks per scan
 */
public record GospaMean(
        int scans,
        double distanceM,
        double localisationM,
        double missedM,
        double falseM,
        double missedPerScan,
        double falsePerScan) {}
