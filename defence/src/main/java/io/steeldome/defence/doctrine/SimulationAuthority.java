package io.steeldome.defence.doctrine;

import io.steeldome.core.time.SimTime;
import java.util.Optional;

/**
 * Automatic approval, for simulation only: every recommendation is approved at once, recorded as decided by
 * {@value ApprovalRecord#SIMULATION} with the reason {@value #REASON}. Live use must go through
 * {@link OperatorAuthority}.
 */
public final class SimulationAuthority implements EngagementAuthority {
    public static final String REASON = "auto-approved by simulation (no operator in the loop; simulation only)";

    @Override
    public ApprovalMode mode() {
        return ApprovalMode.AUTO_SIMULATION;
    }

    @Override
    public Optional<ApprovalRecord> review(EngagementRecommendation recommendation, SimTime now) {
        return Optional.of(new ApprovalRecord(
                recommendation,
                ApprovalRecord.Verdict.APPROVED,
                ApprovalMode.AUTO_SIMULATION,
                ApprovalRecord.SIMULATION,
                now.isBefore(recommendation.madeAt()) ? recommendation.madeAt() : now,
                REASON));
    }
}
