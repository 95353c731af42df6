package io.steeldome.defence.evaluate;

import io.steeldome.defence.threat.ThreatClass;

/**
 * Infers a threat class from one constant-velocity track estimate: speed, flight-path angle and height above
 * ground. A CV state carries no acceleration, so a rocket near its apogee (level, a few hundred m/s, a few km up)
 * looks like an aircraft; {@link ThreatEvaluator} therefore keeps a class once it has been ballistic when given the
 * previous classes, and tries the ballistic hypothesis for level tracks in the rocket envelope
 * ({@link #mayBeRocketNearApogee}). Rules, first match wins:
 *
 * <ol>
 *   <li>speed below {@value #DRONE_MAX_SPEED_MPS} m/s (~290 km/h, above a Shahed-136's 185 km/h and below cruise
 *       missiles): {@link ThreatClass#ONE_WAY_ATTACK_DRONE};
 *   <li>speed from {@value #BALLISTIC_MISSILE_MIN_SPEED_MPS} m/s (beyond rockets' ~700 m/s and any aircraft's ~Mach
 *       2.5) or height from {@value #BALLISTIC_MISSILE_MIN_HEIGHT_AGL_M} m above ground (above any aircraft's
 *       ceiling and a 40 km rocket's ~10 km apogee): {@link ThreatClass#BALLISTIC_MISSILE};
 *   <li>climbing or diving at {@value #STEEP_ANGLE_DEG} degrees or more at {@value #ROCKET_MIN_SPEED_MPS} m/s or
 *       faster (air-breathers cruise level): {@link ThreatClass#ROCKET};
 *   <li>level (shallower than that) below {@value #CRUISE_MAX_HEIGHT_AGL_M} m above ground (terrain-following):
 *       {@link ThreatClass#CRUISE_MISSILE};
 *   <li>level and higher: {@link ThreatClass#AIRCRAFT};
 *   <li>anything else (slow and steep, e.g. a diving drone that sped up): {@link ThreatClass#UNKNOWN}.
 * </ol>
 */
public final class KinematicClassifier {
    public static final double DRONE_MAX_SPEED_MPS = 80;
    public static final double BALLISTIC_MISSILE_MIN_SPEED_MPS = 1_000;
    public static final double BALLISTIC_MISSILE_MIN_HEIGHT_AGL_M = 25_000;
    public static final double STEEP_ANGLE_DEG = 20;
    public static final double ROCKET_MIN_SPEED_MPS = 150;
    public static final double CRUISE_MAX_HEIGHT_AGL_M = 300;

    private KinematicClassifier() {}

    /**
     * @param velocityEnuMps [ve, vn, vu], m/s
     * @param heightAglM height above the ground, m
     */
    public static ThreatClass classify(double[] velocityEnuMps, double heightAglM) {
        double horizontal = Math.hypot(velocityEnuMps[0], velocityEnuMps[1]);
        double speed = Math.hypot(horizontal, velocityEnuMps[2]);
        double pathAngleDeg = Math.toDegrees(Math.atan2(Math.abs(velocityEnuMps[2]), horizontal));
        if (speed < DRONE_MAX_SPEED_MPS) {
            return ThreatClass.ONE_WAY_ATTACK_DRONE;
        }
        if (speed >= BALLISTIC_MISSILE_MIN_SPEED_MPS || heightAglM >= BALLISTIC_MISSILE_MIN_HEIGHT_AGL_M) {
            return ThreatClass.BALLISTIC_MISSILE;
        }
        boolean steep = pathAngleDeg >= STEEP_ANGLE_DEG;
        if (steep) {
            return speed >= ROCKET_MIN_SPEED_MPS ? ThreatClass.ROCKET : ThreatClass.UNKNOWN;
        }
        return heightAglM < CRUISE_MAX_HEIGHT_AGL_M ? ThreatClass.CRUISE_MISSILE : ThreatClass.AIRCRAFT;
    }

    /** Highest apogee above ground considered for rockets, m (a 60 km artillery rocket arcs to ~15 km). */
    public static final double ROCKET_MAX_APOGEE_AGL_M = 15_000;

    /**
     * Whether a level track could be a rocket at the top of its arc: rocket speeds ({@value #ROCKET_MIN_SPEED_MPS}
     * to {@value #BALLISTIC_MISSILE_MIN_SPEED_MPS} m/s) below {@value #ROCKET_MAX_APOGEE_AGL_M} m above ground.
     */
    public static boolean mayBeRocketNearApogee(double[] velocityEnuMps, double heightAglM) {
        double speed = Math.sqrt(velocityEnuMps[0] * velocityEnuMps[0]
                + velocityEnuMps[1] * velocityEnuMps[1]
                + velocityEnuMps[2] * velocityEnuMps[2]);
        return classify(velocityEnuMps, heightAglM) == ThreatClass.AIRCRAFT
                && speed >= ROCKET_MIN_SPEED_MPS
                && heightAglM < ROCKET_MAX_APOGEE_AGL_M;
    }

    /** Rockets and ballistic missiles, whose impact follows from gravity. */
    public static boolean isBallistic(ThreatClass c) {
        return c == ThreatClass.ROCKET || c == ThreatClass.BALLISTIC_MISSILE;
    }
}
