package io.steeldome.server.ws;

import io.steeldome.server.auth.Caller;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One connected client's outbox. State messages (picture, board, recommendations, weapons control) are coalesced by
 * kind: only the latest of each waits, and one equal to what the client already has is not sent again. Event messages
 * (audit entries) wait in a bounded queue; beyond it they are dropped and counted. At most one frame is in flight, so
 * a client that does not read holds one frame in Jetty's buffers, not an unbounded backlog; {@link PushHub} closes a
 * client whose frame stays in flight too long.
 */
final class PushClient {
    private final Session session;
    private final Caller caller;
    private final String token;
    private final int maxEvents;
    private final LinkedHashMap<String, String> latest = new LinkedHashMap<>();
    private final Map<String, String> lastSent = new HashMap<>();
    private final ArrayDeque<String> events = new ArrayDeque<>();
    private boolean inFlight;
    private long inFlightSinceNanos;
    private boolean closed;
    private long sent;
    private long coalesced;
    private long dropped;

    PushClient(Session session, Caller caller, String token, int maxEvents) {
        this.session = session;
        this.caller = caller;
        this.token = token;
        this.maxEvents = maxEvents;
    }

    Caller caller() {
        return caller;
    }

    /** The session token, to re-check the session while the socket stays open. */
    String token() {
        return token;
    }

    Session session() {
        return session;
    }

    /** Queues the latest state of {@code kind}, replacing an unsent older one; skips it if the client has it. */
    synchronized void offerState(String kind, String json) {
        if (closed || json.equals(lastSent.get(kind)) && !latest.containsKey(kind)) {
            return;
        }
        if (latest.remove(kind) != null) {
            coalesced++;
        }
        latest.put(kind, json);
    }

    /** Queues an event; drops (and counts) it when the queue is full. */
    synchronized void offerEvent(String json) {
        if (closed) {
            return;
        }
        if (events.size() >= maxEvents) {
            dropped++;
            return;
        }
        events.add(json);
    }

    /** Sends the next waiting message unless one is in flight. */
    void pump(long nowNanos) {
        String next;
        synchronized (this) {
            if (inFlight || closed || !session.isOpen()) {
                return;
            }
            next = events.poll();
            if (next == null) {
                Iterator<Map.Entry<String, String>> it = latest.entrySet().iterator();
                if (!it.hasNext()) {
                    return;
                }
                Map.Entry<String, String> e = it.next();
                it.remove();
                lastSent.put(e.getKey(), e.getValue());
                next = e.getValue();
            }
            inFlight = true;
            inFlightSinceNanos = nowNanos;
            sent++;
        }
        session.sendText(
                next,
                Callback.from(
                        () -> {
                            synchronized (this) {
                                inFlight = false;
                            }
                            pump(System.nanoTime());
                        },
                        failure -> markClosed()));
    }

    /** Whether a frame has been in flight longer than {@code maxLagNanos}. */
    synchronized boolean isBehind(long nowNanos, long maxLagNanos) {
        return inFlight && nowNanos - inFlightSinceNanos > maxLagNanos;
    }

    synchronized void markClosed() {
        closed = true;
        latest.clear();
        events.clear();
    }

    synchronized boolean isClosed() {
        return closed || !session.isOpen();
    }

    synchronized PushStats.ClientStats stats() {
        return new PushStats.ClientStats(caller.user().username(), sent, coalesced, dropped, inFlight);
    }
}
