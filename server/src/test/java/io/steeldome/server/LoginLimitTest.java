package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.server.api.Json;
import io.steeldome.server.audit.AuditEntry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The login limits over real HTTP with and without a trusted reverse proxy. The test client connects from 127.0.0.1;
 * the address a limit was keyed on is read back from the audit log's login.fail entries.
 */
class LoginLimitTest {
    @TempDir
    Path dir;

    private static SteeldomeServer start(Path dir, List<String> trustedProxies) {
        ServerConfig cfg = ServerConfig.defaults(dir.resolve("c2"), 0)
                .withPasswordHashing(Harness.CHEAP)
                .withBootstrapAdmin(new ServerConfig.BootstrapAdmin("admin", "NATO", Harness.ADMIN_PASSWORD))
                .withLoginLimit(new ServerConfig.LoginLimit(3, Duration.ofSeconds(60)));
        cfg = cfg.withSecurity(cfg.security().withTrustedProxies(trustedProxies));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
        return new SteeldomeServer(cfg, clock, clock::nanoTime, new SecureRandom()).start();
    }

    private static HttpResponse<String> login(
            AccountSecurityTest.Client c, String user, String password, String forwardedFor) {
        String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
        return forwardedFor == null
                ? c.post("/api/login", null, body)
                : c.post("/api/login", null, body, "X-Forwarded-For", forwardedFor);
    }

    private static List<String> failedAddresses(SteeldomeServer s) {
        return s.audit().list(0, 5000).stream()
                .filter(e -> e.action().equals("login.fail"))
                .map(AuditEntry::details)
                .map(d -> Json.MAPPER.readTree(d).get("address").stringValue())
                .toList();
    }

    @Test
    void withoutATrustedProxyAForgedForwardedForIsIgnored() {
        try (SteeldomeServer s = start(dir, List.of())) {
            AccountSecurityTest.Client c = new AccountSecurityTest.Client("http://127.0.0.1:" + s.port());
            for (int i = 1; i <= 3; i++) {
                assertThat(login(c, "user" + i, "guess", "198.51.100." + i).statusCode())
                        .isEqualTo(401);
            }
            // a fresh username and a fresh forged address: still this client's bucket
            HttpResponse<String> r = login(c, "user4", "guess", "198.51.100.4");
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(failedAddresses(s)).containsExactly("127.0.0.1", "127.0.0.1", "127.0.0.1");
        }
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        try (SteeldomeServer s = start(dir, List.of("127.0.0.1", "10.0.0.0/8"))) {
            AccountSecurityTest.Client c = new AccountSecurityTest.Client("http://127.0.0.1:" + s.port());
            // client-written junk on the left, then the address our outer proxy saw, then an inner proxy
            assertThat(login(c, "u1", "guess", "203.0.113.66, 198.51.100.9, 10.1.2.3")
                            .statusCode())
                    .isEqualTo(401);
            assertThat(failedAddresses(s)).containsExactly("198.51.100.9");
            assertThat(login(c, "u2", "guess", "198.51.100.9").statusCode()).isEqualTo(401);
            assertThat(login(c, "u3", "guess", "198.51.100.9").statusCode()).isEqualTo(401);
            // 198.51.100.9 has used its 3 attempts; forging a left-most address does not give it a new bucket
            assertThat(login(c, "u4", "guess", "192.0.2.1, 198.51.100.9").statusCode())
                    .isEqualTo(429);
            // another client behind the same proxy is not affected
            assertThat(login(c, "u5", "guess", "198.51.100.10").statusCode()).isEqualTo(401);
            // several X-Forwarded-For headers count as one list
            assertThat(c.post(
                                    "/api/login",
                                    null,
                                    "{\"username\":\"u6\",\"password\":\"guess\"}",
                                    "X-Forwarded-For",
                                    "192.0.2.200",
                                    "X-Forwarded-For",
                                    "198.51.100.11")
                            .statusCode())
                    .isEqualTo(401);
            assertThat(failedAddresses(s).getLast()).isEqualTo("198.51.100.11");
            // without the header, the proxy itself is the client
            assertThat(login(c, "u7", "guess", null).statusCode()).isEqualTo(401);
            assertThat(failedAddresses(s).getLast()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void aGuessAtOneAccountFromManyAddressesIsLimitedPerUsername() {
        try (SteeldomeServer s = start(dir, List.of("127.0.0.1"))) {
            AccountSecurityTest.Client c = new AccountSecurityTest.Client("http://127.0.0.1:" + s.port());
            for (int i = 1; i <= 3; i++) {
                assertThat(login(c, "admin", "guess " + i, "198.51.100." + i).statusCode())
                        .isEqualTo(401);
            }
            assertThat(login(c, "admin", "guess 4", "198.51.100.4").statusCode())
                    .isEqualTo(429);
            // the username is limited, whatever the case it is typed in and even with the right password
            assertThat(login(c, "ADMIN", Harness.ADMIN_PASSWORD, "198.51.100.5").statusCode())
                    .isEqualTo(429);
            // other accounts from fresh addresses are not
            assertThat(login(c, "someone", "guess", "198.51.100.6").statusCode())
                    .isEqualTo(401);
        }
    }
}
