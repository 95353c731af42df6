package io.steeldome.server.auth;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.server.ServerError;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user account (without its password hash).
 *
 * @param agency the user's agency id, as the border module's releasability markings name agencies (e.g. "NATO",
 *     "TR_FORCES", "IQ_FEDERAL", "PESHMERGA"); it decides what of other agencies' alerts and tracks the user sees
 */
public record User(long id, String username, String agency, Role role) {
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
    private static final Pattern AGENCY = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public User {
        checkUsername(username);
        checkAgency(agency);
        Objects.requireNonNull(role, "role");
    }

    /** Names the server itself writes as actors; no person may hold them ("simulation" marks automatic approval). */
    public static final java.util.Set<String> RESERVED = java.util.Set.of("simulation", "system", "engine");

    static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new SteeldomeException(
                    ServerError.BAD_USER, username, "username must be 3-64 of a-z 0-9 . _ - starting with a letter");
        }
    }

    static void checkNewUsername(String username) {
        checkUsername(username);
        if (RESERVED.contains(username)) {
            throw new SteeldomeException(ServerError.BAD_USER, username, "this name is reserved");
        }
    }

    static void checkAgency(String agency) {
        if (agency == null || !AGENCY.matcher(agency).matches()) {
            throw new SteeldomeException(
                    ServerError.BAD_USER, agency, "agency must be 2-64 of A-Z 0-9 _ starting with a letter");
        }
    }
}
