package io.steeldome.defence.impact;

import io.steeldome.core.error.ErrorCode;

/** Failures of impact prediction. */
public enum ImpactError implements ErrorCode {
    BAD_STATE("track state must be the {0}-D ENU constant-velocity state (see StateLayout), got dimension {1}"),
    BAD_INTERVAL("{0} ends at {1} s, before it starts at {2} s"),
    BAD_COVARIANCE("{0} must be a symmetric {1}x{1} matrix with non-negative diagonal, got {2}");

    private final String template;

    ImpactError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
