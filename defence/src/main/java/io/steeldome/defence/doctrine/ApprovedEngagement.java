package io.steeldome.defence.doctrine;

import io.steeldome.core.error.SteeldomeException;
import java.util.Objects;

/**
 * A recommendation that may be fired, together with the record that approved it. The only way to make one is
 * {@link #of}, which refuses a record that does not approve or that was given for any other recommendation: an
 * engagement cannot exist without the approval of exactly that shot. The engine fires only these.
 */
public final class ApprovedEngagement {
    private final EngagementRecommendation recommendation;
    private final ApprovalRecord approval;

    private ApprovedEngagement(EngagementRecommendation recommendation, ApprovalRecord approval) {
        this.recommendation = recommendation;
        this.approval = approval;
    }

    /**
     * @throws SteeldomeException if {@code approval} rejects, or approves another recommendation (any field differs)
     */
    public static ApprovedEngagement of(EngagementRecommendation recommendation, ApprovalRecord approval) {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(approval, "approval");
        if (!approval.recommendation().equals(recommendation)) {
            throw new SteeldomeException(
                    DoctrineError.APPROVAL_FOR_ANOTHER_RECOMMENDATION,
                    approval.recommendation().id(),
                    recommendation.id());
        }
        if (!approval.approves()) {
            throw new SteeldomeException(
                    DoctrineError.NOT_APPROVED, recommendation.id(), "rejected", approval.decidedBy());
        }
        return new ApprovedEngagement(recommendation, approval);
    }

    public EngagementRecommendation recommendation() {
        return recommendation;
    }

    public ApprovalRecord approval() {
        return approval;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApprovedEngagement a
                && a.recommendation.equals(recommendation)
                && a.approval.equals(approval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recommendation, approval);
    }

    @Override
    public String toString() {
        return "ApprovedEngagement[" + recommendation.id() + " approved by " + approval.decidedBy() + "]";
    }
}
