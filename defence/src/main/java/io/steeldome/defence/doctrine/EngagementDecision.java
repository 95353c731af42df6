package io.steeldome.defence.doctrine;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.tracker.TrackId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The controller's output at one decision instant.
 *
 * @param identities each considered track's identity and why
 * @param recommendations every round recommended, in the assigner's order
 * @param approvals the decisions received on them so far (none for those still pending)
 * @param approved the rounds that may be fired now
 * @param notEngaged every considered track that gets no round now, with the reason
 */
public record EngagementDecision(
        SimTime time,
        Map<TrackId, IdentityAssessment> identities,
        List<EngagementRecommendation> recommendations,
        List<ApprovalRecord> approvals,
        List<ApprovedEngagement> approved,
        List<NotEngaged> notEngaged) {
    public EngagementDecision {
        Objects.requireNonNull(time, "time");
        identities = Map.copyOf(identities);
        recommendations = List.copyOf(recommendations);
        approvals = List.copyOf(approvals);
        approved = List.copyOf(approved);
        notEngaged = List.copyOf(notEngaged);
    }
}
