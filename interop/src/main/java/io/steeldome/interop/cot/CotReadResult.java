package io.steeldome.interop.cot;

import java.util.Objects;

/** One item read from a CoT stream or datagram: an event, or a typed failure that did not stop the stream. */
public sealed interface CotReadResult {

    /** A well-formed, valid event. */
    record Parsed(CotEvent event) implements CotReadResult {
        public Parsed {
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * Input that was framed as one event but could not be read.
     *
     * @param error what was wrong and where (line/column inside the event, offset of the event in the stream)
     * @param excerpt the start of the offending text, at most {@value #EXCERPT_CHARS} characters, for logs
     */
    record Failed(CotException error, String excerpt) implements CotReadResult {
        public static final int EXCERPT_CHARS = 200;

        public Failed {
            Objects.requireNonNull(error, "error");
            excerpt = excerpt.length() > EXCERPT_CHARS ? excerpt.substring(0, EXCERPT_CHARS) : excerpt;
        }
    }
}
