package io.steeldome.sim.run;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.Optional;

/**
 * One interceptor shot: the decision, the plan made from the track, its approval, and the physical outcome.
 *
 * @param recommendationId the recommendation the shot was approved as (e.g. "R7")
 * @param approvedBy who approved it: "simulation" for automatic approval
 * @param approvalMode "auto" (simulation) or "operator"
 * @param reason why the shot was recommended and approved, in words
 */
public record EngagementRecord(
        int id,
        String effectorId,
        String layer,
        long trackId,
        double decisionTimeS,
        double launchTimeS,
        double interceptTimeS,
        GeodeticPoint plannedInterceptPoint,
        double pk,
        double costPerShot,
        Result result,
        Optional<String> threatId,
        double missDistanceM,
        String recommendationId,
        String approvedBy,
        String approvalMode,
        String reason) {
    public enum Result {
        KILL,
        MISS,
        NO_TARGET_IN_BASKET,
        PENDING_AT_END
    }

    /** This shot with its physical outcome. */
    public EngagementRecord withOutcome(Result newResult, Optional<String> newThreatId, double newMissDistanceM) {
        return new EngagementRecord(
                id,
                effectorId,
                layer,
                trackId,
                decisionTimeS,
                launchTimeS,
                interceptTimeS,
                plannedInterceptPoint,
                pk,
                costPerShot,
                newResult,
                newThreatId,
                newMissDistanceM,
                recommendationId,
                approvedBy,
                approvalMode,
                reason);
    }
}
