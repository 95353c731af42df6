package io.steeldome.interop.asterix;

import io.steeldome.core.error.ErrorCode;

/** Failures of the ASTERIX encoder and of loading category specifications (decoding reports typed errors instead). */
public enum AsterixError implements ErrorCode {
    UNKNOWN_EDITION("no bundled asterix-specs definition for CAT{0} edition {1} (bundled: {2})"),
    BAD_SPEC("cannot compile asterix-specs definition {0}: {1}"),
    ENCODE_UNKNOWN_ITEM("CAT{0}: item {1} is not in the UAP of edition {2}"),
    ENCODE_MISSING_FIELD("CAT{0} {1}: field {2} is missing"),
    ENCODE_BAD_VALUE("CAT{0} {1}: field {2} = {3} cannot be encoded in {4} bits ({5})"),
    ENCODE_BAD_JSON("line {0}: {1}"),
    ENCODE_TOO_LONG("CAT{0}: data block would be {1} bytes, more than 65535");

    private final String template;

    AsterixError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
