package io.steeldome.sim.scenario;

/** Kinds of sensor a scenario can place. */
public enum SensorType implements YamlEnum {
    RADAR("radar");

    private final String yamlName;

    SensorType(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
