package io.steeldome.interop.radar;

import io.steeldome.core.error.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * ASTERIX time of day: seconds since the last UTC midnight, with no date. The date comes from a reference instant
 * (the capture time, or the previous message): the day is the one that puts the result within twelve hours of it,
 * so a stream crossing midnight keeps counting forward.
 */
public final class TimeOfDay {
    private static final long DAY_S = 86_400;

    private TimeOfDay() {}

    /** The instant of {@code timeOfDayS} on the UTC day nearest to {@code reference}. */
    public static Instant resolve(double timeOfDayS, Instant reference) {
        Checks.inRange("timeOfDayS", timeOfDayS, 0, DAY_S, "s");
        Objects.requireNonNull(reference, "reference");
        Instant midnight = reference.truncatedTo(ChronoUnit.DAYS);
        long nanos = Math.round(timeOfDayS * 1e9);
        Instant candidate = midnight.plusNanos(nanos);
        double offsetS = (candidate.toEpochMilli() - reference.toEpochMilli()) / 1000.0;
        if (offsetS > DAY_S / 2.0) {
            candidate = candidate.minus(1, ChronoUnit.DAYS);
        } else if (offsetS < -DAY_S / 2.0) {
            candidate = candidate.plus(1, ChronoUnit.DAYS);
        }
        return candidate;
    }
}
