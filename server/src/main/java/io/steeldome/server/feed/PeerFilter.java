package io.steeldome.server.feed;

import io.steeldome.server.auth.Cidr;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Objects;

/**
 * Which source addresses a socket feed accepts: a list of address blocks. The UDP feed checks each datagram's source
 * address, the TCP feed each connection at accept (an untrusted one is closed before a byte is read); both count a
 * refusal as {@link FeedCounters.Rejection#UNTRUSTED_PEER}. Source addresses of UDP can be forged, so this keeps out
 * stray and misconfigured senders on a shared network, not a determined attacker on the path: that needs a separate
 * network or an authenticated transport.
 *
 * @param blocks the accepted blocks; empty accepts nothing
 */
public record PeerFilter(List<Cidr> blocks) {
    /** The safe default: this host only (127.0.0.0/8 and ::1), which is what {@code serve --cot-port} binds. */
    public static final PeerFilter LOOPBACK = of(List.of("127.0.0.0/8", "::1/128"));

    /** Every address (IPv4 and IPv6): only for feeds on an isolated network. */
    public static final PeerFilter ANY = of(List.of("0.0.0.0/0", "::/0"));

    public PeerFilter {
        blocks = List.copyOf(blocks);
    }

    /** Parses addresses and CIDR blocks ("10.0.0.0/8", "192.0.2.7", "fd00::/8"); a bad entry is a config error. */
    public static PeerFilter of(List<String> cidrs) {
        return new PeerFilter(cidrs.stream().map(Cidr::parse).toList());
    }

    public boolean allows(InetAddress address) {
        Objects.requireNonNull(address, "address");
        for (Cidr c : blocks) {
            if (c.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an input from {@code source} may be read; if not, counts it as received and rejected as {@link
     * FeedCounters.Rejection#UNTRUSTED_PEER}. An unknown source (not an IP socket address) is refused.
     */
    public boolean admit(SocketAddress source, FeedCounters counters) {
        if (source instanceof InetSocketAddress in && in.getAddress() != null && allows(in.getAddress())) {
            return true;
        }
        counters.received();
        counters.reject(FeedCounters.Rejection.UNTRUSTED_PEER);
        return false;
    }

    @Override
    public String toString() {
        return blocks.toString();
    }
}
