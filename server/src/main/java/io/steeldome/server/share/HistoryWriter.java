package io.steeldome.server.share;

import io.steeldome.border.share.SharedTrack;
import io.steeldome.server.api.Json;
import io.steeldome.server.store.Database;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes track_history rows behind the picture: callers hand rows over and return; one thread commits everything
 * queued so far in one transaction (group commit), so a feed pays neither the JSON nor the file sync of its rows.
 * The queue is bounded: when the disk falls that far behind, {@link #enqueue} waits (back-pressure reaches the feed's
 * own bounded queue, which counts what it drops) rather than lose history silently. Rows are written in the order
 * they were handed over.
 */
final class HistoryWriter {
    /** One history row: a track state, or its last state with {@code deleted} when it left the picture. */
    record Row(SharedTrack track, Instant receivedAt, boolean deleted) {}

    private static final Logger LOG = LoggerFactory.getLogger(HistoryWriter.class);
    /** About a minute of a 10,000-plot/s feed's track updates. */
    private static final int CAPACITY = 1 << 19;
    /** Most rows per transaction (keeps one commit's memory and lock time bounded). */
    private static final int MAX_BATCH = 20_000;

    private final Database db;
    private final BlockingQueue<Row> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong handedOver = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final Object progress = new Object();
    private final Thread thread;
    private volatile boolean closing;

    HistoryWriter(Database db) {
        this.db = db;
        this.thread =
                Thread.ofPlatform().name("picture-history-writer").daemon(true).start(this::run);
    }

    /** Queues {@code rows} in order; waits while the queue is full. Rows handed over after {@link #close} are logged and dropped. */
    void enqueue(List<Row> rows) {
        if (closing) {
            if (!rows.isEmpty()) {
                LOG.warn("{} track history row(s) after the picture closed: not recorded", rows.size());
            }
            return;
        }
        for (Row r : rows) {
            try {
                queue.put(r);
                handedOver.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warn("interrupted while queueing track history: {} row(s) not recorded", rows.size());
                return;
            }
        }
    }

    private void run() {
        List<Row> batch = new ArrayList<>();
        while (!(closing && queue.isEmpty())) {
            try {
                Row first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) { // thread boundary: log the lost rows, keep writing what comes next
                LOG.error("{} track history row(s) not recorded", batch.size(), e);
            } finally {
                done.addAndGet(batch.size());
                batch.clear();
                synchronized (progress) {
                    progress.notifyAll();
                }
            }
        }
    }

    /** The history rows, and each track's last state of the batch into track_latest (V4), in one transaction. */
    private void write(List<Row> batch) {
        Map<String, String> lastJson = new LinkedHashMap<>();
        Map<String, Boolean> lastDeleted = new LinkedHashMap<>();
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO track_history"
                    + " (track_id, agency, received_at, snapshot, deleted) VALUES (?, ?, ?, ?, ?)")) {
                for (Row r : batch) {
                    String json = Json.MAPPER.writeValueAsString(PictureDto.track(r.track()));
                    ps.setString(1, r.track().id());
                    ps.setString(2, r.track().agencyId());
                    ps.setObject(3, OffsetDateTime.ofInstant(r.receivedAt(), ZoneOffset.UTC));
                    ps.setString(4, json);
                    ps.setBoolean(5, r.deleted());
                    ps.addBatch();
                    lastJson.put(r.track().id(), json);
                    lastDeleted.put(r.track().id(), r.deleted());
                }
                ps.executeBatch();
            }
            try (PreparedStatement merge = c.prepareStatement(
                            "MERGE INTO track_latest (track_id, snapshot) KEY (track_id) VALUES (?, ?)");
                    PreparedStatement delete = c.prepareStatement("DELETE FROM track_latest WHERE track_id = ?")) {
                for (Map.Entry<String, String> e : lastJson.entrySet()) {
                    if (lastDeleted.get(e.getKey())) {
                        delete.setString(1, e.getKey());
                        delete.addBatch();
                    } else {
                        merge.setString(1, e.getKey());
                        merge.setString(2, e.getValue());
                        merge.addBatch();
                    }
                }
                merge.executeBatch();
                delete.executeBatch();
            }
            return null;
        });
    }

    /** Waits until every row handed over before the call is committed (or failed, then logged). */
    void flush() {
        long target = handedOver.get();
        synchronized (progress) {
            while (done.get() < target && thread.isAlive()) {
                try {
                    progress.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Commits what is queued, then stops. */
    void close() {
        flush();
        closing = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
