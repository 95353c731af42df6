package io.steeldome.interop.cot;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A TAK-compatible plain-XML CoT input: accepts TCP connections and reads each as an undelimited stream of events
 * ({@link CotStreamReader}), handing every event or typed failure to a listener. One virtual thread per connection;
 * the listener is called from several connections at once, so it must be thread-safe.
 */
public final class CotTcpServer implements Closeable {
    private final ServerSocket server;
    private final Consumer<? super CotReadResult> listener;
    private final int maxEventChars;
    private final Predicate<SocketAddress> acceptPeer;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Set<Thread> readers = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    private CotTcpServer(
            ServerSocket server,
            int maxEventChars,
            Predicate<SocketAddress> acceptPeer,
            Consumer<? super CotReadResult> listener) {
        this.server = server;
        this.maxEventChars = maxEventChars;
        this.acceptPeer = acceptPeer;
        this.listener = listener;
        this.acceptor = Thread.ofPlatform().name("cot-tcp-accept").daemon(true).start(this::acceptLoop);
    }

    /** Binds (port 0 picks a free port) and starts accepting from anyone. */
    public static CotTcpServer bind(
            InetSocketAddress local, int maxEventChars, Consumer<? super CotReadResult> listener) throws IOException {
        return bind(local, maxEventChars, peer -> true, listener);
    }

    /**
     * Binds and starts accepting; a connection whose remote address {@code acceptPeer} refuses is closed at accept,
     * before a byte of it is read.
     */
    public static CotTcpServer bind(
            InetSocketAddress local,
            int maxEventChars,
            Predicate<SocketAddress> acceptPeer,
            Consumer<? super CotReadResult> listener)
            throws IOException {
        Objects.requireNonNull(acceptPeer, "acceptPeer");
        Objects.requireNonNull(listener, "listener");
        ServerSocket s = new ServerSocket();
        try {
            s.bind(local);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        return new CotTcpServer(s, maxEventChars, acceptPeer, listener);
    }

    public static CotTcpServer bind(InetSocketAddress local, Consumer<? super CotReadResult> listener)
            throws IOException {
        return bind(local, CotStreamReader.DEFAULT_MAX_EVENT_CHARS, listener);
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket s;
            try {
                s = server.accept();
            } catch (IOException e) { // closed, or a transient accept failure: either way check isClosed
                continue;
            }
            if (!acceptPeer.test(s.getRemoteSocketAddress())) {
                try {
                    s.close();
                } catch (IOException e) {
                    // refused either way
                }
                continue;
            }
            connections.add(s);
            Thread t = Thread.ofVirtual()
                    .name("cot-tcp-conn-" + s.getRemoteSocketAddress())
                    .unstarted(() -> serve(s));
            readers.add(t);
            t.start();
        }
    }

    private void serve(Socket s) {
        try (s;
                CotStreamReader r = new CotStreamReader(s.getInputStream(), maxEventChars)) {
            r.forEach(this::deliver);
        } catch (SocketException closed) {
            // the peer reset the connection or we are shutting down: nothing more to read
        } catch (IOException e) {
            deliver(new CotReadResult.Failed(
                    new CotException(e, 0, 0, 0, CotError.IO, "TCP read", String.valueOf(e.getMessage())), ""));
        } finally {
            connections.remove(s);
            readers.remove(Thread.currentThread());
        }
    }

    private void deliver(CotReadResult r) {
        try {
            listener.accept(r);
        } catch (RuntimeException e) { // thread boundary: a faulty listener must not drop the connection
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
    }

    /** Stops accepting, closes every open connection and waits for the reader threads. */
    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : connections) {
            s.close();
        }
        try {
            acceptor.join(TimeUnit.SECONDS.toMillis(30));
            for (Thread t : readers) {
                t.join(TimeUnit.SECONDS.toMillis(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
