package io.steeldome.defence.effector;

import io.steeldome.core.error.Checks;

/**
 * Interceptor fly-out: a uniform acceleration from rest to {@code coastSpeedMps} over {@code boostTimeS}, then
 * constant {@code coastSpeedMps}. The coast speed is the mean speed after burnout (it absorbs drag losses), so the
 * model needs only the two figures open sources quote. Time to cover a slant range r:
 *
 * <pre>
 *   r <= rb = v tb / 2 : t = sqrt(2 r tb / v)
 *   r >  rb            : t = tb / 2 + r / v
 * </pre>
 *
 * which is continuous, strictly increasing and C1 in r; with tb = 0 it is r / v. A straight-line path is assumed
 * (no lead-pursuit curvature), so the fly-out time is a lower bound for a real interceptor.
 */
public record Flyout(double boostTimeS, double coastSpeedMps) {
    public Flyout {
        Checks.nonNegative("boostTimeS", boostTimeS, "s");
        Checks.positive("coastSpeedMps", coastSpeedMps, "m/s");
    }

    /** A constant-speed interceptor (no boost phase). */
    public static Flyout constantSpeed(double speedMps) {
        return new Flyout(0.0, speedMps);
    }

    /** Distance covered by the end of the boost phase. */
    public double boostRangeM() {
        return 0.5 * coastSpeedMps * boostTimeS;
    }

    /** Time from launch to reach slant range {@code rangeM}. */
    public double flyoutTimeS(double rangeM) {
        Checks.nonNegative("rangeM", rangeM, "m");
        if (rangeM <= boostRangeM()) {
            return Math.sqrt(2 * rangeM * boostTimeS / coastSpeedMps);
        }
        return 0.5 * boostTimeS + rangeM / coastSpeedMps;
    }
}
