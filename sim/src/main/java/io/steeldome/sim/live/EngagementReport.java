package io.steeldome.sim.live;

import java.util.Objects;

/**
 * One shot fired so far and its result (the result is the simulation's physics; no truth id is reported).
 *
 * @param result KILL, MISS, NO_TARGET_IN_BASKET or PENDING_AT_END while the interceptor flies
 * @param approvedBy who approved the recommendation it was fired as
 */
public record EngagementReport(
        int id,
        String effectorId,
        String layer,
        long trackId,
        double launchTimeS,
        double interceptTimeS,
        String result,
        String recommendationId,
        String approvedBy,
        String approvalMode) {
    public EngagementReport {
        Objects.requireNonNull(effectorId, "effectorId");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(recommendationId, "recommendationId");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvalMode, "approvalMode");
    }
}
