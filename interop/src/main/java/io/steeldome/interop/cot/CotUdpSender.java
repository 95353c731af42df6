package io.steeldome.interop.cot;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * Sends CoT events as UDP datagrams, one event per datagram, as TAK clients do for mesh situational awareness
 * (multicast 239.2.3.1:6969 by default in ATAK, or unicast). Events larger than the configured datagram size are
 * refused on {@link #offer} rather than fragmented.
 */
public final class CotUdpSender extends QueuedSender {
    /** The largest UDP payload over IPv4. */
    public static final int MAX_DATAGRAM_BYTES = 65_507;

    private final DatagramChannel channel;
    private final InetSocketAddress target;
    private final int maxDatagramBytes;

    private CotUdpSender(InetSocketAddress target, int queueCapacity, int maxDatagramBytes) throws IOException {
        super("cot-udp-sender-" + target, queueCapacity);
        if (maxDatagramBytes < 64 || maxDatagramBytes > MAX_DATAGRAM_BYTES) {
            throw new IllegalArgumentException(
                    "maxDatagramBytes must be in [64, " + MAX_DATAGRAM_BYTES + "], got " + maxDatagramBytes);
        }
        this.target = target;
        this.maxDatagramBytes = maxDatagramBytes;
        this.channel = DatagramChannel.open();
        start();
    }

    /**
     * @param target where to send (unicast or multicast group)
     * @param queueCapacity events that may wait; beyond that {@link #offer} drops
     * @param maxDatagramBytes the largest event accepted, bytes (at most {@value #MAX_DATAGRAM_BYTES}; keep it under the
     *     path MTU, about 1400, to avoid IP fragmentation on radio links)
     */
    public static CotUdpSender open(InetSocketAddress target, int queueCapacity, int maxDatagramBytes)
            throws IOException {
        return new CotUdpSender(target, queueCapacity, maxDatagramBytes);
    }

    /**
     * A sender to a multicast group, leaving from {@code nif} with the given time-to-live (1 keeps it on the local
     * network, as ATAK does).
     */
    public static CotUdpSender openMulticast(
            InetSocketAddress group, NetworkInterface nif, int ttl, int queueCapacity, int maxDatagramBytes)
            throws IOException {
        CotUdpSender s = new CotUdpSender(group, queueCapacity, maxDatagramBytes);
        s.channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, nif);
        s.channel.setOption(StandardSocketOptions.IP_MULTICAST_TTL, ttl);
        return s;
    }

    @Override
    byte[] encode(CotEvent e) {
        byte[] b = CotXml.writeBytes(e);
        if (b.length > maxDatagramBytes) {
            throw new CotException(CotError.EVENT_TOO_LARGE, b.length, maxDatagramBytes);
        }
        return b;
    }

    @Override
    void transmit(byte[] bytes) throws IOException {
        channel.send(ByteBuffer.wrap(bytes), target);
    }

    @Override
    void release() throws IOException {
        channel.close();
    }
}
