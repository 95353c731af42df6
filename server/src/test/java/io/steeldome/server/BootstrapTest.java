package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.share.ReleasePolicy;
import io.steeldome.defence.doctrine.WeaponsControlStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a configured admin, the first run generates a password, prints it once, and only that run. */
class BootstrapTest {
    @TempDir
    Path dir;

    private ServerConfig config() {
        return new ServerConfig(
                "127.0.0.1",
                0,
                dir.resolve("c2"),
                Optional.empty(),
                Duration.ofHours(1),
                new ServerConfig.LoginLimit(100, Duration.ofSeconds(1)),
                64 * 1024,
                Harness.CHEAP,
                Optional.empty(),
                new ReleasePolicy(List.of()),
                WeaponsControlStatus.HOLD,
                Duration.ofSeconds(60));
    }

    private static String run(ServerConfig cfg, java.util.function.Consumer<SteeldomeServer> body) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try (SteeldomeServer s = new SteeldomeServer(cfg).start()) {
            body.accept(s);
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void firstRunPrintsAGeneratedAdminPasswordOnce() {
        String out = run(config(), s -> {});
        Matcher m = Pattern.compile("user 'admin' \\(agency NATO\\) with password (\\S+)")
                .matcher(out);
        assertThat(m.find()).as(out).isTrue();
        String password = m.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        String second = run(config(), s -> {
            try {
                HttpResponse<String> r = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/login"))
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                "{\"username\":\"admin\",\"password\":\"" + password + "\"}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(Harness.json(r).get("user").get("role").stringValue())
                        .isEqualTo("ADMIN");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        assertThat(second).doesNotContain("password");
    }
}
