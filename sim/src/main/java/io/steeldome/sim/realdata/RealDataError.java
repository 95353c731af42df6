package io.steeldome.sim.realdata;

import io.steeldome.core.error.ErrorCode;

/** Problems with recorded real-world data files. */
public enum RealDataError implements ErrorCode {
    MISSING_COLUMN("{0}: no column ''{1}'' in the header; the file needs {2}"),
    BAD_VALUE("{0}:{1}: {2} = ''{3}'' is not a finite number; fix or delete that row"),
    TIME_BACKWARDS("{0}:{1}: time {2} s is before the previous row''s {3} s; rows must be sorted by time"),
    TOO_SHORT("{0}: {1} usable positions; at least 2 are needed"),
    UNREADABLE("{0}: cannot read the file ({1})");

    private final String template;

    RealDataError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
