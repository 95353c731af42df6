package io.steeldome.sensors;

import io.steeldome.core.error.ErrorCode;

/** Failures of the sensors module's values and models. */
public enum SensorError implements ErrorCode {
    ELEVATION_LIMITS(
            "elevation limits [{0}, {1}] rad are invalid: need -pi/2 <= minElevationRad < maxElevationRad <= pi/2"),
    PROBABILITY_NOT_OPEN("{0} = {1} must lie strictly between 0 and 1"),
    BLANK_ID("{0} must be a non-blank identifier, got \"{1}\""),
    DUPLICATE_TARGET_ID("target id \"{0}\" appears more than once in one scan; give every target a unique id"),
    COVARIANCE_SHAPE("{0} must be a 3x3 matrix, got {1} rows"),
    COUNT_NEGATIVE("{0} = {1} must be >= 0"),
    COUNT_NOT_POSITIVE("{0} = {1} must be > 0"),
    NO_SOLUTION("{0}: no solution for {1}; {2}"),
    TERRAIN_MASK("terrain mask: {0}");

    private final String template;

    SensorError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
