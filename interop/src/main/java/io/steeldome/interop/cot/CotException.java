package io.steeldome.interop.cot;

import io.steeldome.core.error.SteeldomeException;

/**
 * A CoT failure with, when it comes from parsing, the position it was found at: line and column inside the event's
 * text (1-based, 0 when unknown) and the character offset of the event's start in its stream (0 for a single event).
 */
public final class CotException extends SteeldomeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final long streamOffset;

    public CotException(CotError code, Object... args) {
        this(null, 0, 0, 0, code, args);
    }

    public CotException(Throwable cause, int line, int column, long streamOffset, CotError code, Object... args) {
        super(cause, code, args);
        this.line = line;
        this.column = column;
        this.streamOffset = streamOffset;
    }

    /** A failure located only by the offset of its event in a stream. */
    public static CotException atOffset(long streamOffset, CotError code, Object... args) {
        return new CotException(null, 0, 0, streamOffset, code, args);
    }

    /** 1-based line inside the event's text, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column inside the event's text, 0 when unknown. */
    public int column() {
        return column;
    }

    /** Character offset of the start of the offending event in its stream (0 for single events). */
    public long streamOffset() {
        return streamOffset;
    }

    /** The same failure, placed at an event starting at {@code offset} characters into a stream. */
    CotException atStreamOffset(long offset) {
        return new CotException(getCause(), line, column, offset, (CotError) code(), args().toArray());
    }

    @Override
    public String getMessage() {
        String base = super.getMessage();
        return streamOffset > 0 ? base + " (event starting at stream offset " + streamOffset + ")" : base;
    }
}
