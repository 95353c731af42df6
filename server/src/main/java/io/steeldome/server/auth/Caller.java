package io.steeldome.server.auth;

import java.util.Objects;

/**
 * The authenticated user behind one request.
 *
 * @param tokenSha256 hex SHA-256 of the session token used
 * @param csrfSha256 hex SHA-256 of the session's CSRF token
 * @param viaCookie whether the token came from the session cookie (then writes need the CSRF header)
 */
public record Caller(User user, String tokenSha256, String csrfSha256, boolean viaCookie) {
    public Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(tokenSha256, "tokenSha256");
        Objects.requireNonNull(csrfSha256, "csrfSha256");
    }
}
