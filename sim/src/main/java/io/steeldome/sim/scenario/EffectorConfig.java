package io.steeldome.sim.scenario;

import io.steeldome.core.error.SteeldomeException;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * An effector battery. The parameters after {@code position} optionally override the layer's defaults.
 *
 * @param magazine interceptors (or bursts) ready to fire, >= 0
 * @param maxRangeM outer engagement range, m
 * @param minRangeM inner engagement range, m (less than maxRangeM)
 * @param maxAltitudeM engagement ceiling, m
 * @param costPerShot cost of one shot, US dollars
 * @param reloadS time to reload the magazine, s
 */
public record EffectorConfig(
        String id,
        EffectorLayer layer,
        GeoPosition position,
        OptionalInt magazine,
        OptionalDouble maxRangeM,
        OptionalDouble minRangeM,
        OptionalDouble maxAltitudeM,
        OptionalDouble costPerShot,
        OptionalDouble reloadS) {
    public EffectorConfig {
        Fields.notBlank("effector id", id);
        Fields.atLeast("magazine", magazine, 0);
        Fields.positive("maxRangeM", maxRangeM, "m");
        Fields.nonNegative("minRangeM", minRangeM, "m");
        Fields.positive("maxAltitudeM", maxAltitudeM, "m");
        Fields.nonNegative("costPerShot", costPerShot, "");
        Fields.nonNegative("reloadS", reloadS, "s");
        if (minRangeM.isPresent() && maxRangeM.isPresent() && !(minRangeM.getAsDouble() < maxRangeM.getAsDouble())) {
            throw new SteeldomeException(
                    ScenarioError.RANGE_ORDER, id, minRangeM.getAsDouble(), maxRangeM.getAsDouble());
        }
    }
}
