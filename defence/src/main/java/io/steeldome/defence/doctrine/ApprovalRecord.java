package io.steeldome.defence.doctrine;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import java.util.Objects;

/**
 * The recorded decision on one recommendation: who decided, when, why, and whether to fire. It carries the whole
 * recommendation, so that an approval can only ever cover the exact shot that was put to the approver.
 *
 * @param decidedBy "simulation" for automatic approval, else the operator's name
 */
public record ApprovalRecord(
        EngagementRecommendation recommendation,
        Verdict verdict,
        ApprovalMode mode,
        String decidedBy,
        SimTime decidedAt,
        String reason) {
    /** Name recorded as the approver of automatic (simulation) approvals. */
    public static final String SIMULATION = "simulation";

    public enum Verdict {
        APPROVED,
        REJECTED
    }

    public ApprovalRecord {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new SteeldomeException(DoctrineError.BLANK, "decidedBy");
        }
        if (reason == null || reason.isBlank()) {
            throw new SteeldomeException(DoctrineError.BLANK, "approval reason");
        }
        if (mode == ApprovalMode.OPERATOR && decidedBy.equals(SIMULATION)) {
            throw new SteeldomeException(DoctrineError.OPERATOR_NAME_RESERVED, decidedBy);
        }
        if (decidedAt.isBefore(recommendation.madeAt())) {
            throw new SteeldomeException(
                    DoctrineError.DECIDED_BEFORE_RECOMMENDED,
                    recommendation.id(),
                    recommendation.madeAt().seconds(),
                    decidedAt.seconds());
        }
    }

    public boolean approves() {
        return verdict == Verdict.APPROVED;
    }
}
