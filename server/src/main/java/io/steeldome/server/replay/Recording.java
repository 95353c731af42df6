package io.steeldome.server.replay;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.doctrine.EngagementRecommendation;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import io.steeldome.server.api.Json;
import io.steeldome.server.approval.Decision;
import io.steeldome.server.approval.PostedRecommendation;
import io.steeldome.server.approval.RecommendationStatus;
import io.steeldome.server.audit.AuditEntry;
import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.audit.AuditVerification;
import io.steeldome.server.share.PictureDto;
import io.steeldome.server.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * A recorded C2 session, read once into memory from a copy of the server's H2 file.
 *
 * <p>The recording is evidence, so H2 never opens the original: {@link #open} hashes the file, copies it to a
 * temporary directory, checks that the copy has the same SHA-256, and opens only the copy (migrated to this build's
 * schema if it is older). The original's bytes are unchanged by a replay. The audit chain is verified on the copy
 * before anything is replayed.
 *
 * @param source the recorded database file (the .mv.db)
 * @param sourceSha256 hex SHA-256 of that file when it was copied
 * @param verification the recorded audit chain, verified
 * @param users the recorded users table, one column-name to value map per row (password hashes included: Argon2id,
 *     so the recorded credentials log in to the replay)
 * @param events every recorded change, in {@link ReplayEvent#ORDER}
 * @param audit the recorded audit log, by seq
 */
public record Recording(
        Path source,
        String sourceSha256,
        AuditVerification verification,
        List<Map<String, Object>> users,
        List<ReplayEvent> events,
        List<AuditEntry> audit) {
    public Recording {
        users = List.copyOf(users);
        events = events.stream().sorted(ReplayEvent.ORDER).toList();
        audit = List.copyOf(audit);
    }

    /** The time of the first recorded event (or of the first audit entry if there are no events). */
    public Optional<Instant> start() {
        return events.isEmpty()
                ? audit.stream().findFirst().map(AuditEntry::at)
                : Optional.of(events.getFirst().at());
    }

    /** The time of the last recorded event. */
    public Optional<Instant> end() {
        return events.isEmpty() ? start() : Optional.of(events.getLast().at());
    }

    /** The events of one kind, in replay order. */
    public <T extends ReplayEvent> List<T> eventsOf(Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /**
     * The database file that {@code db} names: the path as given if it ends in .mv.db, else with .mv.db appended
     * (the server's own convention).
     */
    public static Path fileOf(Path db) {
        String name = db.getFileName().toString();
        return name.endsWith(".mv.db") ? db : db.resolveSibling(name + ".mv.db");
    }

    /** Reads the recording at {@code db} (with or without .mv.db) through a verified copy in a temp directory. */
    public static Recording open(Path db) {
        Path file = fileOf(db);
        if (!Files.isRegularFile(file)) {
            throw new SteeldomeException(ReplayError.NO_RECORDING, file);
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("steeldome-replay-src");
        } catch (IOException e) {
            throw new SteeldomeException(e, ReplayError.NOT_A_RECORDING, file, e.getMessage());
        }
        try {
            String before = sha256(file);
            Path copy = dir.resolve("recording.mv.db");
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            if (!sha256(copy).equals(before) || !sha256(file).equals(before)) {
                throw new SteeldomeException(
                        ReplayError.NOT_A_RECORDING, file, "it changed while being copied; stop its server first");
            }
            Database d;
            try {
                d = Database.open(dir.resolve("recording"));
            } catch (SteeldomeException e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                throw new SteeldomeException(e, ReplayError.NOT_A_RECORDING, file, firstLine(root.getMessage()));
            }
            try (d) {
                AuditVerification v = new AuditLog(d, Clock.systemUTC()).verify();
                return d.inTransaction(c -> read(c, file, before, v));
            }
        } catch (IOException e) {
            throw new SteeldomeException(e, ReplayError.NOT_A_RECORDING, file, e.getMessage());
        } finally {
            deleteTree(dir);
        }
    }

    private static Recording read(Connection c, Path file, String sha, AuditVerification v) throws SQLException {
        List<AuditEntry> audit = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log ORDER BY seq");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                audit.add(AuditEntry.fromRow(rs));
            }
        }
        List<Map<String, Object>> users = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM users ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnName(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                }
                users.add(row);
            }
        }
        List<ReplayEvent> events = new ArrayList<>();
        readTracks(c, events);
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM alerts ORDER BY received_at, id");
                ResultSet rs = ps.executeQuery()) {
            long n = 0;
            while (rs.next()) {
                events.add(new ReplayEvent.AlertRaised(
                        instant(rs, "received_at"),
                        n++,
                        PictureDto.toAlert(Json.MAPPER.readValue(rs.getString("snapshot"), PictureDto.Alert.class))));
            }
        }
        Set<String> trackIds = new java.util.HashSet<>();
        for (ReplayEvent e : events) {
            if (e instanceof ReplayEvent.TrackUpdated t) {
                trackIds.add(t.track().id());
            }
        }
        readRecommendations(c, audit, events, trackIds);
        for (AuditEntry e : audit) {
            if (e.action().equals("weapons-control.set")) {
                JsonNode d = Json.MAPPER.readTree(e.details());
                events.add(new ReplayEvent.WeaponsControlSet(
                        e.at(),
                        e.seq(),
                        e.subject(),
                        WeaponsControlStatus.valueOf(d.get("status").stringValue()),
                        e.actor()));
            }
        }
        return new Recording(file, sha, v, users, events, audit);
    }

    /**
     * track_history rows. A row whose snapshot says it was deleted (a {@code deleted} column, or a snapshot with
     * {@code "deleted": true}) drops the track from the picture instead.
     */
    private static void readTracks(Connection c, List<ReplayEvent> events) throws SQLException {
        Set<String> columns = columns(c, "TRACK_HISTORY");
        boolean deletedColumn = columns.contains("DELETED");
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM track_history ORDER BY seq");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Instant at = instant(rs, "received_at");
                long seq = rs.getLong("seq");
                String snapshot = rs.getString("snapshot");
                JsonNode n = Json.MAPPER.readTree(snapshot);
                boolean deleted = (deletedColumn && rs.getBoolean("deleted"))
                        || (n.has("deleted")
                                && n.get("deleted").isBoolean()
                                && n.get("deleted").booleanValue());
                if (deleted) {
                    events.add(new ReplayEvent.TrackDropped(at, seq, rs.getString("track_id")));
                } else {
                    events.add(new ReplayEvent.TrackUpdated(
                            at, seq, PictureDto.toTrack(Json.MAPPER.treeToValue(n, PictureDto.Track.class))));
                }
            }
        }
    }

    private static void readRecommendations(
            Connection c, List<AuditEntry> audit, List<ReplayEvent> events, Set<String> trackIds) throws SQLException {
        Map<String, RecommendationStatus> finalStatus = new HashMap<>();
        Map<String, Instant> postedAt = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM recommendations ORDER BY posted_at, id");
                ResultSet rs = ps.executeQuery()) {
            long n = 0;
            while (rs.next()) {
                EngagementRecommendation r =
                        Json.MAPPER.readValue(rs.getString("snapshot"), EngagementRecommendation.class);
                Instant at = instant(rs, "posted_at");
                finalStatus.put(r.id(), RecommendationStatus.valueOf(rs.getString("status")));
                postedAt.put(r.id(), at);
                events.add(new ReplayEvent.RecommendationPosted(
                        at,
                        n++,
                        new PostedRecommendation(
                                r, RecommendationStatus.PENDING, new SimTime(rs.getLong("expires_nanos"))),
                        pictureTrack(r, trackIds)));
            }
        }
        // Supersedes and expiries are not rows of their own: the audit log has when they happened.
        Map<String, Boolean> changed = new HashMap<>();
        for (AuditEntry e : audit) {
            RecommendationStatus s = switch (e.action()) {
                case "recommendation.supersede" -> RecommendationStatus.SUPERSEDED;
                case "recommendation.expire" -> RecommendationStatus.EXPIRED;
                default -> null;
            };
            if (s != null && s == finalStatus.get(e.subject())) {
                events.add(new ReplayEvent.StatusChanged(e.at(), e.seq(), e.subject(), s));
                changed.put(e.subject(), true);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM decisions ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Decision d = Decision.fromRow(rs);
                EngagementRecommendation r = d.record().recommendation();
                events.add(new ReplayEvent.DecisionMade(d.decidedAtUtc(), rs.getLong("id"), d));
                changed.put(r.id(), true);
            }
        }
        // A final status with no recorded change (should not happen): shown from the moment it was posted.
        finalStatus.forEach((id, s) -> {
            if (s != RecommendationStatus.PENDING && !changed.containsKey(id)) {
                events.add(new ReplayEvent.StatusChanged(postedAt.get(id), Long.MAX_VALUE, id, s));
            }
        });
    }

    /** The live run's picture id of {@code r}'s track (see LiveAuthority: "run-T42" for "run-..."), if recorded. */
    private static Optional<String> pictureTrack(EngagementRecommendation r, Set<String> trackIds) {
        for (int i = r.id().indexOf('-'); i > 0; i = r.id().indexOf('-', i + 1)) {
            String id = r.id().substring(0, i) + "-T" + r.trackId().value();
            if (trackIds.contains(id)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private static Set<String> columns(Connection c, String table) throws SQLException {
        Set<String> out = new TreeSet<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getColumns(null, null, table, null)) {
            while (rs.next()) {
                out.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** Lower-case hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a temp file left behind is harmless
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }
}
