package io.steeldome.core.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * The one unchecked exception of steeldome. It keeps a code and its arguments and formats only when the
 * message is read, so callers can branch on {@link #code()} and tests can check arguments.
 */
public class SteeldomeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;
    private final transient Object[] args;

    public SteeldomeException(ErrorCode code, Object... args) {
        this(null, code, args);
    }

    public SteeldomeException(Throwable cause, ErrorCode code, Object... args) {
        super(cause);
        this.code = code;
        this.args = args.clone();
    }

    public ErrorCode code() {
        return code;
    }

    public List<Object> args() {
        return List.of(args);
    }

    @Override
    public String getMessage() {
        return new MessageFormat(code.template(), Locale.ROOT).format(args);
    }
}
