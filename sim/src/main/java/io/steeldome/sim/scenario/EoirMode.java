package io.steeldome.sim.scenario;

/** Which channel of an EO/IR turret is watched. */
public enum EoirMode implements YamlEnum {
    /** The day (reflective) channel only. */
    DAY("day"),
    /** The night (thermal) channel only. */
    NIGHT("night"),
    /** Both channels at once; each frame a task succeeds with the better channel's probability; the default. */
    BOTH("both");

    private final String yamlName;

    EoirMode(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
