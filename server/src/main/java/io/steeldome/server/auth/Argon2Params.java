package io.steeldome.server.auth;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.server.ServerError;

/**
 * Argon2id cost parameters.
 *
 * @param memoryKiB memory per hash, KiB (>= 8 * parallelism)
 * @param iterations passes over memory (>= 1)
 * @param parallelism lanes (>= 1)
 */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {
    /** OWASP's recommended minimum for Argon2id (19 MiB, 2 passes, 1 lane). */
    public static final Argon2Params DEFAULT = new Argon2Params(19_456, 2, 1);

    public Argon2Params {
        if (parallelism < 1 || iterations < 1 || memoryKiB < 8 * parallelism) {
            throw new SteeldomeException(
                    ServerError.BAD_CONFIG,
                    "Argon2id parameters out of range:",
                    memoryKiB + "/" + iterations + "/" + parallelism);
        }
    }

    /** Whether a hash made with these parameters is cheaper than one made with {@code target} in any dimension. */
    public boolean weakerThan(Argon2Params target) {
        return memoryKiB < target.memoryKiB || iterations < target.iterations || parallelism < target.parallelism;
    }
}
