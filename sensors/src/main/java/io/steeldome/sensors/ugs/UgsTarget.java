package io.steeldome.sensors.ugs;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.sensors.SensorError;
import io.steeldome.sensors.signature.TargetType;
import java.util.Objects;

/**
 * Ground truth of one target for an unattended ground sensor.
 *
 * @param targetId unique within one poll; statistics only, never copied into a report
 * @param position true position
 * @param type what it is
 */
public record UgsTarget(String targetId, GeodeticPoint position, TargetType type) {
    public UgsTarget {
        if (targetId == null || targetId.isBlank()) {
            throw new SteeldomeException(SensorError.BLANK_ID, "targetId", targetId);
        }
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(type, "type");
    }
}
