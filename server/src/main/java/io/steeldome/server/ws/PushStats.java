package io.steeldome.server.ws;

import java.util.List;

/**
 * Counters of the push hub, for operators and tests.
 *
 * @param clients connected clients now
 * @param closedSlow clients closed so far because they fell behind
 * @param perClient each connected client's counters
 */
public record PushStats(int clients, long closedSlow, List<ClientStats> perClient) {
    public PushStats {
        perClient = List.copyOf(perClient);
    }

    /**
     * @param sent messages handed to the socket
     * @param coalesced state messages replaced by a newer one before they were sent
     * @param dropped event messages dropped because the client's queue was full
     * @param inFlight whether a message is waiting for the socket now
     */
    public record ClientStats(String username, long sent, long coalesced, long dropped, boolean inFlight) {}
}
