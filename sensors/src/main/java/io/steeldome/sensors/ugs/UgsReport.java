package io.steeldome.sensors.ugs;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.util.Objects;

/**
 * One activation of an unattended ground sensor, as sent to the command post: where the sensor is, what kind it is and
 * when it fired. No target position, id or false-alarm flag.
 */
public record UgsReport(SimTime time, String sensorId, GeodeticPoint sensorPosition, UgsModality modality) {
    public UgsReport {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(sensorId, "sensorId");
        Objects.requireNonNull(sensorPosition, "sensorPosition");
        Objects.requireNonNull(modality, "modality");
    }
}
