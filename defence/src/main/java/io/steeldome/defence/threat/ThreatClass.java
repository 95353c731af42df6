package io.steeldome.defence.threat;

/** Broad kinds of air threat; effectors' kill probabilities and the impact predictor's motion model key on it. */
public enum ThreatClass {
    ROCKET,
    BALLISTIC_MISSILE,
    CRUISE_MISSILE,
    ONE_WAY_ATTACK_DRONE,
    AIRCRAFT,
    UNKNOWN
}
