package io.steeldome.sensors.radar;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EcefPoint;
import io.steeldome.sensors.SensorError;
import io.steeldome.sensors.detection.Swerling;
import io.steeldome.sensors.signature.TargetType;
import java.util.Objects;

/**
 * Ground truth of one target at scan time, as the simulation hands it to a sensor. ECEF keeps sensors independent of
 * the scenario frame.
 *
 * @param targetId unique within one scan; used only for statistics, never copied into a plot
 * @param positionEcef true position
 * @param rcsM2 mean radar cross-section, m^2
 * @param swerling RCS fluctuation model
 */
public record TargetSnapshot(String targetId, EcefPoint positionEcef, double rcsM2, Swerling swerling) {
    public TargetSnapshot {
        if (targetId == null || targetId.isBlank()) {
            throw new SteeldomeException(SensorError.BLANK_ID, "targetId", targetId);
        }
        Objects.requireNonNull(positionEcef, "positionEcef");
        Checks.positive("rcsM2", rcsM2, "m^2");
        Objects.requireNonNull(swerling, "swerling");
    }

    /** A Swerling-1 target (the model of the first slice). */
    public TargetSnapshot(String targetId, EcefPoint positionEcef, double rcsM2) {
        this(targetId, positionEcef, rcsM2, Swerling.CASE_1);
    }

    /** A target of a catalogued type: its typical RCS and Swerling model. */
    public static TargetSnapshot of(String targetId, EcefPoint positionEcef, TargetType type) {
        return new TargetSnapshot(targetId, positionEcef, type.typicalRcsM2(), type.swerling());
    }
}
