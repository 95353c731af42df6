package io.steeldome.server.auth;

/** What a user may do, in increasing order: each role may do everything the roles below it may. */
public enum Role {
    /** Reads the picture, recommendations and decisions. */
    VIEWER,
    /** Also approves or rejects engagement recommendations. */
    OPERATOR,
    /** Also sets weapons control status and reads the audit log. */
    COMMANDER,
    /** Also manages users. */
    ADMIN;

    /** Whether this role may do what {@code required} may. */
    public boolean atLeast(Role required) {
        return compareTo(required) >= 0;
    }
}
