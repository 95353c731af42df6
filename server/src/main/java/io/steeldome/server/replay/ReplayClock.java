package io.steeldome.server.replay;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The replay server's clock: the recorded time the replay has reached. It moves only forward, and only when the
 * {@link ReplayPlayer} applies the recording up to a later time, so whatever the server stamps (sessions, its own
 * audit entries, picture rows) carries recorded time.
 */
public final class ReplayClock extends Clock {
    private final AtomicReference<Instant> now;

    public ReplayClock(Instant start) {
        now = new AtomicReference<>(start);
    }

    /** Moves to {@code t}, or stays if {@code t} is not later. */
    void advanceTo(Instant t) {
        now.accumulateAndGet(t, (a, b) -> b.isAfter(a) ? b : a);
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
        return now.get();
    }
}
