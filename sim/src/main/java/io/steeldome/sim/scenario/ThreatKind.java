package io.steeldome.sim.scenario;

import io.steeldome.defence.threat.ThreatClass;

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

    /** True for ballistic threats (flightTimeS applies), false for air-breathing ones (speed, height, waypoints). */
    public boolean ballistic() {
        return ballistic;
    }
}
