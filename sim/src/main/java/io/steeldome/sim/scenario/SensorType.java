package io.steeldome.sim.scenario;

/** Kinds of sensor a scenario can place. */
public enum SensorType implements YamlEnum {
    RADAR("radar"),
    /** An electro-optical/infrared camera turret ({@link EoirConfig}). */
    EO_IR("eo-ir"),
    /** An unattended ground sensor ({@link UgsConfig}). */
    UGS("ugs");

    private final String yamlName;

    SensorType(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
