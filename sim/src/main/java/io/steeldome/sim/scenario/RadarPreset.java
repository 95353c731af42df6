package io.steeldome.sim.scenario;

import io.steeldome.sensors.spec.RadarSpec;

/** Named radar parameter sets of the sensors module that a scenario can start from. */
public enum RadarPreset implements YamlEnum {
    /** {@link RadarSpec#longRangeSurveillance()}: the default when a sensor names no preset. */
    LONG_RANGE_SURVEILLANCE("long-range-surveillance"),
    /** {@link RadarSpec#multiMission()}. */
    MULTI_MISSION("multi-mission"),
    /** {@link RadarSpec#borderGroundSurveillance()}. */
    BORDER_GROUND_SURVEILLANCE("border-ground-surveillance");

    /** The preset of a sensor that names none. */
    public static final RadarPreset DEFAULT = LONG_RANGE_SURVEILLANCE;

    private final String yamlName;

    RadarPreset(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** The sensors module's parameters for this preset, before a scenario's overrides. */
    public RadarSpec spec() {
        return switch (this) {
            case LONG_RANGE_SURVEILLANCE -> RadarSpec.longRangeSurveillance();
            case MULTI_MISSION -> RadarSpec.multiMission();
            case BORDER_GROUND_SURVEILLANCE -> RadarSpec.borderGroundSurveillance();
        };
    }
}
