package io.steeldome.core.terrain;

import io.steeldome.core.error.ErrorCode;

/** Failures reading, georeferencing or using terrain data; each names the file or value and what is wrong. */
public enum TerrainError implements ErrorCode {
    UNREADABLE("{0}: cannot read: {1}"),
    UNWRITABLE("{0}: cannot write: {1}"),
    BAD_SIZE("{0}: {1}"),
    NOT_GEOREFERENCED("{0}: {1}"),
    UNSUPPORTED_CRS("{0}: {1}"),
    UNSUPPORTED_FORMAT("{0}: {1}"),
    BAD_GRID("{0}"),
    OUTSIDE("{0} is outside the terrain data ({1})");

    private final String template;

    TerrainError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
