package io.steeldome.sim.run;

/** A threat-evaluation verdict on a track, logged when it first appears and whenever it changes. */
public record DecisionRecord(
        double timeS,
        long trackId,
        String inferredClass,
        boolean engage,
        double maxHitProbability,
        double valueAtRisk,
        double timeToImpactS,
        String explanation) {}
