package io.steeldome.server.auth;

import java.util.List;
import java.util.Optional;

/**
 * Which address a request comes from, for the login rate limits. The direct peer's address, unless that peer is one
 * of the configured trusted reverse proxies: then the right-most address in {@code X-Forwarded-For} that is not itself
 * a trusted proxy (each proxy appends the address it received the request from, so everything to the left of that
 * entry was written by the client and may be forged). Without trusted proxies the header is ignored entirely, so a
 * client cannot pick its own rate-limit bucket by sending it.
 */
public final class ClientAddress {
    private final List<Cidr> trustedProxies;

    public ClientAddress(List<Cidr> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /** No trusted proxy: always the direct peer. */
    public static final ClientAddress DIRECT = new ClientAddress(List.of());

    /**
     * @param peer the TCP peer's address as text (Javalin's {@code ctx.ip()})
     * @param forwardedFor the {@code X-Forwarded-For} header, possibly absent (all of them joined by commas if repeated)
     */
    public String resolve(String peer, Optional<String> forwardedFor) {
        if (!trusted(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        String[] hops = forwardedFor.get().split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            Optional<byte[]> bytes = Cidr.literal(hop);
            if (bytes.isEmpty()) {
                // Garbage where an address should be: a trusted proxy would not write it, so treat it as the client's
                // own text and stop here, keyed by the last trusted hop's view (the proxy's peer is unknown).
                return peer;
            }
            if (!trusted(bytes.get())) {
                return hop;
            }
        }
        return peer; // only trusted proxies in the chain: the request came from inside
    }

    private boolean trusted(String address) {
        return Cidr.literal(address).map(this::trusted).orElse(false);
    }

    private boolean trusted(byte[] address) {
        for (Cidr c : trustedProxies) {
            if (c.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
