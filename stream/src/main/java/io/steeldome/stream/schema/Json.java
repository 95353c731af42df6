package io.steeldome.stream.schema;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.stream.error.StreamError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON encoding of the topic values (UTF-8, Jackson 3). Decoding is strict about what a record needs (every field
 * present, validated by the record) and lenient about fields it does not know, so a producer may add optional fields
 * without a version bump.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Json() {}

    public static byte[] encode(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    /**
     * Decodes one value.
     *
     * @param where where it came from, for the message (for example {@code topic-3@1234})
     * @throws SteeldomeException {@link StreamError#UNDECODABLE_RECORD} for malformed JSON or a missing field,
     *     {@link StreamError#INVALID_RECORD} or {@link StreamError#UNSUPPORTED_SCHEMA_VERSION} from the record itself
     */
    public static <T> T decode(byte[] bytes, Class<T> type, String where) {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (JacksonException e) {
            if (e.getCause() instanceof SteeldomeException se) {
                throw se;
            }
            throw new SteeldomeException(
                    e, StreamError.UNDECODABLE_RECORD, type.getSimpleName(), where, e.getOriginalMessage());
        }
    }
}
