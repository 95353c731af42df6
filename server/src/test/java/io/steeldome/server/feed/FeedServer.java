package io.steeldome.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.share.SharedTrack;
import io.steeldome.server.ServerConfig;
import io.steeldome.server.SteeldomeServer;
import io.steeldome.server.api.Json;
import io.steeldome.server.auth.Argon2Params;
import io.steeldome.server.auth.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** A server on a temp H2 file, port 0 and loopback feeds on ephemeral ports, with a fixed clock. */
final class FeedServer implements AutoCloseable {
    static final String PASSWORD = "correct horse battery";
    static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    final SteeldomeServer server;
    final HttpClient http = HttpClient.newHttpClient();
    final String base;

    FeedServer(Path dir, FeedConfig feeds) {
        this(dir, feeds, true);
    }

    /** @param createUsers false when reopening a database an earlier instance created them in */
    FeedServer(Path dir, FeedConfig feeds, boolean createUsers) {
        ServerConfig cfg = ServerConfig.defaults(dir.resolve("c2"), 0)
                .withPasswordHashing(new Argon2Params(64, 1, 1))
                .withBootstrapAdmin(new ServerConfig.BootstrapAdmin("admin", "NATO", PASSWORD))
                .withLoginLimit(new ServerConfig.LoginLimit(1000, Duration.ofMillis(1)))
                .withFeeds(feeds);
        server = new SteeldomeServer(
                        cfg, Clock.fixed(NOW, ZoneOffset.UTC), System::nanoTime, new SecureRandom(new byte[] {7}))
                .start();
        base = "http://127.0.0.1:" + server.port();
        if (!createUsers) {
            return;
        }
        server.users().create("test", "viewer", "NATO", Role.VIEWER, PASSWORD);
        server.users().create("test", "operator", "NATO", Role.OPERATOR, PASSWORD);
        server.users().create("test", "other", "FRONTEX", Role.OPERATOR, PASSWORD);
    }

    /** The tracks {@code agency} sees now, by id. */
    Map<String, SharedTrack> tracksFor(String agency) {
        return server.picture().viewFor(agency).tracks().stream().collect(Collectors.toMap(SharedTrack::id, t -> t));
    }

    /** Polls {@code condition} until true or 20 s passed (a bound for a loaded machine, not a timing assertion). */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waiting for " + what).isNegative();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    String token(String user) {
        HttpResponse<String> r =
                send("POST", "/api/login", null, "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r).get("token").stringValue();
    }

    HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        return Json.MAPPER.readTree(r.body());
    }

    /** The named feed's entry of {@code GET /api/feeds}. */
    Optional<JsonNode> feedStatus(String token, String name) {
        HttpResponse<String> r = send("GET", "/api/feeds", token, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        for (JsonNode f : json(r)) {
            if (f.get("name").stringValue().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        server.close();
    }
}
