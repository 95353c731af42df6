package io.steeldome.sim.scenario;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.defence.threat.ThreatClass;
import java.util.List;
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
 * @param engages the threat classes this battery is tasked against (a subset of those its layer can engage);
 *     empty = every class the layer can engage. A fire-unit tasking, e.g. an upper tier kept for ballistic missiles
 *     rather than spent on drones.
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
        OptionalDouble reloadS,
        List<ThreatClass> engages) {
    public EffectorConfig {
        Fields.notBlank("effector id", id);
        Fields.atLeast("magazine", magazine, 0);
        Fields.positive("maxRangeM", maxRangeM, "m");
        Fields.nonNegative("minRangeM", minRangeM, "m");
        Fields.positive("maxAltitudeM", maxAltitudeM, "m");
        Fields.nonNegative("costPerShot", costPerShot, "");
        Fields.nonNegative("reloadS", reloadS, "s");
        engages = List.copyOf(engages);
        if (minRangeM.isPresent() && maxRangeM.isPresent() && !(minRangeM.getAsDouble() < maxRangeM.getAsDouble())) {
            throw new SteeldomeException(
                    ScenarioError.RANGE_ORDER, id, minRangeM.getAsDouble(), maxRangeM.getAsDouble());
        }
    }
}
