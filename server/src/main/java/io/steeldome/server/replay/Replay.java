package io.steeldome.server.replay;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.server.ServerConfig;
import io.steeldome.server.SteeldomeServer;
import io.steeldome.server.api.Json;
import io.steeldome.server.auth.Argon2Params;
import io.steeldome.server.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A recorded session served again: a {@link SteeldomeServer} on a fresh database in a temporary directory (deleted on
 * {@link #close}), on a {@link ReplayClock}, with its approval queue in replay mode (every approve, reject or weapons
 * control order answers 409 "replay"), fed by a {@link ReplayPlayer}. The recorded users are copied with their
 * Argon2id hashes, so the recorded credentials log in; nothing is written to the recording.
 *
 * <p>Not replayed: the threat table and inventory (the live board is not recorded) and the release policy (not
 * recorded either: {@link Options#config} chooses it, deny-all by default).
 */
public final class Replay implements AutoCloseable {
    /**
     * @param host interface to bind
     * @param port HTTP port, 0 for any free port
     * @param from start at this recorded time (what came before is applied at once); empty: the first event
     * @param to stop at this recorded time; empty: the last event
     * @param allowBrokenChain replay even if the audit chain does not verify (the caller has warned)
     * @param passwordHashing Argon2id cost for hashes the replay server writes (recorded hashes keep theirs)
     */
    public record Options(
            String host,
            int port,
            Optional<Instant> from,
            Optional<Instant> to,
            boolean allowBrokenChain,
            Argon2Params passwordHashing) {
        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(passwordHashing, "passwordHashing");
            if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                throw new SteeldomeException(
                        ReplayError.BAD_RANGE, "--to " + to.get() + " is before --from " + from.get());
            }
        }

        public static Options defaults(int port) {
            return new Options("127.0.0.1", port, Optional.empty(), Optional.empty(), false, Argon2Params.DEFAULT);
        }

        public Options withRange(Optional<Instant> f, Optional<Instant> t) {
            return new Options(host, port, f, t, allowBrokenChain, passwordHashing);
        }

        public Options withAllowBrokenChain(boolean b) {
            return new Options(host, port, from, to, b, passwordHashing);
        }

        public Options withPasswordHashing(Argon2Params p) {
            return new Options(host, port, from, to, allowBrokenChain, p);
        }

        ServerConfig config(Path db) {
            return ServerConfig.defaults(db, port).withPasswordHashing(passwordHashing);
        }
    }

    private final Recording recording;
    private final Path dir;
    private final ReplayClock clock;
    private final SteeldomeServer server;
    private final ReplayPlayer player;

    private Replay(Recording recording, Path dir, ReplayClock clock, SteeldomeServer server, ReplayPlayer player) {
        this.recording = recording;
        this.dir = dir;
        this.clock = clock;
        this.server = server;
        this.player = player;
    }

    /** Starts serving {@code recording} (nothing played yet: call {@link ReplayPlayer#run} or advance by hand). */
    public static Replay start(Recording recording, Options options) {
        if (!recording.verification().ok() && !options.allowBrokenChain()) {
            throw new SteeldomeException(
                    ReplayError.BROKEN_CHAIN,
                    recording.verification().firstBrokenSeq().getAsLong(),
                    recording.verification().problem());
        }
        Instant first = recording
                .start()
                .orElseThrow(() -> new SteeldomeException(ReplayError.BAD_RANGE, "the recording holds nothing"));
        Instant start = options.from().orElse(first);
        Instant end = options.to().orElse(recording.end().orElseThrow());
        if (end.isBefore(start)) {
            end = start; // e.g. --from after the last event: the final picture, held
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("steeldome-replay");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path db = dir.resolve("replay");
        SteeldomeServer server = null;
        try {
            try (Database d = Database.open(db)) {
                d.inTransaction(c -> {
                    copyUsers(c, recording.users());
                    return null;
                });
            }
            ReplayClock clock = new ReplayClock(start);
            server = new SteeldomeServer(options.config(db), clock, System::nanoTime, new SecureRandom());
            server.approvals().enterReplay(); // before the port opens: no request ever sees a live queue
            server.audit()
                    .append(
                            "system",
                            "replay.start",
                            recording.source().toString(),
                            Json.MAPPER
                                    .createObjectNode()
                                    .put("sha256", recording.sourceSha256())
                                    .put(
                                            "auditChainOk",
                                            recording.verification().ok())
                                    .put(
                                            "auditEntries",
                                            recording.verification().entries())
                                    .put("from", start.toString())
                                    .put("to", end.toString()));
            ReplayPlayer player = new ReplayPlayer(
                    recording.events(), start, end, server.picture(), server.approvals(), server.board(), clock);
            server.start();
            return new Replay(recording, dir, clock, server, player);
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            Recording.deleteTree(dir);
            throw e;
        }
    }

    /** The recorded users into the fresh users table: same ids, names, roles and password hashes. */
    private static void copyUsers(Connection c, List<Map<String, Object>> users) throws SQLException {
        if (users.isEmpty()) {
            return;
        }
        Set<String> target = new TreeSet<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getColumns(null, null, "USERS", null)) {
            while (rs.next()) {
                target.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        List<String> cols = new ArrayList<>(users.getFirst().keySet());
        cols.retainAll(target);
        String sql = "INSERT INTO users (" + String.join(", ", cols) + ") VALUES ("
                + String.join(", ", cols.stream().map(x -> "?").toList()) + ")";
        long maxId = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map<String, Object> u : users) {
                for (int i = 0; i < cols.size(); i++) {
                    ps.setObject(i + 1, u.get(cols.get(i)));
                }
                ps.addBatch();
                maxId = Math.max(maxId, ((Number) u.get("id")).longValue());
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE users ALTER COLUMN id RESTART WITH " + (maxId + 1));
        }
    }

    public Recording recording() {
        return recording;
    }

    public SteeldomeServer server() {
        return server;
    }

    public ReplayPlayer player() {
        return player;
    }

    /** The recorded time the replay has reached (the replay server's clock). */
    public Instant now() {
        return clock.instant();
    }

    /** The replay server's port. */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        player.stop();
        server.close();
        Recording.deleteTree(dir);
    }
}
