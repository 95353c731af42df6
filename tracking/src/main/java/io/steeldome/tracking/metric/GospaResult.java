package io.steeldome.tracking.metric;

/**
 * A GOSPA value and its decomposition. The parts are in metres like the total and satisfy
 * {@code distanceM^p = localisationM^p + missedM^p + falseM^p}.
 *
 * @param distanceM the GOSPA distance
 * @param localisationM contribution of assigned pairs closer than the cut-off
 * @param missedM contribution of truths without an estimate ({@code c^p / 2} each)
 * @param falseM contribution of estimates without a truth ({@code c^p / 2} each)
 */
public record GospaResult(
        double distanceM,
        double localisationM,
        double missedM,
        double falseM,
        int assignedCount,
        int missedCount,
        int falseCount) {}
