package io.steeldome.server.auth;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Token buckets keyed by a string (a username, a client address): each key holds up to {@code burst} tokens, regains
 * one every {@code refill}, and each attempt takes one. Time comes from an injected nanosecond source. Thread-safe.
 * Bounded: beyond {@code maxKeys} the least recently used bucket is forgotten (which can only give an attacker a
 * fresh bucket for a key it has not used for a long time).
 */
public final class TokenBucket {
    private record Bucket(double tokens, long atNanos) {}

    private final int burst;
    private final long refillNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets;

    public TokenBucket(int burst, Duration refill, LongSupplier nanoTime, int maxKeys) {
        this.burst = burst;
        this.refillNanos = refill.toNanos();
        this.nanoTime = nanoTime;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes a token for {@code key}: zero if allowed, else how long until a token is available. */
    public synchronized Duration tryAcquire(String key) {
        long now = nanoTime.getAsLong();
        Bucket b = buckets.getOrDefault(key, new Bucket(burst, now));
        double tokens = Math.min(burst, b.tokens + (double) (now - b.atNanos) / refillNanos);
        if (tokens >= 1) {
            buckets.put(key, new Bucket(tokens - 1, now));
            return Duration.ZERO;
        }
        buckets.put(key, new Bucket(tokens, now));
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * refillNanos));
    }
}
