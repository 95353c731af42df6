package io.steeldome.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One audit log entry as stored.
 *
 * @param seq position in the chain, 1, 2, 3, ...
 * @param at when it was appended (microsecond precision, the database's)
 * @param actor username, or "system"/"engine"
 * @param action dotted verb, e.g. "decision.approve"
 * @param subject what it is about, e.g. a recommendation id
 * @param details canonical JSON text
 * @param prevHash hex SHA-256 of the previous entry (64 zeros for the first)
 * @param hash hex SHA-256 of prevHash followed by this entry's canonical serialisation
 */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        String action,
        String subject,
        String details,
        String prevHash,
        String hash) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The entry of an {@code audit_log} row (the server's own reads, and a replay reading a recording). */
    public static AuditEntry fromRow(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject"),
                rs.getString("details"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
