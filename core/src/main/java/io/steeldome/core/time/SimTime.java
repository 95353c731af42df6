package io.steeldome.core.time;

import io.steeldome.core.error.CoreError;
import io.steeldome.core.error.SteeldomeException;

/**
 * Simulation time as an exact count of nanoseconds since the scenario epoch. Exact integer arithmetic keeps event
 * ordering deterministic: adding 0.1 s ten times gives exactly 1 s. Nothing below {@code sim} reads a wall clock;
 * models receive a {@code SimTime}.
 */
public record SimTime(long nanos) implements Comparable<SimTime> {
    public static final SimTime ZERO = new SimTime(0);
    private static final double NANOS_PER_S = 1e9;

    public static SimTime ofSeconds(double timeS) {
        double n = Math.rint(timeS * NANOS_PER_S);
        if (!Double.isFinite(timeS) || Math.abs(n) >= 0x1p63) {
            throw new SteeldomeException(CoreError.TIME_OVERFLOW, timeS);
        }
        return new SimTime((long) n);
    }

    public static SimTime ofMillis(long millis) {
        return new SimTime(Math.multiplyExact(millis, 1_000_000L));
    }

    /** Seconds since the epoch (rounded to double; use {@link #nanos()} for exact comparisons). */
    public double seconds() {
        return nanos / NANOS_PER_S;
    }

    public SimTime shiftedBy(double dtS) {
        return new SimTime(Math.addExact(nanos, ofSeconds(dtS).nanos));
    }

    /** This time minus {@code earlier}, in seconds. */
    public double secondsSince(SimTime earlier) {
        return Math.subtractExact(nanos, earlier.nanos) / NANOS_PER_S;
    }

    public boolean isBefore(SimTime other) {
        return nanos < other.nanos;
    }

    public boolean isAfter(SimTime other) {
        return nanos > other.nanos;
    }

    @Override
    public int compareTo(SimTime other) {
        return Long.compare(nanos, other.nanos);
    }

    @Override
    public String toString() {
        return seconds() + " s";
    }
}
