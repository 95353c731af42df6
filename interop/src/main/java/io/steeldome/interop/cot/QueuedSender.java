package io.steeldome.interop.cot;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bounded queue of encoded events drained by one background thread. Producers never block: {@link #offer} returns
 * false when the queue is full (CoT position reports are superseded by the next one, so dropping under overload is
 * better than stalling the tracker). Closing sends what is queued, then releases the transport.
 */
public abstract class QueuedSender implements Closeable {
    private static final byte[] END = new byte[0];

    private final String name;
    private final BlockingQueue<byte[]> queue;
    private final Thread worker;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicReference<CotException> failure = new AtomicReference<>();
    private volatile boolean closed;

    QueuedSender(String name, int queueCapacity) {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be >= 1, got " + queueCapacity);
        }
        this.name = name;
        this.queue = new ArrayBlockingQueue<>(queueCapacity + 1); // +1 keeps room for the end marker
        this.worker = Thread.ofPlatform().name(name).daemon(true).unstarted(this::drain);
    }

    /** Starts the worker; called by subclasses once their transport is open. */
    final void start() {
        worker.start();
    }

    /** Sends one encoded event (called on the worker thread only). */
    abstract void transmit(byte[] bytes) throws IOException;

    /** Encodes and checks an event on the caller's thread. */
    abstract byte[] encode(CotEvent e);

    /** Releases the transport after the worker stopped. */
    abstract void release() throws IOException;

    /**
     * Queues an event.
     *
     * @return false when the queue is full (the event is dropped and counted)
     * @throws CotException {@link CotError#TRANSPORT_CLOSED} after close or a transport failure,
     *     {@link CotError#EVENT_TOO_LARGE} when the event does not fit the transport
     */
    public final boolean offer(CotEvent e) {
        if (closed || failure.get() != null) {
            throw new CotException(failure.get(), 0, 0, 0, CotError.TRANSPORT_CLOSED, name);
        }
        byte[] b = encode(e);
        if (queue.remainingCapacity() <= 1 || !queue.offer(b)) {
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    /** Events handed to the transport so far. */
    public final long sent() {
        return sent.get();
    }

    /** Events dropped because the queue was full. */
    public final long dropped() {
        return dropped.get();
    }

    /** The failure that stopped the sender, if any. */
    public final Optional<CotException> failure() {
        return Optional.ofNullable(failure.get());
    }

    private void drain() {
        try {
            while (true) {
                byte[] b = queue.take();
                if (b == END) {
                    return;
                }
                transmit(b);
                sent.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) { // thread boundary: record, stop, let offer() report it
            failure.compareAndSet(
                    null, new CotException(e, 0, 0, 0, CotError.IO, name, String.valueOf(e.getMessage())));
        }
    }

    /** Sends what is queued (waiting up to 30 s), then closes the transport. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (worker.isAlive() && !queue.offer(END, 30, TimeUnit.SECONDS)) {
                worker.interrupt();
            }
            worker.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (worker.isAlive()) {
                worker.interrupt();
            }
            release();
        }
    }
}
