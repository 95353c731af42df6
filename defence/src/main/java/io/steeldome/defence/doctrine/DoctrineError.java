package io.steeldome.defence.doctrine;

import io.steeldome.core.error.ErrorCode;

/** Failures of doctrine inputs and of the approval chain. */
public enum DoctrineError implements ErrorCode {
    BLANK("{0} must not be blank"),
    NOT_A_COUNT("{0} must be a whole number >= {1}, got {2}"),
    TOO_FEW_VERTICES("{0} needs at least {1} points, got {2}"),
    SCHEDULE_OUT_OF_ORDER("weapons control change {0} at t={1} s comes before the previous one at t={2} s; list"
            + " the changes in time order"),
    NOT_APPROVED("recommendation {0} was {1} by {2}: it cannot be fired"),
    APPROVAL_FOR_ANOTHER_RECOMMENDATION(
            "the approval record is for recommendation {0}, not {1}; an approval covers exactly the recommendation"
                    + " it was given for"),
    DECIDED_BEFORE_RECOMMENDED("recommendation {0} made at t={1} s cannot be decided earlier, at t={2} s"),
    UNKNOWN_RECOMMENDATION("no pending recommendation {0}; it was never submitted or is already decided"),
    OPERATOR_NAME_RESERVED("''{0}'' is reserved for automatic approval; record the operator''s own name");

    private final String template;

    DoctrineError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
