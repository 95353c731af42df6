package io.steeldome.sim.live;

import io.steeldome.defence.doctrine.EngagementAuthority;
import java.util.Objects;
import java.util.Optional;

/**
 * What a live run injects into the engine.
 *
 * @param authority who approves engagements; empty = the simulation's automatic approval (batch runs only)
 * @param pacer waited on before each event
 * @param listener told the picture after each radar scan
 */
public record LiveHooks(Optional<EngagementAuthority> authority, Pacer pacer, ScanListener listener) {
    /** A batch run: automatic approval, no pacing, nobody listening. */
    public static final LiveHooks BATCH = new LiveHooks(Optional.empty(), Pacer.NONE, ScanListener.NONE);

    public LiveHooks {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(pacer, "pacer");
        Objects.requireNonNull(listener, "listener");
    }

    /** A live run: every engagement goes through {@code authority}. */
    public static LiveHooks live(EngagementAuthority authority, Pacer pacer, ScanListener listener) {
        return new LiveHooks(Optional.of(Objects.requireNonNull(authority, "authority")), pacer, listener);
    }
}
