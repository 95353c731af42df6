package io.steeldome.sim.scenario;

import io.steeldome.sensors.ugs.UgsSpec;

/** Named unattended-ground-sensor parameter sets of the sensors module. */
public enum UgsPreset implements YamlEnum {
    /** {@link UgsSpec#seismic()}. */
    SEISMIC("seismic"),
    /** {@link UgsSpec#acoustic()}. */
    ACOUSTIC("acoustic"),
    /** {@link UgsSpec#passiveInfrared()}. */
    PASSIVE_INFRARED("passive-infrared");

    private final String yamlName;

    UgsPreset(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** The sensors module's parameters for this preset, before a scenario's overrides. */
    public UgsSpec spec() {
        return switch (this) {
            case SEISMIC -> UgsSpec.seismic();
            case ACOUSTIC -> UgsSpec.acoustic();
            case PASSIVE_INFRARED -> UgsSpec.passiveInfrared();
        };
    }
}
