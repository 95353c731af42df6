package io.steeldome.stream.error;

import io.steeldome.core.error.ErrorCode;

/** Failures of the stream module. Templates say what was wrong and how to fix it. */
public enum StreamError implements ErrorCode {
    INVALID_RECORD("{0} record is invalid: {1}"),
    INVALID_CONFIG("{0} is invalid: {1}"),
    UNSUPPORTED_SCHEMA_VERSION("{0} record has schemaVersion {1}, but this build reads up to {2}; upgrade the reader"),
    UNDECODABLE_RECORD("{0} record at {1} could not be decoded: {2}"),
    KAFKA_UNAVAILABLE("cannot use the Kafka cluster at {0}: {1}"),
    NODE_FAILED("tracker node {0} stopped: {1}");

    private final String template;

    StreamError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
