package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.server.api.Json;
import io.steeldome.server.audit.AuditEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Account administration over real HTTP: disabling, role changes and password changes revoke sessions (REST and
 * WebSocket), the last administrator is protected, and a disabled account's login looks like a wrong password.
 */
class AccountSecurityTest {
    @TempDir
    Path dir;

    private static final String REASON = ",\"reason\":\"left the unit\"}";

    @Test
    void disablingAUserRevokesEverySessionAndClosesTheirWebSocket() throws Exception {
        try (Harness h = new Harness(dir)) {
            h.createRoleUsers();
            String admin = h.token("admin");
            String t1 = h.token("viewer");
            String t2 = h.token("viewer");
            CompletableFuture<Integer> closed = new CompletableFuture<>();
            CompletableFuture<Void> hello = new CompletableFuture<>();
            WebSocket ws = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .header("Authorization", "Bearer " + t1)
                    .buildAsync(URI.create("ws://127.0.0.1:" + h.server.port() + "/api/ws"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                            hello.complete(null);
                            w.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket w, int code, String reason) {
                            closed.complete(code);
                            return null;
                        }

                        @Override
                        public void onError(WebSocket w, Throwable error) {
                            closed.completeExceptionally(error);
                        }
                    })
                    .get(30, TimeUnit.SECONDS);
            hello.get(30, TimeUnit.SECONDS); // the push is live before the account changes
            assertThat(h.send("GET", "/api/me", t2, null).statusCode()).isEqualTo(200);

            HttpResponse<String> r = h.send("PATCH", "/api/users/viewer", admin, "{\"active\":false" + REASON);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(Harness.json(r).get("active").booleanValue()).isFalse();
            // both tokens are dead on the very next request
            assertThat(h.send("GET", "/api/me", t1, null).statusCode()).isEqualTo(401);
            assertThat(h.send("GET", "/api/me", t2, null).statusCode()).isEqualTo(401);
            // and the open socket is closed with "policy violation"
            assertThat(closed.get(30, TimeUnit.SECONDS)).isEqualTo(1008);
            assertThat(ws.isInputClosed()).isTrue();

            // the right password of a disabled user gets exactly the wrong-password answer: no enumeration
            HttpResponse<String> disabled = login(h, "viewer", Harness.PASSWORD);
            HttpResponse<String> wrong = login(h, "operator", "not the password");
            HttpResponse<String> unknown = login(h, "nobody.here", Harness.PASSWORD);
            assertThat(disabled.statusCode()).isEqualTo(401);
            assertThat(disabled.body()).isEqualTo(wrong.body()).isEqualTo(unknown.body());

            AuditEntry e = last(h, "user.update");
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.subject()).isEqualTo("viewer");
            JsonNode d = Json.MAPPER.readTree(e.details());
            assertThat(d.at("/from/active").booleanValue()).isTrue();
            assertThat(d.at("/to/active").booleanValue()).isFalse();
            assertThat(d.get("sessionsRevoked").intValue()).isEqualTo(2);
            assertThat(d.get("reason").stringValue()).isEqualTo("left the unit");

            // the admin list shows the state; enabling again lets the user back in
            JsonNode list = Harness.json(h.send("GET", "/api/users", admin, null));
            assertThat(list.valueStream()
                            .filter(u -> u.get("username").stringValue().equals("viewer"))
                            .findFirst()
                            .orElseThrow()
                            .get("active")
                            .booleanValue())
                    .isFalse();
            assertThat(h.send("PATCH", "/api/users/viewer", admin, "{\"active\":true" + REASON)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(login(h, "viewer", Harness.PASSWORD).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRoleChangeRevokesSessionsSoOldPrivilegesDoNotOutliveIt() {
        try (Harness h = new Harness(dir)) {
            h.createRoleUsers();
            String admin = h.token("admin");
            String op = h.token("operator");
            String order = "{\"status\":\"TIGHT\",\"reason\":\"drill\"}";
            assertThat(h.send("GET", "/api/decisions", op, null).statusCode()).isEqualTo(200);
            HttpResponse<String> r = h.send("PATCH", "/api/users/operator", admin, "{\"role\":\"viewer\"" + REASON);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(Harness.json(r).get("role").stringValue()).isEqualTo("VIEWER");
            assertThat(h.send("GET", "/api/decisions", op, null).statusCode()).isEqualTo(401);
            String again = h.token("operator");
            assertThat(Harness.json(h.send("GET", "/api/me", again, null))
                            .get("role")
                            .stringValue())
                    .isEqualTo("VIEWER");
            assertThat(h.send("POST", "/api/recommendations/R-1/approve", again, "{\"reason\":\"x\"}")
                            .statusCode())
                    .isEqualTo(403);
            // promotion works the same way, and is audited
            String cmd = h.token("commander");
            assertThat(h.send("PUT", "/api/weapons-control/DRILL", cmd, order).statusCode())
                    .isEqualTo(200);
            assertThat(h.send("PATCH", "/api/users/commander", admin, "{\"role\":\"ADMIN\"" + REASON)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(h.send("GET", "/api/me", cmd, null).statusCode()).isEqualTo(401);
            assertThat(Json.MAPPER
                            .readTree(last(h, "user.update").details())
                            .at("/to/role")
                            .stringValue())
                    .isEqualTo("ADMIN");
        }
    }

    @Test
    void theLastActiveAdminCanBeNeitherDisabledNorDemoted() {
        try (Harness h = new Harness(dir)) {
            h.createRoleUsers();
            String admin = h.token("admin");
            for (String change :
                    List.of("{\"active\":false", "{\"role\":\"COMMANDER\"", "{\"active\":false,\"role\":\"VIEWER\"")) {
                HttpResponse<String> r = h.send("PATCH", "/api/users/admin", admin, change + REASON);
                assertThat(r.statusCode()).as(change + ": " + r.body()).isEqualTo(409);
                assertThat(Harness.json(r).get("error").stringValue()).isEqualTo("last_admin");
            }
            assertThat(h.send("GET", "/api/me", admin, null).statusCode()).isEqualTo(200); // nothing changed
            // a disabled admin does not count: promote the viewer to ADMIN but disable it
            assertThat(h.send("PATCH", "/api/users/viewer", admin, "{\"role\":\"ADMIN\",\"active\":false" + REASON)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(h.send("PATCH", "/api/users/admin", admin, "{\"role\":\"VIEWER\"" + REASON)
                            .statusCode())
                    .isEqualTo(409);
            // with a second active admin, the first may step down (and its own session ends)
            assertThat(h.send("PATCH", "/api/users/viewer", admin, "{\"active\":true" + REASON)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(h.send("PATCH", "/api/users/admin", admin, "{\"role\":\"VIEWER\"" + REASON)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(h.send("GET", "/api/me", admin, null).statusCode()).isEqualTo(401);
            // now the former viewer is the last admin
            String second = h.token("viewer");
            assertThat(h.send("PATCH", "/api/users/viewer", second, "{\"active\":false" + REASON)
                            .statusCode())
                    .isEqualTo(409);
        }
    }

    @Test
    void badAccountChangesAreRefused() {
        try (Harness h = new Harness(dir)) {
            h.createRoleUsers();
            String admin = h.token("admin");
            assertThat(h.send("PATCH", "/api/users/nobody.here", admin, "{\"active\":false" + REASON)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(h.send("PATCH", "/api/users/viewer", admin, "{\"active\":false}")
                            .statusCode())
                    .isEqualTo(400);
            assertThat(h.send("PATCH", "/api/users/viewer", admin, "{\"reason\":\"x\"}")
                            .statusCode())
                    .isEqualTo(400);
            assertThat(h.send("PATCH", "/api/users/viewer", admin, "{\"active\":\"no\"" + REASON)
                            .statusCode())
                    .isEqualTo(400);
            assertThat(h.send("PATCH", "/api/users/viewer", admin, "{\"role\":\"GOD\"" + REASON)
                            .statusCode())
                    .isEqualTo(400);
            // a no-op changes nothing and revokes nothing
            String v = h.token("viewer");
            long before = h.server.audit().list(0, 5000).size();
            assertThat(h.send("PATCH", "/api/users/viewer", admin, "{\"role\":\"VIEWER\"" + REASON)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(h.send("GET", "/api/me", v, null).statusCode()).isEqualTo(200);
            assertThat(h.server.audit().list(0, 5000)).hasSize((int) before);
        }
    }

    @Test
    void changingOnesPasswordKeepsThisSessionAndEndsTheOthers() {
        try (Harness h = new Harness(dir)) {
            h.createRoleUsers();
            String here = h.token("operator");
            String elsewhere = h.token("operator");
            String next = "a much longer passphrase";
            HttpResponse<String> wrong = h.send(
                    "POST",
                    "/api/me/password",
                    here,
                    "{\"currentPassword\":\"not it at all\",\"newPassword\":\"" + next + "\"}");
            assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(403);
            assertThat(Harness.json(wrong).get("error").stringValue()).isEqualTo("wrong_password");
            assertThat(last(h, "password.change.fail").subject()).isEqualTo("operator");
            for (String weak : List.of("short", "operator", Harness.PASSWORD)) {
                HttpResponse<String> r = h.send(
                        "POST",
                        "/api/me/password",
                        here,
                        "{\"currentPassword\":\"" + Harness.PASSWORD + "\",\"newPassword\":\"" + weak + "\"}");
                assertThat(r.statusCode()).as(weak + ": " + r.body()).isEqualTo(400);
            }
            HttpResponse<String> ok = h.send(
                    "POST",
                    "/api/me/password",
                    here,
                    "{\"currentPassword\":\"" + Harness.PASSWORD + "\",\"newPassword\":\"" + next + "\"}");
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(204);
            assertThat(h.send("GET", "/api/me", here, null).statusCode()).isEqualTo(200);
            assertThat(h.send("GET", "/api/me", elsewhere, null).statusCode()).isEqualTo(401);
            assertThat(login(h, "operator", Harness.PASSWORD).statusCode()).isEqualTo(401);
            assertThat(login(h, "operator", next).statusCode()).isEqualTo(200);
            AuditEntry e = last(h, "password.change");
            assertThat(e.actor()).isEqualTo("operator");
            assertThat(Json.MAPPER.readTree(e.details()).get("sessionsRevoked").intValue())
                    .isEqualTo(1);
            assertThat(e.details()).doesNotContain(next);
        }
    }

    @Test
    void aPasswordEqualToTheUsernameIsRefused() {
        try (Harness h = new Harness(dir)) {
            String admin = h.token("admin");
            HttpResponse<String> r = h.send(
                    "POST",
                    "/api/users",
                    admin,
                    "{\"username\":\"long.username1\",\"agency\":\"NATO\",\"role\":\"VIEWER\","
                            + "\"password\":\"LONG.USERNAME1\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(Harness.json(r).get("reason").stringValue()).contains("must not be the username");
        }
    }

    @Test
    void anAdminResetsAPasswordAndTheUsersSessionsEnd() {
        try (Harness h = new Harness(dir)) {
            h.createRoleUsers();
            String admin = h.token("admin");
            String v = h.token("viewer");
            String next = "reset by the admin 42";
            assertThat(h.send("POST", "/api/users/viewer/password", admin, "{\"newPassword\":\"short\"" + REASON)
                            .statusCode())
                    .isEqualTo(400);
            assertThat(h.send("GET", "/api/me", v, null).statusCode()).isEqualTo(200);
            HttpResponse<String> r =
                    h.send("POST", "/api/users/viewer/password", admin, "{\"newPassword\":\"" + next + "\"" + REASON);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
            assertThat(h.send("GET", "/api/me", v, null).statusCode()).isEqualTo(401);
            assertThat(login(h, "viewer", Harness.PASSWORD).statusCode()).isEqualTo(401);
            assertThat(login(h, "viewer", next).statusCode()).isEqualTo(200);
            AuditEntry e = last(h, "user.password.reset");
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.subject()).isEqualTo("viewer");
            assertThat(e.details()).doesNotContain(next);
            assertThat(h.send(
                                    "POST",
                                    "/api/users/nobody.here/password",
                                    admin,
                                    "{\"newPassword\":\"" + next + "\"" + REASON)
                            .statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void wrongCurrentPasswordsCountAgainstTheLoginLimit() throws Exception {
        ServerConfig cfg = ServerConfig.defaults(dir.resolve("c2"), 0)
                .withPasswordHashing(Harness.CHEAP)
                .withBootstrapAdmin(new ServerConfig.BootstrapAdmin("admin", "NATO", Harness.ADMIN_PASSWORD))
                .withLoginLimit(new ServerConfig.LoginLimit(4, Duration.ofSeconds(30)));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
        try (SteeldomeServer s = new SteeldomeServer(cfg, clock, clock::nanoTime, new SecureRandom()).start()) {
            Client c = new Client("http://127.0.0.1:" + s.port());
            String token = Harness.json(c.post(
                            "/api/login",
                            null,
                            "{\"username\":\"admin\",\"password\":\"" + Harness.ADMIN_PASSWORD + "\"}"))
                    .get("token")
                    .stringValue(); // the login took one of the 4 attempts
            String body = "{\"currentPassword\":\"guess guess guess\",\"newPassword\":\"whatever new one\"}";
            for (int i = 0; i < 3; i++) {
                assertThat(c.post("/api/me/password", token, body).statusCode()).isEqualTo(403);
            }
            HttpResponse<String> limited = c.post("/api/me/password", token, body);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).hasValue("30");
            // the same buckets: a login is limited now too
            assertThat(c.post(
                                    "/api/login",
                                    null,
                                    "{\"username\":\"admin\",\"password\":\"" + Harness.ADMIN_PASSWORD + "\"}")
                            .statusCode())
                    .isEqualTo(429);
        }
    }

    static final class Client {
        final String base;
        final HttpClient http = HttpClient.newHttpClient();

        Client(String base) {
            this.base = base;
        }

        HttpResponse<String> post(String path, String token, String body, String... headers) {
            HttpRequest.Builder b =
                    HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (headers.length > 0) {
                b.headers(headers);
            }
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static HttpResponse<String> login(Harness h, String user, String password) {
        return h.send("POST", "/api/login", null, "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    private static AuditEntry last(Harness h, String action) {
        List<AuditEntry> all = h.server.audit().list(0, 5000);
        return all.stream()
                .filter(e -> e.action().equals(action))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no audit entry " + action));
    }
}
