package io.steeldome.sim.scenario;

import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.sensors.signature.TargetType;

/**
 * Kinds of threat a scenario can launch. Ballistic ones fly a ballistic arc from launch to aim (optionally with a
 * given flight time); air-breathing ones fly at a cruise height through waypoints.
 */
public enum ThreatKind implements YamlEnum {
    GRAD_ROCKET("grad-rocket", ThreatClass.ROCKET, true),
    SRBM("srbm", ThreatClass.BALLISTIC_MISSILE, true),
    SHAHED_DRONE("shahed-drone", ThreatClass.ONE_WAY_ATTACK_DRONE, false),
    CRUISE_MISSILE("cruise-missile", ThreatClass.CRUISE_MISSILE, false),
    AIRCRAFT("aircraft", ThreatClass.AIRCRAFT, false);

    private final String yamlName;
    private final ThreatClass threatClass;
    private final boolean ballistic;

    ThreatKind(String yamlName, ThreatClass threatClass, boolean ballistic) {
        this.yamlName = yamlName;
        this.threatClass = threatClass;
        this.ballistic = ballistic;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** The defence module's class of this threat. */
    public ThreatClass threatClass() {
        return threatClass;
    }

    /**
     * The signature-catalogue type a camera sees: the Shahed class for drones, the re-entry vehicle (1 m critical
     * dimension) for rockets and ballistic missiles (a 122 mm rocket, about 0.6 m, is smaller: camera ranges for it
     * are optimistic), the cruise missile, and the fighter for aircraft.
     */
    public TargetType signature() {
        return switch (this) {
            case GRAD_ROCKET, SRBM -> TargetType.BALLISTIC_RV;
            case SHAHED_DRONE -> TargetType.SHAHED_CLASS_DRONE;
            case CRUISE_MISSILE -> TargetType.CRUISE_MISSILE;
            case AIRCRAFT -> TargetType.FIGHTER;
        };
    }

    /** True for ballistic threats (flightTimeS applies), false for air-breathing ones (speed, height, waypoints). */
    public boolean ballistic() {
        return ballistic;
    }
}
