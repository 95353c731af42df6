package io.steeldome.sensors.eoir;

import io.steeldome.core.error.Checks;

/**
 * A pan (azimuth) positioner: constant slew rate, then a settling time before the image is usable.
 *
 * @param slewRateRadPerS maximum pan rate, rad/s
 * @param settleTimeS time to settle after a move, s
 */
public record Gimbal(double slewRateRadPerS, double settleTimeS) {
    public Gimbal {
        Checks.positive("slewRateRadPerS", slewRateRadPerS, "rad/s");
        Checks.nonNegative("settleTimeS", settleTimeS, "s");
    }

    /** Time to turn from {@code fromAzimuthRad} to {@code toAzimuthRad} the short way and settle, s (0 if already there). */
    public double slewTimeS(double fromAzimuthRad, double toAzimuthRad) {
        Checks.finite("fromAzimuthRad", fromAzimuthRad);
        Checks.finite("toAzimuthRad", toAzimuthRad);
        double delta = Math.abs(Math.IEEEremainder(toAzimuthRad - fromAzimuthRad, 2 * Math.PI));
        return delta == 0 ? 0 : delta / slewRateRadPerS + settleTimeS;
    }
}
