package io.steeldome.server.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the audit log's head ("seq:hash" and a newline) in a file outside the database, so that deleting the newest
 * entries (which the hash chain alone cannot show) is caught by {@code steeldome audit verify --anchor}. It reads the
 * committed head every second and rewrites the file (write to a temporary file, then an atomic rename) once at least
 * {@code every} entries were added, and always at {@link #close}. Reading committed entries, never the one being
 * appended, means the anchor never names an entry that is later rolled back. Put the file where the database's
 * writer cannot rewrite it unnoticed (another volume, a log shipper, a WORM store): an attacker who can edit both can
 * forge both.
 */
public final class AuditAnchor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchor.class);

    private final AuditLog audit;
    private final Path file;
    private final int every;
    private long written; // seq last written; guarded by this
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "steeldome-audit-anchor");
        t.setDaemon(true);
        return t;
    });

    public AuditAnchor(AuditLog audit, Path file, int every) {
        this.audit = audit;
        this.file = file;
        this.every = every;
    }

    /** Starts the periodic check. */
    public AuditAnchor start() {
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        writeIfDue(false);
                    } catch (RuntimeException e) { // thread boundary: log and try again next second
                        LOG.error("audit anchor {} not written", file, e);
                    }
                },
                1,
                1,
                TimeUnit.SECONDS);
        return this;
    }

    /**
     * Writes the head if at least {@code every} entries came since the last write, or if {@code force} and anything
     * came. Returns the anchor written.
     */
    public synchronized Optional<AuditLog.Anchor> writeIfDue(boolean force) {
        Optional<AuditEntry> head = audit.head();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        long seq = head.get().seq();
        if (seq == written || (!force && seq - written < every)) {
            return Optional.empty();
        }
        AuditLog.Anchor a = new AuditLog.Anchor(seq, head.get().hash());
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, a + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit anchor " + file, e);
        }
        written = seq;
        return Optional.of(a);
    }

    /** Stops the timer and writes the final head (call before the database closes). */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            writeIfDue(true);
        } catch (RuntimeException e) {
            LOG.error("final audit anchor {} not written", file, e);
        }
    }
}
