package io.steeldome.sim.scenario;

/** An allowed interval for a number in a scenario file, with its unit, for checks and their messages. */
record Range(double min, boolean minInclusive, double max, String unit) {
    static Range positive(String unit) {
        return new Range(0, false, Double.POSITIVE_INFINITY, unit);
    }

    static Range nonNegative(String unit) {
        return new Range(0, true, Double.POSITIVE_INFINITY, unit);
    }

    static Range closed(double min, double max, String unit) {
        return new Range(min, true, max, unit);
    }

    boolean contains(double value) {
        return (minInclusive ? value >= min : value > min) && value <= max;
    }

    /** E.g. {@code must be > 0}, {@code must be within [-90, 90] deg}. */
    String rule() {
        if (max == Double.POSITIVE_INFINITY) {
            return "must be " + (minInclusive ? ">= " : "> ") + format(min);
        }
        return "must be within [" + format(min) + ", " + format(max) + "]" + withUnit(unit);
    }

    static String withUnit(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
