package io.steeldome.sim.scenario;

import java.util.List;

/** The border part of a scenario: segments to watch and the stations watching them. */
public record BorderConfig(List<BorderSegmentConfig> segments, List<StationConfig> stations) {
    public BorderConfig {
        segments = List.copyOf(segments);
        stations = List.copyOf(stations);
    }
}
