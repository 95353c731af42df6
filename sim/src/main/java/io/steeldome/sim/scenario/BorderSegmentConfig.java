package io.steeldome.sim.scenario;

import io.steeldome.core.error.SteeldomeException;
import java.util.List;

/** A stretch of border as a line of at least two points (read inline or from a GeoJSON LineString file). */
public record BorderSegmentConfig(String id, String name, List<LatLon> line) {
    public BorderSegmentConfig {
        Fields.notBlank("border segment id", id);
        Fields.notBlank("border segment name", name);
        line = List.copyOf(line);
        if (line.size() < 2) {
            throw new SteeldomeException(ScenarioError.TOO_FEW_POINTS, "border line " + id, 2, line.size());
        }
    }
}
