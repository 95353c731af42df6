package io.steeldome.server.auth;

import io.steeldome.server.api.ApiException;
import io.steeldome.server.api.Json;
import io.steeldome.server.audit.AuditLog;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Password login with rate limits per username and per client address, audited, and the session cookie's format. The
 * per-username bucket limits a guess at one account spread over many addresses; the per-address bucket limits one
 * client guessing many accounts. The client address is the direct peer unless it is a trusted reverse proxy (see
 * {@link ClientAddress}). A password change checks the current password under the same limits.
 */
public final class LoginService {
    /** Name of the session cookie. */
    public static final String COOKIE = "steeldome_session";

    private final Users users;
    private final Sessions sessions;
    private final AuditLog audit;
    private final TokenBucket perUser;
    private final TokenBucket perAddress;
    private final Duration ttl;
    private final boolean secureCookie;
    private final UserAdmin admin;
    private final ClientAddress clientAddress;

    public LoginService(
            Users users,
            Sessions sessions,
            AuditLog audit,
            TokenBucket perUser,
            TokenBucket perAddress,
            Duration ttl,
            boolean secureCookie,
            UserAdmin admin,
            ClientAddress clientAddress) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.ttl = ttl;
        this.secureCookie = secureCookie;
        this.admin = admin;
        this.clientAddress = clientAddress;
    }

    /** Account changes (disable, role, password) that revoke sessions. */
    public UserAdmin admin() {
        return admin;
    }

    /** The address the login limits key on: see {@link ClientAddress}. */
    public String clientAddress(String peer, Optional<String> forwardedFor) {
        return clientAddress.resolve(peer, forwardedFor);
    }

    /**
     * A new session, or an {@link ApiException}: 429 (with Retry-After) when the username or the address has used its
     * attempts, 401 for a wrong username or password (the same answer for both).
     */
    public Session login(String username, String password, String clientAddress) {
        String key = username.toLowerCase(Locale.ROOT);
        acquire(key, clientAddress);
        Optional<User> u = users.authenticate(key, password);
        if (u.isEmpty()) {
            audit.append(
                    "system",
                    "login.fail",
                    truncate(key),
                    Json.MAPPER.createObjectNode().put("address", clientAddress));
            throw ApiException.unauthorized("wrong username or password");
        }
        Session s = sessions.open(u.get());
        audit.append(
                u.get().username(),
                "login.ok",
                u.get().username(),
                Json.MAPPER
                        .createObjectNode()
                        .put("address", clientAddress)
                        .put("expiresAt", s.expiresAt().toString()));
        return s;
    }

    /**
     * Changes the caller's password after checking the current one, under the login rate limits (429). A wrong current
     * password is a 403 (not 401: the session itself is fine) and is audited; the new one must meet the policy of
     * {@link Users#checkPassword} and differ from the current one (400). The user's other sessions end; this one stays.
     */
    public void changePassword(Caller caller, String currentPassword, String newPassword, String clientAddress) {
        String username = caller.user().username();
        acquire(username, clientAddress);
        Optional<User> u = users.authenticate(username, currentPassword);
        if (u.isEmpty() || u.get().id() != caller.user().id()) {
            audit.append(
                    username,
                    "password.change.fail",
                    username,
                    Json.MAPPER.createObjectNode().put("address", clientAddress));
            throw new ApiException(403, "wrong_password", "the current password is wrong");
        }
        if (newPassword.equals(currentPassword)) {
            throw ApiException.badRequest("the new password must differ from the current one");
        }
        admin.changeOwnPassword(caller, newPassword);
    }

    private void acquire(String usernameKey, String clientAddress) {
        Duration waitUser = perUser.tryAcquire(usernameKey);
        Duration waitAddr = perAddress.tryAcquire(clientAddress);
        Duration wait = waitUser.compareTo(waitAddr) >= 0 ? waitUser : waitAddr;
        if (!wait.isZero()) {
            throw new ApiException(429, "rate_limited", "too many login attempts; try again later", Optional.of(wait));
        }
    }

    public void logout(Caller caller) {
        sessions.close(caller);
        audit.append(caller.user().username(), "logout", caller.user().username(), Json.MAPPER.createObjectNode());
    }

    /** The Set-Cookie value for a new session: HttpOnly, SameSite=Strict, Secure under TLS. */
    public String cookie(Session s) {
        return COOKIE + "=" + s.token() + "; Path=/; Max-Age=" + ttl.toSeconds() + "; HttpOnly; SameSite=Strict"
                + (secureCookie ? "; Secure" : "");
    }

    /** The Set-Cookie value that deletes the session cookie. */
    public String clearCookie() {
        return COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secureCookie ? "; Secure" : "");
    }

    private static String truncate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64);
    }
}
