package io.steeldome.server;

import io.steeldome.core.error.ErrorCode;

/** Failures of the C2 server's configuration, storage and safety checks. */
public enum ServerError implements ErrorCode {
    BAD_CONFIG("server configuration: {0} {1}"),
    STORAGE("storage failure while {0}"),
    AUDIT_CHAIN("audit log: {0}"),
    UNKNOWN_RECOMMENDATION("no recommendation {0}"),
    NOT_PENDING("recommendation {0} is {1}, not pending: it can no longer be decided"),
    STALE("recommendation {0} is stale: {1}"),
    WEAPONS_CONTROL("recommendation {0} cannot be approved: layer {1} is under {2} ({3})"),
    BAD_USER("user {0}: {1}"),
    USER_EXISTS("user {0} already exists"),
    NOT_ALLOWED("{0} may not {1}: needs role {2}"),
    REPLAY("{0}: this server replays a recorded session; recorded history cannot be changed");

    private final String template;

    ServerError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
