package io.steeldome.core.error;

/** Failures of the core module's values and conversions. */
public enum CoreError implements ErrorCode {
    OUT_OF_RANGE("{0} = {1} is outside [{2}, {3}] {4}"),
    NOT_FINITE("{0} must be a finite number, got {1}"),
    NOT_POSITIVE("{0} must be > 0, got {1} {2}"),
    NEGATIVE("{0} must be >= 0, got {1} {2}"),
    TIME_OVERFLOW("simulation time {0} s is beyond the supported range of about +/-292 years"),
    NO_CONVERGENCE("{0} did not converge after {1} iterations (last change {2})");

    private final String template;

    CoreError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
