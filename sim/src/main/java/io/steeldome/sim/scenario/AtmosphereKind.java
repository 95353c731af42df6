package io.steeldome.sim.scenario;

import io.steeldome.sensors.eoir.Atmosphere;

/** Named atmospheres of the sensors module for EO/IR extinction. */
public enum AtmosphereKind implements YamlEnum {
    /** {@link Atmosphere#clear()}: 23 km visibility; the default. */
    CLEAR("clear"),
    /** {@link Atmosphere#haze()}: 5 km visibility. */
    HAZE("haze"),
    /** {@link Atmosphere#lightFog()}: 1 km visibility. */
    LIGHT_FOG("light-fog");

    private final String yamlName;

    AtmosphereKind(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** The sensors module's atmosphere. */
    public Atmosphere atmosphere() {
        return switch (this) {
            case CLEAR -> Atmosphere.clear();
            case HAZE -> Atmosphere.haze();
            case LIGHT_FOG -> Atmosphere.lightFog();
        };
    }
}
