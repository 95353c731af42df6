package io.steeldome.tracking.error;

import io.steeldome.core.error.ErrorCode;

/** Failures of the tracking module. Templates say what was wrong and how to fix it. */
public enum TrackingError implements ErrorCode {
    OUT_OF_SEQUENCE_SCAN("scan at t={0} is earlier than the last processed scan at t={1}; feed scans in"
            + " non-decreasing time order (merge the sensor streams by time before calling the tracker)"),
    BACKWARD_PREDICTION("cannot predict a state at t={0} back to t={1}; the filter only predicts forward in time"),
    NOT_POSITIVE_DEFINITE(
            "{0} is not symmetric positive definite ({1}); check the detection covariance and the" + " process noise"),
    DIMENSION_MISMATCH("{0} has dimension {1} but {2} was expected"),
    INVALID_DETECTION("detection from sensor ''{0}'' at t={1} is invalid: {2}"),
    INVALID_COST("cost matrix entry [{0}][{1}] = {2} is invalid; use a finite number, or +infinity for a"
            + " forbidden pair"),
    INVALID_CONFIG("tracker configuration invalid: {0}");

    private final String template;

    TrackingError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
