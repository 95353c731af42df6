package io.steeldome.border.crossing;

import io.steeldome.core.time.SimTime;
import io.steeldome.sensors.eoir.EoirSensor;

/**
 * Local time of day from simulation time, with the scenario epoch at local midnight (assumed), and a fixed day from
 * {@link #DAWN_H} to {@link #DUSK_H}: a 12-hour equinox day, ignoring season, latitude and twilight.
 */
public final class DayClock {
    public static final double DAWN_H = 6;
    public static final double DUSK_H = 18;
    public static final double DAY_S = 86_400;

    private DayClock() {}

    /** Hours since local midnight, in [0, 24). */
    public static double hourOfDay(SimTime time) {
        double s = time.seconds() % DAY_S;
        return (s < 0 ? s + DAY_S : s) / 3600;
    }

    public static boolean isDay(SimTime time) {
        double h = hourOfDay(time);
        return h >= DAWN_H && h < DUSK_H;
    }

    /** Which EO/IR channel is in use: the day camera in daylight, the thermal one at night. */
    public static EoirSensor.Illumination illumination(SimTime time) {
        return isDay(time) ? EoirSensor.Illumination.DAY : EoirSensor.Illumination.NIGHT;
    }
}
