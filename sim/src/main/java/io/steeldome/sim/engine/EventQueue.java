package io.steeldome.sim.engine;

import io.steeldome.core.time.SimTime;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The discrete-event engine's agenda: events ordered by time, then by a phase rank (so that, at one instant, truth
 * moves before sensors look and sensors look before decisions are made), then by insertion order. The last key
 * makes ties deterministic, which is what makes a seeded run byte-identical.
 *
 * <p>Time never runs backwards: scheduling before the last dispatched event is an error.
 */
public final class EventQueue<E> {
    /** An event with its place in the agenda. */
    public record Scheduled<E>(SimTime time, int phase, long sequence, E event) {}

    private final PriorityQueue<Scheduled<E>> queue = new PriorityQueue<>((a, b) -> {
        int c = a.time().compareTo(b.time());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.phase(), b.phase());
        return c != 0 ? c : Long.compare(a.sequence(), b.sequence());
    });
    private long nextSequence;
    private SimTime now = SimTime.ZERO;

    /** Schedules {@code event} at {@code time} in {@code phase} (lower phases run first at equal times). */
    public void schedule(SimTime time, int phase, E event) {
        if (time.isBefore(now)) {
            throw new IllegalStateException("cannot schedule at " + time + ": the engine is already at " + now);
        }
        queue.add(new Scheduled<>(time, phase, nextSequence++, event));
    }

    /** Removes and returns the next event, advancing the current time to it. */
    public Optional<Scheduled<E>> next() {
        Scheduled<E> s = queue.poll();
        if (s == null) {
            return Optional.empty();
        }
        now = s.time();
        return Optional.of(s);
    }

    public SimTime now() {
        return now;
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    public int size() {
        return queue.size();
    }
}
