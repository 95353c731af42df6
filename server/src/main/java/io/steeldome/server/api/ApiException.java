package io.steeldome.server.api;

import java.time.Duration;
import java.util.Optional;

/**
 * A request refused with a 4xx status; turned into {@code {"error": ..., "reason": ...}}.
 *
 * @param retryAfter for 429: when to try again (sent as Retry-After)
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final transient Optional<Duration> retryAfter;

    public ApiException(int status, String error, String reason) {
        this(status, error, reason, Optional.empty());
    }

    public ApiException(int status, String error, String reason, Optional<Duration> retryAfter) {
        super(reason, null, false, false); // no stack trace: this is a normal refusal
        this.status = status;
        this.error = error;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String reason() {
        return getMessage();
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    public static ApiException badRequest(String reason) {
        return new ApiException(400, "bad_request", reason);
    }

    public static ApiException unauthorized(String reason) {
        return new ApiException(401, "unauthorized", reason);
    }

    public static ApiException forbidden(String reason) {
        return new ApiException(403, "forbidden", reason);
    }
}
