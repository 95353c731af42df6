package io.steeldome.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (RFC 9106) in the PHC string format {@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}, with a
 * random 16-byte salt and a 32-byte tag. The parameters travel with each hash, so the cost can be raised later and old
 * hashes still verify; {@link #needsRehash} says when to replace one.
 */
public final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int TAG_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Argon2Params params;
    private final SecureRandom random;

    public PasswordHasher(Argon2Params params, SecureRandom random) {
        this.params = params;
        this.random = random;
    }

    /** A new PHC string for {@code password}. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] tag =
                derive(password.getBytes(StandardCharsets.UTF_8), salt, new byte[0], new byte[0], params, TAG_BYTES);
        return "$argon2id$v=19$m=" + params.memoryKiB() + ",t=" + params.iterations() + ",p=" + params.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(tag);
    }

    /** Whether {@code password} matches {@code encoded}; false for a malformed string. Constant time in the tag. */
    public boolean verify(String password, String encoded) {
        Optional<Parsed> p = parse(encoded);
        if (p.isEmpty()) {
            return false;
        }
        byte[] tag = derive(
                password.getBytes(StandardCharsets.UTF_8),
                p.get().salt,
                new byte[0],
                new byte[0],
                p.get().params,
                p.get().tag.length);
        return MessageDigest.isEqual(tag, p.get().tag);
    }

    /** Whether {@code encoded} was made with weaker parameters than this hasher's (or cannot be read). */
    public boolean needsRehash(String encoded) {
        return parse(encoded).map(p -> p.params.weakerThan(params)).orElse(true);
    }

    /** Raw Argon2id (version 0x13) as RFC 9106 section 3 defines it, with optional secret and associated data. */
    static byte[] derive(byte[] password, byte[] salt, byte[] secret, byte[] associated, Argon2Params p, int tagBytes) {
        Argon2Parameters.Builder b = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(p.memoryKiB())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism());
        if (secret.length > 0) {
            b.withSecret(secret);
        }
        if (associated.length > 0) {
            b.withAdditional(associated);
        }
        Argon2BytesGenerator g = new Argon2BytesGenerator();
        g.init(b.build());
        byte[] out = new byte[tagBytes];
        g.generateBytes(password, out);
        return out;
    }

    private record Parsed(Argon2Params params, byte[] salt, byte[] tag) {}

    private static Optional<Parsed> parse(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, tag
        if (parts.length != 6 || !parts[0].isEmpty() || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return Optional.empty();
        }
        try {
            int m = -1;
            int t = -1;
            int par = -1;
            for (String kv : parts[3].split(",", -1)) {
                String[] x = kv.split("=", 2);
                if (x.length != 2) {
                    return Optional.empty();
                }
                int v = Integer.parseInt(x[1]);
                switch (x[0]) {
                    case "m" -> m = v;
                    case "t" -> t = v;
                    case "p" -> par = v;
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] tag = B64D.decode(parts[5]);
            if (salt.length < 8 || tag.length < 16) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(new Argon2Params(m, t, par), salt, tag));
        } catch (IllegalArgumentException | io.steeldome.core.error.SteeldomeException e) {
            // NumberFormatException and bad Base64 are IllegalArgumentExceptions: the string is simply not a hash.
            return Optional.empty();
        }
    }
}
