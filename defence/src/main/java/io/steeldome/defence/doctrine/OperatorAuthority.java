package io.steeldome.defence.doctrine;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Live approval: recommendations wait until a named operator approves or rejects each one, with the time and the
 * reason; nothing proceeds by default. Every decision is kept ({@link #records()}) for the audit trail. Not
 * thread-safe: the C2 server must serialise calls.
 */
public final class OperatorAuthority implements EngagementAuthority {
    private final Map<String, EngagementRecommendation> pending = new LinkedHashMap<>();
    private final Map<String, ApprovalRecord> decided = new LinkedHashMap<>();

    @Override
    public ApprovalMode mode() {
        return ApprovalMode.OPERATOR;
    }

    @Override
    public Optional<ApprovalRecord> review(EngagementRecommendation recommendation, SimTime now) {
        ApprovalRecord record = decided.get(recommendation.id());
        if (record != null && record.recommendation().equals(recommendation)) {
            return Optional.of(record);
        }
        if (record == null) {
            pending.putIfAbsent(recommendation.id(), recommendation);
        }
        return Optional.empty();
    }

    /** Recommendations awaiting a decision, in the order they were submitted. */
    public List<EngagementRecommendation> pending() {
        return List.copyOf(pending.values());
    }

    /** Every decision recorded so far, in order. */
    public List<ApprovalRecord> records() {
        return List.copyOf(decided.values());
    }

    public ApprovalRecord approve(String recommendationId, String operator, SimTime when, String why) {
        return decide(recommendationId, ApprovalRecord.Verdict.APPROVED, operator, when, why);
    }

    public ApprovalRecord reject(String recommendationId, String operator, SimTime when, String why) {
        return decide(recommendationId, ApprovalRecord.Verdict.REJECTED, operator, when, why);
    }

    private ApprovalRecord decide(
            String id, ApprovalRecord.Verdict verdict, String operator, SimTime when, String why) {
        EngagementRecommendation r = pending.get(id);
        if (r == null) {
            throw new SteeldomeException(DoctrineError.UNKNOWN_RECOMMENDATION, id);
        }
        ApprovalRecord record = new ApprovalRecord(r, verdict, ApprovalMode.OPERATOR, operator, when, why);
        pending.remove(id);
        decided.put(id, record);
        return record;
    }

    /** For reports: the decisions as a list, oldest first. */
    public List<String> auditTrail() {
        List<String> out = new ArrayList<>();
        for (ApprovalRecord a : decided.values()) {
            out.add(a.recommendation().id() + " " + a.verdict() + " by " + a.decidedBy() + " at t="
                    + a.decidedAt().seconds() + " s: " + a.reason());
        }
        return out;
    }
}
