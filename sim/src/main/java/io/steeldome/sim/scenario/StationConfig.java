package io.steeldome.sim.scenario;

/** A border surveillance station. */
public record StationConfig(String id, StationType type, GeoPosition position) {
    public StationConfig {
        Fields.notBlank("station id", id);
    }
}
