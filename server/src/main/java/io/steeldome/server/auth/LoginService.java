package io.steeldome.server.auth;

import io.steeldome.server.api.ApiException;
import io.steeldome.server.api.Json;
import io.steeldome.server.audit.AuditLog;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Password login with rate limits per username and per client address, audited, and the session cookie's format.
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

    public LoginService(
            Users users,
            Sessions sessions,
            AuditLog audit,
            TokenBucket perUser,
            TokenBucket perAddress,
            Duration ttl,
            boolean secureCookie) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.ttl = ttl;
        this.secureCookie = secureCookie;
    }

    /**
     * A new session, or an {@link ApiException}: 429 (with Retry-After) when the username or the address has used its
     * attempts, 401 for a wrong username or password (the same answer for both).
     */
    public Session login(String username, String password, String clientAddress) {
        String key = username.toLowerCase(Locale.ROOT);
        Duration waitUser = perUser.tryAcquire(key);
        Duration waitAddr = perAddress.tryAcquire(clientAddress);
        Duration wait = waitUser.compareTo(waitAddr) >= 0 ? waitUser : waitAddr;
        if (!wait.isZero()) {
            throw new ApiException(429, "rate_limited", "too many login attempts; try again later", Optional.of(wait));
        }
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
