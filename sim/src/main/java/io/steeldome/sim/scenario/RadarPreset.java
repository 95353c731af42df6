package io.steeldome.sim.scenario;

/** Named radar parameter sets of the sensors module that a scenario can start from. */
public enum RadarPreset implements YamlEnum {
    /** {@code io.steeldome.sensors.spec.RadarSpec.longRangeSurveillance()}. */
    LONG_RANGE_SURVEILLANCE("long-range-surveillance"),
    /** {@code io.steeldome.sensors.spec.RadarSpec.multiMission()}. */
    MULTI_MISSION("multi-mission");

    private final String yamlName;

    RadarPreset(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
