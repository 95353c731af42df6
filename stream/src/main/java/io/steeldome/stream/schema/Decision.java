package io.steeldome.stream.schema;

import java.util.Optional;

/**
 * Value of the decisions topic: one step in the decision record of a threat (proposed assignment, operator approval or
 * rejection, hold, cancellation). Key: {@link #threatId()}, so the history of one threat stays in order. In live mode
 * no engagement proceeds without an {@link Kind#APPROVE} record naming an operator; the simulation writes
 * {@code operatorId = "auto-sim"}.
 *
 * @param schemaVersion {@link Schema#VERSION}
 * @param decisionId unique id of this record
 * @param threatId the threat's track id ({@link TrackState#trackId()}), also the record key
 * @param timeS decision time, simulation seconds
 * @param kind what was decided
 * @param effectorId the effector concerned, if any
 * @param operatorId the operator who decided, if a person did (required for APPROVE and REJECT)
 * @param rationale why, in one line
 */
public record Decision(
        int schemaVersion,
        String decisionId,
        String threatId,
        double timeS,
        Kind kind,
        Optional<String> effectorId,
        Optional<String> operatorId,
        String rationale) {
    /** The decision kinds. */
    public enum Kind {
        /** The system proposes assigning an effector to the threat; nothing happens until approved. */
        PROPOSE,
        /** An operator approved the proposal. */
        APPROVE,
        /** An operator rejected the proposal. */
        REJECT,
        /** The threat is held (no engagement) for now. */
        HOLD,
        /** A previous proposal or approval is withdrawn. */
        CANCEL
    }

    public Decision {
        Schema.check("decision", schemaVersion);
        Schema.requiredText("decision", "decisionId", decisionId);
        Schema.requiredText("decision", "threatId", threatId);
        Schema.finite("decision", "timeS", timeS);
        Schema.required("decision", "kind", kind);
        effectorId = effectorId == null ? Optional.empty() : effectorId;
        operatorId = operatorId == null ? Optional.empty() : operatorId;
        if ((kind == Kind.APPROVE || kind == Kind.REJECT) && operatorId.isEmpty()) {
            throw new io.steeldome.core.error.SteeldomeException(
                    io.steeldome.stream.error.StreamError.INVALID_RECORD,
                    "decision",
                    kind + " needs the operatorId of who decided");
        }
        Schema.required("decision", "rationale", rationale);
    }
}
