package io.steeldome.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A UTC clock tests move by hand, with nanosecond resolution (also the server's nano-time source). */
public final class MutableClock extends Clock {
    private final AtomicLong nanos;

    public MutableClock(Instant start) {
        nanos = new AtomicLong(start.getEpochSecond() * 1_000_000_000L + start.getNano());
    }

    public void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    /** Moves to {@code epochNanos}, or stays if that is not later. */
    public void advanceTo(long epochNanos) {
        nanos.accumulateAndGet(epochNanos, Math::max);
    }

    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        long n = nanos.get();
        return Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
    }
}
