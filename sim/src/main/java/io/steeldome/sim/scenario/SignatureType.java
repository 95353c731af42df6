package io.steeldome.sim.scenario;

import io.steeldome.sensors.signature.TargetType;

/** Target types of the sensors module's signature catalogue, as a scenario spells them. */
public enum SignatureType implements YamlEnum {
    /** {@link TargetType#SMALL_DRONE}. */
    SMALL_DRONE("small-drone", TargetType.SMALL_DRONE),
    /** {@link TargetType#SHAHED_CLASS_DRONE}. */
    SHAHED_CLASS_DRONE("shahed-class-drone", TargetType.SHAHED_CLASS_DRONE),
    /** {@link TargetType#CRUISE_MISSILE}. */
    CRUISE_MISSILE("cruise-missile", TargetType.CRUISE_MISSILE),
    /** {@link TargetType#BALLISTIC_RV}. */
    BALLISTIC_RV("ballistic-rv", TargetType.BALLISTIC_RV),
    /** {@link TargetType#FIGHTER}. */
    FIGHTER("fighter", TargetType.FIGHTER),
    /** {@link TargetType#AIRLINER}. */
    AIRLINER("airliner", TargetType.AIRLINER),
    /** {@link TargetType#PERSON}. */
    PERSON("person", TargetType.PERSON),
    /** {@link TargetType#VEHICLE}. */
    VEHICLE("vehicle", TargetType.VEHICLE);

    private final String yamlName;
    private final TargetType type;

    SignatureType(String yamlName, TargetType type) {
        this.yamlName = yamlName;
        this.type = type;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** The sensors module's type. */
    public TargetType type() {
        return type;
    }
}
