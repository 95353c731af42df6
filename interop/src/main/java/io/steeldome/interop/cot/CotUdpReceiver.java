package io.steeldome.interop.cot;

import java.io.Closeable;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Receives CoT events sent one per UDP datagram and hands each result, event or typed failure, to a listener on a
 * background thread. Datagrams longer than the limit are reported as {@link CotError#EVENT_TOO_LARGE} and dropped.
 */
public final class CotUdpReceiver implements Closeable {
    private final DatagramChannel channel;
    private final int maxDatagramBytes;
    private final Consumer<? super CotReadResult> listener;
    private final Thread worker;

    private CotUdpReceiver(DatagramChannel channel, int maxDatagramBytes, Consumer<? super CotReadResult> listener) {
        this.channel = channel;
        this.maxDatagramBytes = maxDatagramBytes;
        this.listener = listener;
        this.worker = Thread.ofPlatform().name("cot-udp-receiver").daemon(true).start(this::run);
    }

    /**
     * Binds (port 0 picks a free port) and starts receiving.
     *
     * @param listener called on the receiver thread, one call per datagram
     */
    public static CotUdpReceiver bind(
            InetSocketAddress local, int maxDatagramBytes, Consumer<? super CotReadResult> listener)
            throws IOException {
        Objects.requireNonNull(listener, "listener");
        if (maxDatagramBytes < 64 || maxDatagramBytes > CotUdpSender.MAX_DATAGRAM_BYTES) {
            throw new IllegalArgumentException("maxDatagramBytes must be in [64, 65507], got " + maxDatagramBytes);
        }
        DatagramChannel ch = DatagramChannel.open();
        try {
            ch.bind(local);
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        return new CotUdpReceiver(ch, maxDatagramBytes, listener);
    }

    /**
     * Joins a multicast group and receives what is sent to it, as ATAK's mesh SA does (group 239.2.3.1, port 6969 by
     * default).
     *
     * @param nif the interface to join on
     */
    public static CotUdpReceiver bindMulticast(
            InetAddress group,
            int port,
            NetworkInterface nif,
            int maxDatagramBytes,
            Consumer<? super CotReadResult> listener)
            throws IOException {
        Objects.requireNonNull(listener, "listener");
        if (!group.isMulticastAddress()) {
            throw new IllegalArgumentException(group + " is not a multicast address");
        }
        if (maxDatagramBytes < 64 || maxDatagramBytes > CotUdpSender.MAX_DATAGRAM_BYTES) {
            throw new IllegalArgumentException("maxDatagramBytes must be in [64, 65507], got " + maxDatagramBytes);
        }
        DatagramChannel ch = DatagramChannel.open(
                group instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        try {
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, true); // several TAK tools listen on the same port
            ch.bind(new InetSocketAddress(port));
            ch.join(group, nif);
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        return new CotUdpReceiver(ch, maxDatagramBytes, listener);
    }

    public InetSocketAddress localAddress() throws IOException {
        return (InetSocketAddress) channel.getLocalAddress();
    }

    private void run() {
        ByteBuffer buf = ByteBuffer.allocate(maxDatagramBytes + 1); // one spare byte reveals an oversize datagram
        while (channel.isOpen()) {
            buf.clear();
            try {
                channel.receive(buf);
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException e) {
                if (!channel.isOpen()) {
                    return;
                }
                deliver(new CotReadResult.Failed(
                        new CotException(e, 0, 0, 0, CotError.IO, "UDP receive", String.valueOf(e.getMessage())), ""));
                continue;
            }
            buf.flip();
            deliver(decode(buf.array(), buf.limit(), maxDatagramBytes));
        }
    }

    static CotReadResult decode(byte[] data, int length, int maxBytes) {
        if (length > maxBytes) {
            return new CotReadResult.Failed(
                    new CotException(CotError.EVENT_TOO_LARGE, "> " + maxBytes, maxBytes),
                    CotXml.decode(data, 0, Math.min(length, CotReadResult.Failed.EXCERPT_CHARS)));
        }
        if (length > 0 && (data[0] & 0xFF) == 0xBF) {
            return new CotReadResult.Failed(
                    new CotException(CotError.UNSUPPORTED_PAYLOAD, String.format("%02X", data[0] & 0xFF)), "");
        }
        try {
            return new CotReadResult.Parsed(CotXml.read(data, 0, length));
        } catch (CotException e) {
            return new CotReadResult.Failed(e, CotXml.decode(data, 0, length));
        }
    }

    private void deliver(CotReadResult r) {
        try {
            listener.accept(r);
        } catch (RuntimeException e) { // thread boundary: a faulty listener must not stop reception
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close(); // unblocks receive()
        try {
            worker.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
