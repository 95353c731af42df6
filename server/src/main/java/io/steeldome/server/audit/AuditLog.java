package io.steeldome.server.audit;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.server.ServerError;
import io.steeldome.server.api.Json;
import io.steeldome.server.store.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The append-only, hash-chained audit log. Each entry's hash is SHA-256 over the previous entry's hash followed by the
 * entry's canonical serialisation (a JSON array of seq, time, actor, action, subject and the details with sorted
 * keys), so changing, removing or reordering any entry breaks the chain from that entry on. {@link #append} is the
 * only writer; the table's triggers refuse UPDATE and DELETE. Truncating the newest entries is not detectable from
 * the chain alone: keep the head ({@link #head}, "seq:hash") outside the database, e.g. with {@link AuditAnchor} or
 * {@code GET /api/audit/head}, and check against it with {@link #verify(Anchor)}.
 */
public final class AuditLog {
    /** Hash that precedes the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private final Database db;
    private final Clock clock;

    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Appends an entry in its own transaction. */
    public AuditEntry append(String actor, String action, String subject, JsonNode details) {
        return db.inTransaction(c -> append(c, actor, action, subject, details));
    }

    /**
     * Appends an entry inside the caller's transaction {@code c}, so that it commits or rolls back with the change it
     * records.
     */
    public AuditEntry append(Connection c, String actor, String action, String subject, JsonNode details)
            throws SQLException {
        long seq = 1;
        String prev = GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                prev = rs.getString(2);
            }
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String canonicalDetails = Json.canonical(details);
        String hash = hash(prev, seq, at, actor, action, subject, details);
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO audit_log (seq, at, actor, action, subject, details,"
                        + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setString(3, actor);
            ps.setString(4, action);
            ps.setString(5, subject);
            ps.setString(6, canonicalDetails);
            ps.setString(7, prev);
            ps.setString(8, hash);
            ps.executeUpdate();
        }
        return new AuditEntry(seq, at, actor, action, subject, canonicalDetails, prev, hash);
    }

    /** Entries with seq > {@code afterSeq}, oldest first, at most {@code limit}. */
    public List<AuditEntry> list(long afterSeq, int limit) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, afterSeq);
                ps.setInt(2, limit);
                return read(ps);
            }
        });
    }

    /**
     * A known point of the chain, "seq:hash", kept outside the database.
     *
     * @param seq the entry's sequence number, >= 1
     * @param hash its lower-case hex SHA-256 chain hash
     */
    public record Anchor(long seq, String hash) {
        private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("[0-9a-f]{64}");

        public Anchor {
            if (seq < 1) {
                throw new IllegalArgumentException("anchor seq must be >= 1, got " + seq);
            }
            if (hash == null || !HEX.matcher(hash).matches()) {
                throw new IllegalArgumentException("anchor hash must be 64 lower-case hex digits");
            }
        }

        /** Parses "seq:hash" (surrounding white space ignored). */
        public static Anchor parse(String text) {
            String s = text.strip();
            int colon = s.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("anchor must be seq:hash, got \"" + s + "\"");
            }
            long seq;
            try {
                seq = Long.parseLong(s.substring(0, colon));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("anchor seq must be an integer, got \"" + s + "\"");
            }
            return new Anchor(seq, s.substring(colon + 1).toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public String toString() {
            return seq + ":" + hash;
        }
    }

    /** The newest entry, if any: the chain's head. */
    public java.util.Optional<AuditEntry> head() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1")) {
                List<AuditEntry> one = read(ps);
                return one.isEmpty() ? java.util.Optional.<AuditEntry>empty() : java.util.Optional.of(one.getFirst());
            }
        });
    }

    /**
     * Walks the whole chain and also checks that it still holds the entry {@code anchor} names with that hash: a chain
     * that verifies on its own but ends before the anchor was truncated, one with another hash there was rewritten.
     */
    public AuditVerification verify(Anchor anchor) {
        AuditVerification v = verify();
        if (!v.ok()) {
            return v;
        }
        if (v.entries() < anchor.seq()) {
            return new AuditVerification(
                    v.entries(),
                    OptionalLong.of(v.entries() + 1),
                    "truncated: the chain ends at entry " + v.entries() + " but the anchor names entry "
                            + anchor.seq());
        }
        List<AuditEntry> at = list(anchor.seq() - 1, 1);
        if (at.isEmpty() || !at.getFirst().hash().equals(anchor.hash())) {
            return new AuditVerification(
                    v.entries(),
                    OptionalLong.of(anchor.seq()),
                    "rewritten: entry " + anchor.seq() + " does not have the anchor's hash");
        }
        return v;
    }

    /** Walks the whole chain from the first entry. */
    public AuditVerification verify() {
        List<AuditEntry> all = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log ORDER BY seq")) {
                return read(ps);
            }
        });
        String prev = GENESIS;
        long expected = 1;
        for (AuditEntry e : all) {
            if (e.seq() != expected) {
                return new AuditVerification(
                        all.size(), OptionalLong.of(expected), "entry " + expected + " is missing");
            }
            if (!e.prevHash().equals(prev)) {
                return new AuditVerification(all.size(), OptionalLong.of(e.seq()), "previous-hash link does not match");
            }
            JsonNode details;
            try {
                details = Json.MAPPER.readTree(e.details());
            } catch (JacksonException ex) {
                return new AuditVerification(all.size(), OptionalLong.of(e.seq()), "details are not JSON");
            }
            String h = hash(prev, e.seq(), e.at(), e.actor(), e.action(), e.subject(), details);
            if (!h.equals(e.hash())) {
                return new AuditVerification(all.size(), OptionalLong.of(e.seq()), "content does not match its hash");
            }
            prev = e.hash();
            expected++;
        }
        return new AuditVerification(all.size(), OptionalLong.empty(), "");
    }

    private static List<AuditEntry> read(PreparedStatement ps) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(AuditEntry.fromRow(rs));
            }
        }
        return out;
    }

    static String hash(
            String prev, long seq, Instant at, String actor, String action, String subject, JsonNode details) {
        ArrayNode entry = Json.MAPPER.createArrayNode();
        entry.add(seq).add(at.toString()).add(actor).add(action).add(subject).add(details);
        return sha256Hex(prev + Json.canonical(entry));
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code s}. */
    public static String sha256Hex(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new SteeldomeException(e, ServerError.AUDIT_CHAIN, "SHA-256 unavailable");
        }
    }
}
