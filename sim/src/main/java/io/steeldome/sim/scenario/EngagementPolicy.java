package io.steeldome.sim.scenario;

/** Firing doctrine against one target. */
public enum EngagementPolicy implements YamlEnum {
    /** Fire one interceptor, assess, fire again only if the target survived. */
    SHOOT_LOOK_SHOOT("shoot-look-shoot"),
    /** Fire a salvo of {@code salvoSize} interceptors (default 2) at once, then look. */
    SHOOT_SHOOT("shoot-shoot");

    private final String yamlName;

    EngagementPolicy(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
