package io.steeldome.sim.scenario;

import io.steeldome.sensors.eoir.EoirSensor;

/** Named EO/IR turret parameter sets of the sensors module that a scenario can start from. */
public enum EoirPreset implements YamlEnum {
    /** {@link EoirSensor#borderTower}: long-range day camera and cooled MWIR; the default. */
    BORDER_TOWER("border-tower"),
    /** {@link EoirSensor#shortRange}: 100 mm day camera and uncooled LWIR. */
    SHORT_RANGE("short-range");

    /** The preset of an EO/IR sensor that names none. */
    public static final EoirPreset DEFAULT = BORDER_TOWER;

    private final String yamlName;

    EoirPreset(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** The sensors module's turret for this preset, before a scenario's overrides. */
    public EoirSensor sensor(String id) {
        return switch (this) {
            case BORDER_TOWER -> EoirSensor.borderTower(id);
            case SHORT_RANGE -> EoirSensor.shortRange(id);
        };
    }
}
