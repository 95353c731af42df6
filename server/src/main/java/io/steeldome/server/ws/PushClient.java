package io.steeldome.server.ws;

import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.server.api.Json;
import io.steeldome.server.auth.Caller;
import io.steeldome.server.share.PictureDto;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One connected client's outbox. State messages (picture, board, recommendations, weapons control) are coalesced by
 * kind: only the latest of each waits, and one equal to what the client already has is not sent again. The picture
 * goes as a delta against what this client was last sent: the tracks that changed, the ids that left, and the alerts
 * (the first message after connecting, {@code "full": true}, holds the whole picture). The delta is computed when the
 * message is sent, so coalescing never loses a change. Event messages
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
    /** The picture's place in {@link #latest}: its message is built at send time from the two maps below. */
    private static final String PICTURE = "picture";

    private String pictureAgency = "";
    private Map<String, SharedTrack> wantedTracks = Map.of();
    private List<BorderAlert> wantedAlerts = List.of();
    private final Map<String, SharedTrack> sentTracks = new HashMap<>();
    private List<BorderAlert> sentAlerts = List.of();
    private boolean pictureSent;
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
        if (kind.equals(PICTURE)) {
            throw new IllegalArgumentException("the picture goes through offerPicture");
        }
        if (closed || json.equals(lastSent.get(kind)) && !latest.containsKey(kind)) {
            return;
        }
        if (latest.remove(kind) != null) {
            coalesced++;
        }
        latest.put(kind, json);
    }

    /** Queues the picture {@code agency} may see now (tracks by id); sent as a delta against what the client has. */
    synchronized void offerPicture(String agency, Map<String, SharedTrack> tracks, List<BorderAlert> alerts) {
        if (closed) {
            return;
        }
        pictureAgency = agency;
        wantedTracks = tracks;
        wantedAlerts = alerts;
        if (latest.remove(PICTURE) != null) {
            coalesced++;
        }
        latest.put(PICTURE, "");
    }

    /** The picture delta to send now, or null when the client already has this picture. */
    private String pictureDelta() {
        ObjectNode n = Json.MAPPER.createObjectNode().put("type", PICTURE).put("agency", pictureAgency);
        n.put("full", !pictureSent);
        ArrayNode changed = n.putArray("tracks");
        ArrayNode removed = n.putArray("removed");
        for (Map.Entry<String, SharedTrack> e : wantedTracks.entrySet()) {
            SharedTrack before = sentTracks.get(e.getKey());
            if (!e.getValue().equals(before)) {
                changed.add(Json.MAPPER.valueToTree(PictureDto.track(e.getValue())));
                sentTracks.put(e.getKey(), e.getValue());
            }
        }
        for (Iterator<String> it = sentTracks.keySet().iterator(); it.hasNext(); ) {
            String id = it.next();
            if (!wantedTracks.containsKey(id)) {
                removed.add(id);
                it.remove();
            }
        }
        boolean alertsChanged = !wantedAlerts.equals(sentAlerts);
        if (pictureSent && changed.isEmpty() && removed.isEmpty() && !alertsChanged) {
            return null;
        }
        n.set(
                "alerts",
                Json.MAPPER.valueToTree(
                        wantedAlerts.stream().map(PictureDto::alert).toList()));
        sentAlerts = wantedAlerts;
        pictureSent = true;
        return Json.MAPPER.writeValueAsString(n);
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
            while (next == null) {
                Iterator<Map.Entry<String, String>> it = latest.entrySet().iterator();
                if (!it.hasNext()) {
                    return;
                }
                Map.Entry<String, String> e = it.next();
                it.remove();
                if (e.getKey().equals(PICTURE)) {
                    next = pictureDelta(); // null: nothing changed, try the next kind
                } else {
                    lastSent.put(e.getKey(), e.getValue());
                    next = e.getValue();
                }
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
        sentTracks.clear();
    }

    synchronized boolean isClosed() {
        return closed || !session.isOpen();
    }

    synchronized PushStats.ClientStats stats() {
        return new PushStats.ClientStats(caller.user().username(), sent, coalesced, dropped, inFlight);
    }
}
