package io.steeldome.server.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A new login's secrets, handed to the client once: the server keeps only their SHA-256.
 *
 * @param token opaque bearer token (also set as the HttpOnly cookie)
 * @param csrfToken double-submit token the client echoes in {@code X-CSRF-Token} on cookie-authenticated writes
 */
public record Session(String token, String csrfToken, User user, Instant expiresAt) {
    public Session {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "Session[" + user.username() + " until " + expiresAt + "]"; // never print the secrets
    }
}
