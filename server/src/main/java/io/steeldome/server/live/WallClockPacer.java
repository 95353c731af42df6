package io.steeldome.server.live;

import io.steeldome.core.time.SimTime;
import io.steeldome.sim.live.Pacer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Holds the engine until each event's scenario time is due on the wall clock at the run's speed. The only place the
 * live engine reads a wall clock. Sleeps in short slices so that a stop is seen promptly (a stop is a flag, not an
 * interrupt: an interrupt could land in the engine's database writes).
 */
public final class WallClockPacer implements Pacer {
    private static final long MAX_SLICE_MS = 50;

    private final Clock clock;
    private final LiveTimeBase base;
    private final BooleanSupplier stopped;

    /** Paces on {@code clock}; ends the run (throws {@link LiveRun.Stopped}) once {@code stopped} says so. */
    public WallClockPacer(Clock clock, LiveTimeBase base, BooleanSupplier stopped) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.base = Objects.requireNonNull(base, "base");
        this.stopped = Objects.requireNonNull(stopped, "stopped");
    }

    @Override
    public void awaitSimTime(SimTime t) {
        Instant due = base.instantOf(t);
        while (true) {
            if (stopped.getAsBoolean()) {
                throw new LiveRun.Stopped();
            }
            long waitMs = Duration.between(clock.instant(), due).toMillis();
            if (waitMs <= 0) {
                return;
            }
            try {
                Thread.sleep(Math.min(waitMs, MAX_SLICE_MS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LiveRun.Stopped();
            }
        }
    }
}
