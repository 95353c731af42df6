package io.steeldome.interop.cot;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Streams CoT events to a TAK server's (or any CoT router's) plain-XML TCP input, e.g. port 8087: each event is
 * written as its own XML document, back to back with no delimiter, which is how TAK clients and servers send them.
 * A broken connection stops the client; {@link #failure()} tells why and later {@link #offer}s throw.
 *
 * <p>A TAK server also sends the other clients' events down the same connection; they are read on a background
 * thread and handed to the {@code incoming} listener (or read and dropped), so the server never sees a stalled peer.
 */
public final class CotTcpClient extends QueuedSender {
    private final Socket socket;
    private final OutputStream out;
    private final Thread reader;

    private CotTcpClient(Socket socket, int queueCapacity, Consumer<? super CotReadResult> incoming)
            throws IOException {
        super("cot-tcp-client-" + socket.getRemoteSocketAddress(), queueCapacity);
        this.socket = socket;
        this.out = socket.getOutputStream();
        CotStreamReader in = new CotStreamReader(socket.getInputStream());
        this.reader = Thread.ofVirtual()
                .name("cot-tcp-client-in-" + socket.getRemoteSocketAddress())
                .start(() -> readIncoming(in, incoming));
        start();
    }

    /** Connects, waiting at most {@code connectTimeout}; events the server sends back are read and dropped. */
    public static CotTcpClient connect(InetSocketAddress server, int queueCapacity, Duration connectTimeout)
            throws IOException {
        return connect(server, queueCapacity, connectTimeout, r -> {});
    }

    /**
     * Connects, waiting at most {@code connectTimeout}.
     *
     * @param incoming receives what the server sends on this connection, on a background thread
     */
    public static CotTcpClient connect(
            InetSocketAddress server,
            int queueCapacity,
            Duration connectTimeout,
            Consumer<? super CotReadResult> incoming)
            throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true); // events are small and latency matters more than segment count
            s.connect(server, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
            return new CotTcpClient(s, queueCapacity, incoming);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static void readIncoming(CotStreamReader in, Consumer<? super CotReadResult> incoming) {
        try {
            in.forEach(r -> {
                try {
                    incoming.accept(r);
                } catch (RuntimeException e) { // thread boundary: a faulty listener must not stop reading
                    Thread t = Thread.currentThread();
                    t.getUncaughtExceptionHandler().uncaughtException(t, e);
                }
            });
        } catch (SocketException closed) {
            // our own close() or a reset: nothing more to read
        } catch (IOException e) {
            incoming.accept(new CotReadResult.Failed(
                    new CotException(e, 0, 0, 0, CotError.IO, "TCP read", String.valueOf(e.getMessage())), ""));
        }
    }

    @Override
    byte[] encode(CotEvent e) {
        return CotXml.writeBytes(e);
    }

    @Override
    void transmit(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    void release() throws IOException {
        try {
            if (!socket.isClosed()) {
                socket.shutdownOutput(); // a clean end of stream for the receiver
            }
        } finally {
            socket.close();
            try {
                reader.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
