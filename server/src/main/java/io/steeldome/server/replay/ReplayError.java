package io.steeldome.server.replay;

import io.steeldome.core.error.ErrorCode;

/** Failures of opening, replaying or exporting a recorded session. */
public enum ReplayError implements ErrorCode {
    NO_RECORDING("no recorded session at {0}: give --db the server''s database file (with or without .mv.db)"),
    NOT_A_RECORDING("{0} is not a readable steeldome database: {1}"),
    BROKEN_CHAIN("the recording''s audit chain is broken at entry {0} ({1}); refusing to replay altered evidence"),
    BAD_RANGE("replay range: {0}"),
    EXPORT("export to {0} failed: {1}");

    private final String template;

    ReplayError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
