package io.steeldome.defence.evaluate;

import io.steeldome.core.error.ErrorCode;

/** Failures of defended-asset definitions and threat evaluation. */
public enum EvaluationError implements ErrorCode {
    BLANK_ID("{0} must not be blank"),
    MISSING("{0} is required"),
    TOO_FEW_VERTICES("a polygon area needs at least 3 vertices, got {0}"),
    DUPLICATE_ASSET_ID("asset id {0} is used twice; asset ids must be unique"),
    BAD_COVARIANCE("{0} must be a symmetric {1}x{1} covariance with non-negative diagonal");

    private final String template;

    EvaluationError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
