package io.steeldome.server.feed;

import io.steeldome.border.share.SharedTrack;
import io.steeldome.server.share.LivePicture;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes a socket feed's tracks into the picture, behind a bounded queue: a burst from a sender
 * costs dropped tracks (counted), never unbounded memory, and a slow database never blocks a socket reader.
 */
final class FeedWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedWorker.class);

    private final LivePicture picture;
    private final FeedCounters counters;
    private final BlockingQueue<SharedTrack> queue;
    private final Thread thread;
    private volatile boolean running = true;

    FeedWorker(String name, LivePicture picture, FeedCounters counters, int capacity) {
        this.picture = Objects.requireNonNull(picture, "picture");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = Thread.ofPlatform().name("feed-" + name).daemon(true).start(this::run);
    }

    /** Queues a track for the picture; counts it as dropped when the queue is full. */
    void offer(SharedTrack t) {
        if (!queue.offer(t)) {
            counters.reject(FeedCounters.Rejection.DROPPED);
        }
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            SharedTrack t;
            try {
                t = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (t == null) {
                continue;
            }
            try {
                picture.post(t);
                counters.accepted();
            } catch (RuntimeException e) { // thread boundary: one failed write must not stop the feed
                counters.reject(FeedCounters.Rejection.FAILED);
                LOG.warn("feed track {} not stored", t.id(), e);
            }
        }
    }

    /** Stops after writing what is queued (bounded wait). */
    @Override
    public void close() {
        running = false;
        awaitStop(thread);
    }

    /** Waits up to 10 s for a feed thread told to stop to drain and end, then interrupts it (shared by the workers). */
    static void awaitStop(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }
}
