package io.steeldome.defence.wta;

import io.steeldome.core.error.Checks;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Doctrine knobs of the greedy assigner.
 *
 * @param maxShotsPerTarget shots at one target in one round (2 = shoot-shoot)
 * @param minGain stop when the best shot saves no more than this expected value
 * @param costFactor when present, skip a shot whose cost exceeds {@code costFactor} times the expected value it saves
 *     (cost-effectiveness rule); empty = off
 */
public record AssignmentRules(int maxShotsPerTarget, double minGain, OptionalDouble costFactor) {
    /** Shoot-shoot, any positive gain, no cost rule. */
    public static final AssignmentRules DEFAULT = new AssignmentRules(2, 1e-9, OptionalDouble.empty());

    public AssignmentRules {
        Checks.inRange("maxShotsPerTarget", maxShotsPerTarget, 1, Integer.MAX_VALUE, "shots");
        Checks.nonNegative("minGain", minGain, "");
        Objects.requireNonNull(costFactor, "costFactor");
        if (costFactor.isPresent()) {
            Checks.positive("costFactor", costFactor.getAsDouble(), "");
        }
    }

    public AssignmentRules withMaxShotsPerTarget(int value) {
        return new AssignmentRules(value, minGain, costFactor);
    }

    public AssignmentRules withCostFactor(double value) {
        return new AssignmentRules(maxShotsPerTarget, minGain, OptionalDouble.of(value));
    }
}
