package io.steeldome.sim.scenario;

/** Kinds of border surveillance station. */
public enum StationType implements YamlEnum {
    RADAR_TOWER("radar-tower"),
    EO_IR_TOWER("eo-ir-tower"),
    OUTPOST("outpost"),
    /** Unattended ground sensor. */
    UGS("ugs");

    private final String yamlName;

    StationType(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
