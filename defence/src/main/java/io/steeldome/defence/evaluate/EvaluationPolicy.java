package io.steeldome.defence.evaluate;

import io.steeldome.core.error.Checks;

/**
 * Settings of the threat evaluator.
 *
 * @param engageThreshold engage only if P(hit) of some asset reaches this (Iron Dome's economy: a rocket heading
 *     for an empty field is not engaged)
 * @param levelFlightHorizonS how far ahead level-flight paths are continued, s
 * @param minUrgencyTimeS floor of the time to impact in urgency = 1 / max(timeToImpact, floor), s
 */
public record EvaluationPolicy(double engageThreshold, double levelFlightHorizonS, double minUrgencyTimeS) {
    public static final EvaluationPolicy DEFAULT = new EvaluationPolicy(0.05, 900, 1);

    public EvaluationPolicy {
        Checks.inRange("engageThreshold", engageThreshold, 0, 1, "");
        Checks.positive("levelFlightHorizonS", levelFlightHorizonS, "s");
        Checks.positive("minUrgencyTimeS", minUrgencyTimeS, "s");
    }
}
