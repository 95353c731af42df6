package io.steeldome.border;

import io.steeldome.core.error.ErrorCode;

/** Failures of the border module: unreadable border files, bad sectors, infeasible siting problems. */
public enum BorderError implements ErrorCode {
    /** {0} source, {1} where in it (JSON line:column or path), {2} what is wrong. */
    BAD_GEOJSON("{0}: {1}: {2}"),
    UNREADABLE("{0}: cannot read: {1}"),
    UNWRITABLE("{0}: cannot write: {1}"),
    TOO_SHORT("border line {0} needs at least 2 distinct positions, got {1}"),
    BAD_RANGE("{0}: along-border range [{1}, {2}] m is not inside [0, {3}] m or is empty"),
    OVERLAPPING_SECTORS("sectors {0} and {1} overlap between {2} and {3} m along the border"),
    NO_CANDIDATES("no candidate site: {0}"),
    INFEASIBLE("{0}"),
    BAD_OPTION("{0} = {1}: {2}"),
    GEOMETRY("{0}: {1}");

    private final String template;

    BorderError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
