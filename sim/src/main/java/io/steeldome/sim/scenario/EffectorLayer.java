package io.steeldome.sim.scenario;

/** The layer an effector battery belongs to; the engine takes the layer's default envelope and magazine. */
public enum EffectorLayer implements YamlEnum {
    SHORT_RANGE("short-range"),
    MEDIUM_RANGE("medium-range"),
    UPPER_TIER("upper-tier"),
    IRON_DOME_CLASS("iron-dome-class"),
    C_UAS_GUN("c-uas-gun");

    private final String yamlName;

    EffectorLayer(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
