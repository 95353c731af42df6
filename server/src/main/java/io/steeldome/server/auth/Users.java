package io.steeldome.server.auth;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.server.ServerError;
import io.steeldome.server.api.Json;
import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** User accounts: creation (audited), lookup and password checks. */
public final class Users {
    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final Database db;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;
    // A hash of a password nobody knows, at the configured cost: checking an unknown username against it only burns
    // the same time as a real check.
    private final String dummyHash;

    public Users(Database db, AuditLog audit, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
        this.dummyHash = hasher.hash(java.util.UUID.randomUUID().toString());
    }

    /** Creates a user; {@code actor} is who asked (recorded in the audit log). */
    public User create(String actor, String username, String agency, Role role, String password) {
        User.checkNewUsername(username);
        User.checkAgency(agency);
        checkPassword(username, password);
        String hash = hasher.hash(password); // slow on purpose: outside the transaction
        return db.inTransaction(c -> {
            if (find(c, username).isPresent()) {
                throw new SteeldomeException(ServerError.USER_EXISTS, username);
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO users (username, agency, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, username);
                ps.setString(2, agency);
                ps.setString(3, role.name());
                ps.setString(4, hash);
                ps.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            audit.append(
                    c,
                    actor,
                    "user.create",
                    username,
                    Json.MAPPER.createObjectNode().put("agency", agency).put("role", role.name()));
            return new User(id, username, agency, role);
        });
    }

    /**
     * The password policy: at least {@link #MIN_PASSWORD_LENGTH} characters and not the username (in any case). Length
     * over composition rules, as NIST SP 800-63B advises.
     */
    public static void checkPassword(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new SteeldomeException(
                    ServerError.BAD_USER,
                    username,
                    "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.strip().equalsIgnoreCase(username)) {
            throw new SteeldomeException(ServerError.BAD_USER, username, "password must not be the username");
        }
    }

    /** A user account with its state. */
    public record Account(User user, boolean active) {}

    /** The account named {@code username}, active or not. */
    public Optional<Account> account(Connection c, String username) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT id, username, agency, role, active FROM users WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Account(row(rs), rs.getBoolean("active"))) : Optional.empty();
            }
        }
    }

    /** Every account with its state, oldest first. */
    public List<Account> accounts() {
        return db.inTransaction(c -> {
            List<Account> out = new ArrayList<>();
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT id, username, agency, role, active FROM users ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Account(row(rs), rs.getBoolean("active")));
                }
            }
            return out;
        });
    }

    /** Active administrators, counted inside {@code c}. */
    long activeAdmins(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM users WHERE role = 'ADMIN' AND active");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Sets a user's role and active flag inside {@code c} (the caller audits). */
    void setRoleAndActive(Connection c, long id, Role role, boolean active) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE users SET role = ?, active = ? WHERE id = ?")) {
            ps.setString(1, role.name());
            ps.setBoolean(2, active);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    /** A new password hash (slow on purpose: call it outside any transaction). */
    String hash(String password) {
        return hasher.hash(password);
    }

    /** Stores a new password hash inside {@code c} (the caller audits). */
    void setPasswordHash(Connection c, long id, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE users SET password_hash = ? WHERE id = ?")) {
            ps.setString(1, hash);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    public boolean isEmpty() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM users");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
    }

    /** The agencies that have users: every agency a picture may be cut for. */
    public Set<String> agencies() {
        Set<String> out = new HashSet<>();
        for (User u : list()) {
            out.add(u.agency());
        }
        return out;
    }

    public List<User> list() {
        return db.inTransaction(c -> {
            List<User> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, username, agency, role FROM users ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    public Optional<User> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT id, username, agency, role FROM users WHERE id = ? AND active")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The user if {@code password} is right. A hash made with weaker parameters than the configured ones is replaced.
     * An unknown username costs a hash too, so timing does not tell which usernames exist.
     */
    public Optional<User> authenticate(String username, String password) {
        record Row(User user, String hash) {}
        Optional<Row> row = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, username, agency, role, password_hash FROM users WHERE username = ? AND active")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Row(row(rs), rs.getString("password_hash"))) : Optional.empty();
                }
            }
        });
        if (row.isEmpty()) {
            hasher.verify(password, dummyHash);
            return Optional.empty();
        }
        if (!hasher.verify(password, row.get().hash())) {
            return Optional.empty();
        }
        if (hasher.needsRehash(row.get().hash())) {
            String newHash = hasher.hash(password);
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE users SET password_hash = ? WHERE id = ?")) {
                    ps.setString(1, newHash);
                    ps.setLong(2, row.get().user().id());
                    return ps.executeUpdate();
                }
            });
        }
        return Optional.of(row.get().user());
    }

    private static Optional<User> find(Connection c, String username) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT id, username, agency, role FROM users WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static User row(ResultSet rs) throws SQLException {
        return new User(
                rs.getLong("id"), rs.getString("username"), rs.getString("agency"), Role.valueOf(rs.getString("role")));
    }
}
