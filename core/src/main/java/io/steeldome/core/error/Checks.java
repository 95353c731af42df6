package io.steeldome.core.error;

/** Argument checks for compact constructors; each throws a {@link SteeldomeException} that names the field. */
public final class Checks {
    private Checks() {}

    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new SteeldomeException(CoreError.NOT_FINITE, name, value);
        }
        return value;
    }

    public static double positive(String name, double value, String unit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new SteeldomeException(CoreError.NOT_POSITIVE, name, value, unit);
        }
        return value;
    }

    public static double nonNegative(String name, double value, String unit) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new SteeldomeException(CoreError.NEGATIVE, name, value, unit);
        }
        return value;
    }

    public static double inRange(String name, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new SteeldomeException(CoreError.OUT_OF_RANGE, name, value, min, max, unit);
        }
        return value;
    }
}
