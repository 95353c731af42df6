package io.steeldome.server.auth;

import io.steeldome.server.api.ApiException;
import io.steeldome.server.api.Json;
import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.store.Database;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes to accounts that affect who may do what: disabling and enabling, role changes and password changes. Each
 * change, its audit entry and the revocation of the user's sessions commit in one transaction, so a disabled or
 * demoted user's existing tokens answer 401 from the next request on and privileges never outlive the change; then
 * the revocation listeners (the WebSocket push) are told, so open sockets close too. The last active administrator
 * can be neither disabled nor demoted (409), so the server can always be administered.
 */
public final class UserAdmin {
    /** Longest reason recorded with a change. */
    public static final int MAX_REASON_CHARS = 2000;

    private final Database db;
    private final Users users;
    private final Sessions sessions;
    private final AuditLog audit;
    private final List<LongConsumer> revocationListeners = new CopyOnWriteArrayList<>();

    public UserAdmin(Database db, Users users, Sessions sessions, AuditLog audit) {
        this.db = db;
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Calls {@code listener} with a user's id after sessions of that user were revoked (after the commit). */
    public void onSessionsRevoked(LongConsumer listener) {
        revocationListeners.add(listener);
    }

    /**
     * Sets {@code username}'s active flag and/or role; any actual change revokes all the user's sessions. 404 for an
     * unknown user, 409 when the change would leave no active administrator, 400 when neither is given.
     */
    public Users.Account update(
            User actor, String username, Optional<Boolean> active, Optional<Role> role, String reason) {
        checkReason(reason);
        if (active.isEmpty() && role.isEmpty()) {
            throw ApiException.badRequest("give 'active' and/or 'role'");
        }
        record Outcome(Users.Account account, int revoked) {}
        Outcome o;
        // One change at a time: the last-admin check and the change must not interleave with another change.
        synchronized (this) {
            o = db.inTransaction(c -> {
                Users.Account cur = users.account(c, username).orElseThrow(() -> unknown(username));
                Role newRole = role.orElse(cur.user().role());
                boolean newActive = active.orElse(cur.active());
                if (newRole == cur.user().role() && newActive == cur.active()) {
                    return new Outcome(cur, -1); // nothing to do: no audit entry, sessions stay
                }
                boolean wasAdmin = cur.active() && cur.user().role() == Role.ADMIN;
                boolean staysAdmin = newActive && newRole == Role.ADMIN;
                if (wasAdmin && !staysAdmin && users.activeAdmins(c) <= 1) {
                    throw new ApiException(
                            409, "last_admin", username + " is the last active ADMIN: create another admin first");
                }
                long id = cur.user().id();
                users.setRoleAndActive(c, id, newRole, newActive);
                int revoked = sessions.revokeUser(c, id, Optional.empty());
                ObjectNode d = Json.MAPPER.createObjectNode();
                d.putObject("from").put("role", cur.user().role().name()).put("active", cur.active());
                d.putObject("to").put("role", newRole.name()).put("active", newActive);
                d.put("reason", reason).put("sessionsRevoked", revoked);
                audit.append(c, actor.username(), "user.update", username, d);
                User u = new User(id, cur.user().username(), cur.user().agency(), newRole);
                return new Outcome(new Users.Account(u, newActive), revoked);
            });
        }
        if (o.revoked() >= 0) {
            notifyRevoked(o.account().user().id());
        }
        return o.account();
    }

    /** An administrator sets {@code username}'s password; all the user's sessions end. */
    public void resetPassword(User actor, String username, String newPassword, String reason) {
        checkReason(reason);
        Users.checkPassword(username, newPassword);
        String hash = users.hash(newPassword); // slow on purpose: outside the transaction
        long id = db.inTransaction(c -> {
            Users.Account cur = users.account(c, username).orElseThrow(() -> unknown(username));
            users.setPasswordHash(c, cur.user().id(), hash);
            int revoked = sessions.revokeUser(c, cur.user().id(), Optional.empty());
            audit.append(
                    c,
                    actor.username(),
                    "user.password.reset",
                    username,
                    Json.MAPPER.createObjectNode().put("reason", reason).put("sessionsRevoked", revoked));
            return cur.user().id();
        });
        notifyRevoked(id);
    }

    /**
     * The caller's new password, after {@link LoginService#changePassword} checked the current one: the user's other
     * sessions end, the caller's own session stays.
     */
    void changeOwnPassword(Caller caller, String newPassword) {
        User u = caller.user();
        Users.checkPassword(u.username(), newPassword);
        String hash = users.hash(newPassword);
        db.inTransaction(c -> {
            users.setPasswordHash(c, u.id(), hash);
            int revoked = sessions.revokeUser(c, u.id(), Optional.of(caller.tokenSha256()));
            audit.append(
                    c,
                    u.username(),
                    "password.change",
                    u.username(),
                    Json.MAPPER.createObjectNode().put("sessionsRevoked", revoked));
            return revoked;
        });
        notifyRevoked(u.id());
    }

    private void notifyRevoked(long userId) {
        for (LongConsumer l : revocationListeners) {
            l.accept(userId);
        }
    }

    private static ApiException unknown(String username) {
        return new ApiException(404, "unknown_user", "no user " + truncate(username));
    }

    private static void checkReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_CHARS) {
            throw ApiException.badRequest("reason must be 1.." + MAX_REASON_CHARS + " characters");
        }
    }

    private static String truncate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64);
    }
}
