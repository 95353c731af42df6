package io.steeldome.defence.effector;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;

/**
 * Where an interceptor can kill a target: slant range from the effector site and altitude above the site (both
 * closed intervals). Altitude may go below zero when the site stands on a ridge above the defended area.
 */
public record Envelope(double minRangeM, double maxRangeM, double minAltitudeM, double maxAltitudeM) {
    public Envelope {
        Checks.nonNegative("minRangeM", minRangeM, "m");
        Checks.positive("maxRangeM", maxRangeM, "m");
        Checks.finite("minAltitudeM", minAltitudeM);
        Checks.positive("maxAltitudeM", maxAltitudeM, "m");
        if (!(minRangeM < maxRangeM)) {
            throw new SteeldomeException(EffectorError.EMPTY_INTERVAL, "range", minRangeM, maxRangeM, "m");
        }
        if (!(minAltitudeM < maxAltitudeM)) {
            throw new SteeldomeException(EffectorError.EMPTY_INTERVAL, "altitude", minAltitudeM, maxAltitudeM, "m");
        }
    }

    public boolean containsAltitude(double altitudeM) {
        return altitudeM >= minAltitudeM && altitudeM <= maxAltitudeM;
    }
}
