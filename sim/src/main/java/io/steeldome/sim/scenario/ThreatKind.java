package io.steeldome.sim.scenario;

import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.defence.threat.ThreatType;
import io.steeldome.sensors.signature.TargetType;

/**
 * Kinds of threat a scenario can launch. Ballistic ones fly a ballistic arc from launch to aim (optionally with a
 * given flight time); air-breathing ones fly at a cruise height through waypoints.
 */
public enum ThreatKind implements YamlEnum {
    GRAD_ROCKET("grad-rocket", ThreatType.GRAD_122MM),
    GRAD_ROCKET_EXTENDED("grad-rocket-extended", ThreatType.GRAD_122MM_EXTENDED),
    SRBM("srbm", ThreatType.SCUD_B),
    SRBM_LONG("srbm-long", ThreatType.SCUD_C),
    SHAHED_DRONE("shahed-drone", ThreatType.SHAHED_136),
    CRUISE_MISSILE("cruise-missile", ThreatType.CRUISE_MISSILE),
    AIRCRAFT("aircraft", ThreatType.STRIKE_AIRCRAFT),
    HELICOPTER("helicopter", ThreatType.ATTACK_HELICOPTER);

    private final String yamlName;
    private final ThreatType threatType;

    ThreatKind(String yamlName, ThreatType threatType) {
        this.yamlName = yamlName;
        this.threatType = threatType;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** The defence module's class of this threat. */
    public ThreatClass threatClass() {
        return threatType.threatClass();
    }

    /** The defence module's preset behind this kind: its defaults apply to every key a scenario leaves out. */
    public ThreatType threatType() {
        return threatType;
    }

    /**
     * Whether it hugs the terrain when the scenario has {@code terrain:} (cruise missiles and helicopters): its
     * cruise height is then kept above the terrain rather than above the ellipsoid.
     */
    public boolean followsTerrain() {
        return this == CRUISE_MISSILE || this == HELICOPTER;
    }

    /**
     * The signature-catalogue type a camera sees: the Shahed class for drones, the re-entry vehicle (1 m critical
     * dimension) for rockets and ballistic missiles (a 122 mm rocket, about 0.6 m, is smaller: camera ranges for it
     * are optimistic), the cruise missile, and the fighter for aircraft and helicopters (the catalogue has no
     * helicopter; its 2 m^2 fighter is smaller than a helicopter's ~5 m^2, so camera ranges for one are pessimistic).
     */
    public TargetType signature() {
        return switch (this) {
            case GRAD_ROCKET, GRAD_ROCKET_EXTENDED, SRBM, SRBM_LONG -> TargetType.BALLISTIC_RV;
            case SHAHED_DRONE -> TargetType.SHAHED_CLASS_DRONE;
            case CRUISE_MISSILE -> TargetType.CRUISE_MISSILE;
            case AIRCRAFT, HELICOPTER -> TargetType.FIGHTER;
        };
    }

    /** True for ballistic threats (flightTimeS applies), false for air-breathing ones (speed, height, waypoints). */
    public boolean ballistic() {
        return threatType.isBallistic();
    }
}
