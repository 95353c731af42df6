package io.steeldome.server.auth;

import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.store.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

/** Login sessions: opaque random tokens whose SHA-256 (never the token) is stored with an expiry. */
public final class Sessions {
    private final Database db;
    private final Users users;
    private final SecureRandom random;
    private final Clock clock;
    private final Duration ttl;

    public Sessions(Database db, Users users, SecureRandom random, Clock clock, Duration ttl) {
        this.db = db;
        this.users = users;
        this.random = random;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Opens a session for {@code user}. */
    public Session open(User user) {
        String token = randomToken();
        String csrf = randomToken();
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE expires_at <= ?")) {
                ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)); // housekeeping
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sessions (token_sha256, csrf_sha256, user_id,"
                    + " created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, AuditLog.sha256Hex(token));
                ps.setString(2, AuditLog.sha256Hex(csrf));
                ps.setLong(3, user.id());
                ps.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.setObject(5, OffsetDateTime.ofInstant(expires, ZoneOffset.UTC));
                return ps.executeUpdate();
            }
        });
        return new Session(token, csrf, user, expires);
    }

    /** The caller holding {@code token}, if the session exists, has not expired and its user is active. */
    public Optional<Caller> resolve(String token, boolean viaCookie) {
        String h = AuditLog.sha256Hex(token);
        return db.inTransaction(c -> {
            long userId;
            String csrf;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT user_id, csrf_sha256 FROM sessions WHERE token_sha256 = ? AND expires_at > ?")) {
                ps.setString(1, h);
                ps.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    userId = rs.getLong(1);
                    csrf = rs.getString(2);
                }
            }
            return users.byId(c, userId).map(u -> new Caller(u, h, csrf, viaCookie));
        });
    }

    /** Whether {@code presented} is the caller's CSRF token (constant-time on the hashes). */
    public static boolean csrfMatches(Caller caller, String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(
                AuditLog.sha256Hex(presented).getBytes(StandardCharsets.US_ASCII),
                caller.csrfSha256().getBytes(StandardCharsets.US_ASCII));
    }

    /** Ends the caller's session. */
    public void close(Caller caller) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE token_sha256 = ?")) {
                ps.setString(1, caller.tokenSha256());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Ends every session of user {@code userId} inside {@code c}, except the one whose token hashes to {@code
     * keepTokenSha256} if given. Returns how many ended.
     */
    int revokeUser(java.sql.Connection c, long userId, Optional<String> keepTokenSha256) throws java.sql.SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM sessions WHERE user_id = ? AND token_sha256 <> ?")) {
            ps.setLong(1, userId);
            ps.setString(2, keepTokenSha256.orElse(""));
            return ps.executeUpdate();
        }
    }

    private String randomToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
