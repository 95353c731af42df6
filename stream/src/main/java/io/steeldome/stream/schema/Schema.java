package io.steeldome.stream.schema;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.stream.error.StreamError;

/**
 * Schema versioning shared by every record on the steeldome topics. Each value carries {@code schemaVersion}; additive
 * changes (a new optional field) keep the version and old readers ignore fields they do not know, while a change that
 * alters the meaning or unit of an existing field bumps it. A reader rejects versions newer than {@link #VERSION}.
 */
public final class Schema {
    /** The version this build writes and the newest it reads. */
    public static final int VERSION = 1;

    private Schema() {}

    /** Checks a record's version; {@code what} names the record type for the message. */
    static int check(String what, int schemaVersion) {
        if (schemaVersion < 1) {
            throw new SteeldomeException(StreamError.INVALID_RECORD, what, "schemaVersion must be >= 1");
        }
        if (schemaVersion > VERSION) {
            throw new SteeldomeException(StreamError.UNSUPPORTED_SCHEMA_VERSION, what, schemaVersion, VERSION);
        }
        return schemaVersion;
    }

    static <T> T required(String what, String field, T value) {
        if (value == null) {
            throw new SteeldomeException(StreamError.INVALID_RECORD, what, field + " is missing");
        }
        return value;
    }

    static String requiredText(String what, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new SteeldomeException(StreamError.INVALID_RECORD, what, field + " is missing or blank");
        }
        return value;
    }

    static double finite(String what, String field, double value) {
        if (!Double.isFinite(value)) {
            throw new SteeldomeException(StreamError.INVALID_RECORD, what, field + " = " + value + " is not finite");
        }
        return value;
    }

    static double positive(String what, String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new SteeldomeException(StreamError.INVALID_RECORD, what, field + " = " + value + " must be > 0");
        }
        return value;
    }
}
