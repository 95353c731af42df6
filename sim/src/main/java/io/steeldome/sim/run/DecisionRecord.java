package io.steeldome.sim.run;

import java.util.Optional;

/**
 * A threat-evaluation verdict on a track, logged when it first appears and whenever it changes.
 *
 * @param impact the predicted ground impact behind the verdict; empty for tracks with no predicted impact
 */
public record DecisionRecord(
        double timeS,
        long trackId,
        String inferredClass,
        boolean engage,
        double maxHitProbability,
        double valueAtRisk,
        double timeToImpactS,
        String explanation,
        Optional<PredictedImpact> impact) {
    /** A verdict without a predicted impact. */
    public DecisionRecord(
            double timeS,
            long trackId,
            String inferredClass,
            boolean engage,
            double maxHitProbability,
            double valueAtRisk,
            double timeToImpactS,
            String explanation) {
        this(
                timeS,
                trackId,
                inferredClass,
                engage,
                maxHitProbability,
                valueAtRisk,
                timeToImpactS,
                explanation,
                Optional.empty());
    }
}
