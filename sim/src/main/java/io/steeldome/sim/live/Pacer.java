package io.steeldome.sim.live;

import io.steeldome.core.time.SimTime;

/**
 * Paces a run: the engine calls {@link #awaitSimTime} before it handles each event, with the event's scenario time
 * (from SimTime 0). A live pacer blocks until that time is due on its clock; the batch pacer returns at once, so a
 * batch run is exactly what it was without one.
 */
@FunctionalInterface
public interface Pacer {
    /** Never waits: the batch run's pacer. */
    Pacer NONE = t -> {};

    /** Returns when scenario time {@code t} is due; implementations may block. */
    void awaitSimTime(SimTime t);
}
