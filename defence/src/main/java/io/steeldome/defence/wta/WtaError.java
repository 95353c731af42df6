package io.steeldome.defence.wta;

import io.steeldome.core.error.ErrorCode;

/** Failures of weapon-target assignment inputs. */
public enum WtaError implements ErrorCode {
    NO_CAPACITY("option uses effector ''{0}'' but no capacity was given for it; add it to the capacity map"),
    DUPLICATE_OPTION("two options pair effector ''{0}'' with target {1}; pass one option per pair"),
    INCONSISTENT_VALUE("target {0} has value {1} in one option and {2} in another; use one value per target"),
    DIMENSION_MISMATCH("{0} has {1} entries but {2} were expected; check the matrix shapes (weapons x targets)"),
    NOT_ENGAGEABLE("effector ''{0}'' ({1}) has no Pk against {2}, so it cannot engage it; offer only feasible pairs"),
    NEGATIVE_COUNT("{0} must be >= 0, got {1}"),
    MALFORMED_INSTANCE("{0}:{1}: {2}");

    private final String template;

    WtaError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
