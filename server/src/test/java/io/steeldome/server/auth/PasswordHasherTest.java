package io.steeldome.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    @Test
    void argon2idMatchesRfc9106TestVector() {
        // RFC 9106 section 5.3 (Argon2id): password 32 x 0x01, salt 16 x 0x02, secret 8 x 0x03, associated data
        // 12 x 0x04, m = 32 KiB, t = 3, p = 4, 32-byte tag.
        byte[] pwd = fill(32, 0x01);
        byte[] tag = PasswordHasher.derive(
                pwd, fill(16, 0x02), fill(8, 0x03), fill(12, 0x04), new Argon2Params(32, 3, 4), 32);
        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void hashesVerifyAndCarryTheirParameters() {
        PasswordHasher h = new PasswordHasher(new Argon2Params(64, 1, 1), new SecureRandom(new byte[] {1}));
        String a = h.hash("correct horse battery");
        String b = h.hash("correct horse battery");
        assertThat(a).startsWith("$argon2id$v=19$m=64,t=1,p=1$").isNotEqualTo(b); // random salt
        assertThat(h.verify("correct horse battery", a)).isTrue();
        assertThat(h.verify("correct horse batterz", a)).isFalse();
        assertThat(h.verify("x", "not a hash")).isFalse();
        assertThat(h.verify("x", "$argon2id$v=19$m=64,t=1,p=1$!!$!!")).isFalse();
        assertThat(h.needsRehash(a)).isFalse();
        // A stronger configuration still verifies the old hash and asks for it to be replaced.
        PasswordHasher stronger = new PasswordHasher(new Argon2Params(128, 2, 1), new SecureRandom());
        assertThat(stronger.verify("correct horse battery", a)).isTrue();
        assertThat(stronger.needsRehash(a)).isTrue();
    }

    private static byte[] fill(int n, int v) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) v);
        return b;
    }
}
