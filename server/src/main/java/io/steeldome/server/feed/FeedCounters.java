package io.steeldome.server.feed;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One feed's counters, safe to bump from its receiver threads: inputs received, tracks accepted into the picture, and
 * rejections by {@link Rejection} kind (plus free-form detail counters such as ASTERIX decode error kinds).
 */
public final class FeedCounters {
    /** Why an input did not become a track. */
    public enum Rejection {
        /** Unreadable: broken XML or JSON, undecodable ASTERIX, values out of range. */
        MALFORMED,
        /** Larger than the feed's limit (CoT event, UDP datagram). */
        OVERSIZED,
        /** From a source the feed is not configured to accept (ASTERIX SAC/SIC). */
        UNKNOWN_SOURCE,
        /** Already stale when it arrived (CoT stale time in the past). */
        STALE,
        /** Well-formed but not a track (CoT non-atom types, ASTERIX service messages, CAT062 without a position). */
        NOT_A_TRACK,
        /** The feed's queue to the picture was full. */
        DROPPED,
        /** The picture refused it (storage error); logged. */
        FAILED,
        /** From a source address outside the feed's allowed peers (a datagram, or a TCP connection closed at accept). */
        UNTRUSTED_PEER
    }

    private final LongAdder received = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final Map<Rejection, LongAdder> rejected = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> details = new ConcurrentHashMap<>();

    public void received() {
        received.increment();
    }

    public void accepted() {
        accepted.increment();
    }

    public void reject(Rejection why) {
        rejected.computeIfAbsent(why, k -> new LongAdder()).increment();
    }

    /** A counter outside the rejection kinds, e.g. "plots" or "decodeError.TRUNCATED_RECORD". */
    public void count(String detail) {
        details.computeIfAbsent(detail, k -> new LongAdder()).increment();
    }

    public long receivedCount() {
        return received.sum();
    }

    public long acceptedCount() {
        return accepted.sum();
    }

    public long rejected(Rejection why) {
        LongAdder a = rejected.get(why);
        return a == null ? 0 : a.sum();
    }

    public long detail(String name) {
        LongAdder a = details.get(name);
        return a == null ? 0 : a.sum();
    }

    /** A consistent-enough copy for the status endpoint (each counter read once). */
    public Snapshot snapshot() {
        Map<String, Long> r = new TreeMap<>();
        for (Rejection k : Rejection.values()) {
            r.put(k.name(), rejected(k));
        }
        Map<String, Long> d = new TreeMap<>();
        details.forEach((k, v) -> d.put(k, v.sum()));
        return new Snapshot(received.sum(), accepted.sum(), r, d);
    }

    /** Counter values at one moment. */
    public record Snapshot(long received, long accepted, Map<String, Long> rejected, Map<String, Long> details) {
        public Snapshot {
            rejected = java.util.Collections.unmodifiableMap(new TreeMap<>(rejected));
            details = java.util.Collections.unmodifiableMap(new TreeMap<>(details));
        }
    }
}
