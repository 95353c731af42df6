package io.steeldome.sim.scenario;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Invariant checks shared by the records' compact constructors (the loader checks the same with locations). */
final class Fields {
    private Fields() {}

    static String notBlank(String name, String value) {
        if (value.isBlank()) {
            throw new SteeldomeException(ScenarioError.BLANK, name);
        }
        return value;
    }

    static void positive(String name, OptionalDouble value, String unit) {
        value.ifPresent(v -> Checks.positive(name, v, unit));
    }

    static void nonNegative(String name, OptionalDouble value, String unit) {
        value.ifPresent(v -> Checks.nonNegative(name, v, unit));
    }

    static void probability(String name, OptionalDouble value) {
        value.ifPresent(v -> Checks.inRange(name, v, 0, 1, ""));
    }

    static void atLeast(String name, OptionalInt value, int min) {
        value.ifPresent(v -> Checks.inRange(name, v, min, Integer.MAX_VALUE, ""));
    }
}
