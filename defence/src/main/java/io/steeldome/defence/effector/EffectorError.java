package io.steeldome.defence.effector;

import io.steeldome.core.error.ErrorCode;

/** Failures of effector specs and inventories. */
public enum EffectorError implements ErrorCode {
    BLANK_NAME("{0} must not be blank; give the layer or effector a name"),
    MISSING_FIELD("effector spec ''{0}'' has no {1}; set it on the builder before build()"),
    EMPTY_INTERVAL("{0} = [{1}, {2}] {3} is empty; the lower bound must be below the upper bound"),
    CLASS_RANGE_OUTSIDE_ENVELOPE(
            "max range {1} m against {0} must lie in the envelope''s ({2}, {3}] m; lower it or widen the envelope"),
    NOT_READY("effector cannot fire at t={0} s: busy (reloading) until t={1} s; wait or use another effector"),
    NOT_ENOUGH_ROUNDS("cannot fire {0} round(s) with {1} left; reload first or fire fewer"),
    NOT_A_SHOT_COUNT("{0} must be a whole number >= {1}, got {2}");

    private final String template;

    EffectorError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
