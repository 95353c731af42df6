package io.steeldome.defence.wta;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.effector.EffectorError;
import io.steeldome.defence.engagement.InterceptSolution;
import io.steeldome.defence.threat.ThreatClass;
import io.steeldome.tracking.tracker.TrackId;
import java.util.Objects;

/**
 * One feasible effector-target pair offered to the assigner; each chosen shot uses one round of the effector.
 *
 * @param targetValue value at risk if the target survives (same unit as {@code costPerShotUsd} if the cost rule is
 *     used)
 * @param pk single-shot kill probability in (0, 1]
 */
public record EngagementOption(
        String effectorId,
        TrackId targetId,
        double targetValue,
        double pk,
        InterceptSolution solution,
        double costPerShotUsd) {
    public EngagementOption {
        if (effectorId == null || effectorId.isBlank()) {
            throw new SteeldomeException(EffectorError.BLANK_NAME, "effectorId");
        }
        Objects.requireNonNull(targetId, "targetId");
        Checks.nonNegative("targetValue", targetValue, "");
        Checks.positive("pk", pk, "");
        Checks.inRange("pk", pk, 0, 1, "");
        Objects.requireNonNull(solution, "solution");
        Checks.nonNegative("costPerShotUsd", costPerShotUsd, "USD");
    }

    /**
     * The option for {@code effector} against a target of class {@code threat}, with the spec's Pk and cost.
     *
     * @throws SteeldomeException if the spec cannot engage {@code threat} (the solver would have found no solution)
     */
    public static EngagementOption of(
            Effector effector, TrackId targetId, double targetValue, ThreatClass threat, InterceptSolution solution) {
        double pk = effector.spec()
                .pk(threat)
                .orElseThrow(() -> new SteeldomeException(
                        WtaError.NOT_ENGAGEABLE, effector.id(), effector.spec().layerName(), threat));
        return new EngagementOption(
                effector.id(),
                targetId,
                targetValue,
                pk,
                solution,
                effector.spec().costPerShotUsd());
    }
}
