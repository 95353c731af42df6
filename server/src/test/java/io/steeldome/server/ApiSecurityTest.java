package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.server.api.Json;
import io.steeldome.server.api.RouteSpec;
import io.steeldome.server.auth.Role;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiSecurityTest {
    Path dir;

    Harness h;
    final Map<Role, String> tokens = new EnumMap<>(Role.class);

    @BeforeAll
    void start(@TempDir Path tmp) {
        dir = tmp;
        h = new Harness(dir);
        h.createRoleUsers();
        tokens.put(Role.VIEWER, h.token("viewer"));
        tokens.put(Role.OPERATOR, h.token("operator"));
        tokens.put(Role.COMMANDER, h.token("commander"));
        tokens.put(Role.ADMIN, h.token("admin"));
    }

    @AfterAll
    void stop() {
        h.close();
    }

    /** A concrete path for a route template. */
    private static String concrete(String path) {
        return path.replace("{id}", "R-none").replace("{layer}", "SHORAD").replace("{username}", "nobody.here");
    }

    @Test
    void everyRegisteredRouteIsDeclaredWithItsRole() {
        List<String> declared =
                h.server.routes().stream().map(r -> r.method() + " " + r.path()).toList();
        assertThat(h.server.registeredEndpoints()).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(declared).hasSizeGreaterThanOrEqualTo(17);
        for (RouteSpec r : h.server.routes()) {
            boolean publicRoute = r.path().equals("/api/health") || r.path().equals("/api/login");
            assertThat(r.minRole().isEmpty()).as(r.toString()).isEqualTo(publicRoute);
        }
    }

    @Test
    void accountAndAuditAnchorRoutesHaveTheirRoles() {
        assertThat(h.server.routes())
                .contains(
                        new RouteSpec("PATCH", "/api/users/{username}", java.util.Optional.of(Role.ADMIN)),
                        new RouteSpec("POST", "/api/users/{username}/password", java.util.Optional.of(Role.ADMIN)),
                        new RouteSpec("POST", "/api/me/password", java.util.Optional.of(Role.VIEWER)),
                        new RouteSpec("GET", "/api/audit/head", java.util.Optional.of(Role.COMMANDER)));
    }

    @Test
    void cookieAccountChangesNeedTheCsrfToken() {
        HttpResponse<String> login = h.send(
                "POST", "/api/login", null, "{\"username\":\"admin\",\"password\":\"" + Harness.ADMIN_PASSWORD + "\"}");
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        HttpResponse<String> patch = h.send(req("/api/users/viewer", cookie)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"active\":false,\"reason\":\"x\"}"))
                .build());
        assertThat(patch.statusCode()).isEqualTo(403);
        assertThat(Harness.json(patch).get("error").stringValue()).isEqualTo("csrf");
        HttpResponse<String> pw = h.send(req("/api/me/password", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"currentPassword\":\"" + Harness.ADMIN_PASSWORD + "\",\"newPassword\":\"x\"}"))
                .build());
        assertThat(pw.statusCode()).isEqualTo(403);
        assertThat(h.send("GET", "/api/me", tokens.get(Role.VIEWER), null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyNonPublicRouteRefusesAnonymousCallers() {
        List<String> checked = new ArrayList<>();
        for (String endpoint : h.server.registeredEndpoints()) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            if (endpoint.equals("GET /api/health") || endpoint.equals("POST /api/login")) {
                continue;
            }
            String body = method.equals("GET") ? null : "{\"reason\":\"x\",\"status\":\"FREE\"}";
            HttpResponse<String> r = h.send(method, concrete(path), null, body);
            assertThat(r.statusCode()).as(endpoint).isEqualTo(401);
            assertThat(Harness.json(r).get("error").stringValue()).isEqualTo("unauthorized");
            // a forged token fares no better
            assertThat(h.send(method, concrete(path), "forged-token", body).statusCode())
                    .as(endpoint)
                    .isEqualTo(401);
            checked.add(endpoint);
        }
        assertThat(checked).hasSize(h.server.registeredEndpoints().size() - 2);
    }

    @Test
    void pathVariantsDoNotSlipPastTheFilter() {
        for (String path : List.of(
                "/api/users/",
                "/api//users",
                "/api/./users",
                "/api/%75sers",
                "/api/x/../users",
                "/api/audit/verify/",
                "/API/users",
                "/api/Users")) {
            HttpResponse<String> r = h.send("GET", path, null, null);
            assertThat(r.statusCode()).as(path + ": " + r.body()).isIn(400, 401, 404);
            assertThat(r.body()).as(path).doesNotContain("admin").doesNotContain("\tat ");
        }
    }

    @Test
    void healthIsPublic() {
        HttpResponse<String> r = h.send("GET", "/api/health", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Harness.json(r).get("status").stringValue()).isEqualTo("ok");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void eachRouteAdmitsItsMinimumRoleAndAboveAndRefusesBelow() {
        for (RouteSpec route : h.server.routes()) {
            if (route.minRole().isEmpty() || route.path().equals("/api/logout")) {
                continue;
            }
            for (Role role : Role.values()) {
                String body = route.method().equals("GET") ? null : "{}"; // missing fields: 400 once admitted
                HttpResponse<String> r = h.send(route.method(), concrete(route.path()), tokens.get(role), body);
                String what = route + " as " + role + ": " + r.body();
                if (role.atLeast(route.minRole().get())) {
                    assertThat(r.statusCode()).as(what).isNotIn(401, 403);
                } else {
                    assertThat(r.statusCode()).as(what).isEqualTo(403);
                    assertThat(Harness.json(r).get("error").stringValue()).isEqualTo("forbidden");
                }
            }
        }
    }

    @Test
    void openApiDocumentCoversEveryRoute() throws Exception {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/openapi.json")) {
            doc = Json.MAPPER.readTree(in);
        }
        for (RouteSpec r : h.server.routes()) {
            JsonNode op = doc.path("paths").path(r.path()).path(r.method().toLowerCase(Locale.ROOT));
            assertThat(op.isObject()).as(r.toString()).isTrue();
            String role = r.minRole().map(Role::name).orElse("");
            assertThat(op.path("x-min-role").asString("")).as(r.toString()).isEqualTo(role);
        }
        HttpResponse<String> served = h.send("GET", "/api/openapi.json", tokens.get(Role.VIEWER), null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(Harness.json(served).get("openapi").stringValue()).startsWith("3.");
    }

    @Test
    void errorsAreJsonWithTheRightStatus() {
        String admin = tokens.get(Role.ADMIN);
        HttpResponse<String> malformed = h.send("POST", "/api/users", admin, "{not json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertErrorBody(malformed);
        HttpResponse<String> missing = h.send("POST", "/api/users", admin, "{\"username\":\"x\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        HttpResponse<String> badParam = h.send("GET", "/api/audit?limit=abc", admin, null);
        assertThat(badParam.statusCode()).isEqualTo(400);
        HttpResponse<String> notFound = h.send("GET", "/api/nothing-here", admin, null);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertErrorBody(notFound);
        HttpResponse<String> unknownRec = h.send(
                "POST",
                "/api/recommendations/R-none/approve",
                tokens.get(Role.OPERATOR),
                "{\"reason\":\"threat to the town\"}");
        assertThat(unknownRec.statusCode()).isEqualTo(404);
        assertErrorBody(unknownRec);
        String big = "{\"username\":\"" + "a".repeat(200_000) + "\"}";
        HttpResponse<String> tooBig = h.send("POST", "/api/users", admin, big);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertErrorBody(tooBig);
        HttpResponse<String> dup = h.send(
                "POST",
                "/api/users",
                admin,
                "{\"username\":\"viewer\",\"agency\":\"NATO\",\"role\":\"VIEWER\",\"password\":\"long enough pw\"}");
        assertThat(dup.statusCode()).isEqualTo(409);
        assertErrorBody(dup);
        HttpResponse<String> badLogin =
                h.send("POST", "/api/login", null, "{\"username\":\"viewer\",\"password\":\"wrong\"}");
        assertThat(badLogin.statusCode()).isEqualTo(401);
        assertErrorBody(badLogin);
    }

    private static void assertErrorBody(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode n = Harness.json(r);
        assertThat(n.get("error").isString()).as(r.body()).isTrue();
        assertThat(n.get("reason").isString()).as(r.body()).isTrue();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void adminCreatesUsersWhoCanLogIn() {
        HttpResponse<String> r = h.send(
                "POST",
                "/api/users",
                tokens.get(Role.ADMIN),
                "{\"username\":\"tr.op\",\"agency\":\"TR_FORCES\",\"role\":\"OPERATOR\",\"password\":\"another good pw\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        HttpResponse<String> login =
                h.send("POST", "/api/login", null, "{\"username\":\"tr.op\",\"password\":\"another good pw\"}");
        assertThat(login.statusCode()).isEqualTo(200);
        JsonNode me = Harness.json(
                h.send("GET", "/api/me", Harness.json(login).get("token").stringValue(), null));
        assertThat(me.get("agency").stringValue()).isEqualTo("TR_FORCES");
        assertThat(me.get("role").stringValue()).isEqualTo("OPERATOR");
        // the password is stored only as an Argon2id hash, the token only as its SHA-256
        assertThat(h.server.audit().list(0, 1000))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("user.create"));
        HttpResponse<String> weak = h.send(
                "POST",
                "/api/users",
                tokens.get(Role.ADMIN),
                "{\"username\":\"weak\",\"agency\":\"NATO\",\"role\":\"VIEWER\",\"password\":\"short\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        HttpResponse<String> reserved = h.send(
                "POST",
                "/api/users",
                tokens.get(Role.ADMIN),
                "{\"username\":\"simulation\",\"agency\":\"NATO\",\"role\":\"OPERATOR\",\"password\":\"long enough pw\"}");
        assertThat(reserved.statusCode()).isEqualTo(400);
    }

    @Test
    void cookieSessionsNeedTheCsrfTokenForWrites() {
        HttpResponse<String> login = h.send(
                "POST", "/api/login", null, "{\"username\":\"commander\",\"password\":\"" + Harness.PASSWORD + "\"}");
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").startsWith("steeldome_session=");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = Harness.json(login).get("csrfToken").stringValue();
        // reads need no CSRF token
        HttpResponse<String> read =
                h.send(req("/api/weapons-control", cookie).GET().build());
        assertThat(read.statusCode()).isEqualTo(200);
        String order = "{\"status\":\"TIGHT\",\"reason\":\"drill\"}";
        HttpResponse<String> noToken = h.send(req("/api/weapons-control/DRILL", cookie)
                .PUT(HttpRequest.BodyPublishers.ofString(order))
                .build());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(Harness.json(noToken).get("error").stringValue()).isEqualTo("csrf");
        HttpResponse<String> wrong = h.send(req("/api/weapons-control/DRILL", cookie)
                .header("X-CSRF-Token", csrf + "x")
                .PUT(HttpRequest.BodyPublishers.ofString(order))
                .build());
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(h.server.approvals().weaponsControlOrders()).doesNotContainKey("DRILL");
        HttpResponse<String> ok = h.send(req("/api/weapons-control/DRILL", cookie)
                .header("X-CSRF-Token", csrf)
                .PUT(HttpRequest.BodyPublishers.ofString(order))
                .build());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        // logout ends the session
        HttpResponse<String> out = h.send(req("/api/logout", cookie)
                .header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(h.send(req("/api/me", cookie).GET().build()).statusCode()).isEqualTo(401);
    }

    private HttpRequest.Builder req(String path, String cookie) {
        return HttpRequest.newBuilder(URI.create(h.base + path)).header("Cookie", cookie);
    }

    @Test
    void sessionsExpire() throws Exception {
        Path d = dir.resolve("expiry");
        java.nio.file.Files.createDirectories(d);
        try (Harness x = new Harness(d)) {
            String t = x.token("admin");
            assertThat(x.send("GET", "/api/me", t, null).statusCode()).isEqualTo(200);
            x.clock.advance(Duration.ofHours(8).plusSeconds(1));
            assertThat(x.send("GET", "/api/me", t, null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void loginIsRateLimitedPerUsernameAndPerAddress() throws Exception {
        Path d = dir.resolve("ratelimit");
        java.nio.file.Files.createDirectories(d);
        ServerConfig cfg = ServerConfig.defaults(d.resolve("c2"), 0)
                .withPasswordHashing(Harness.CHEAP)
                .withBootstrapAdmin(new ServerConfig.BootstrapAdmin("admin", "NATO", Harness.ADMIN_PASSWORD))
                .withLoginLimit(new ServerConfig.LoginLimit(3, Duration.ofSeconds(20)));
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-26T02:00:00Z"));
        try (SteeldomeServer s = new SteeldomeServer(cfg, clock, clock::nanoTime, new SecureRandom()).start()) {
            MutableClock unused = clock;
            String base = "http://127.0.0.1:" + s.port();
            java.net.http.HttpClient c = java.net.http.HttpClient.newHttpClient();
            java.util.function.Function<String, HttpResponse<String>> login = body -> {
                try {
                    return c.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/login"))
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            String wrong = "{\"username\":\"admin\",\"password\":\"guess\"}";
            for (int i = 0; i < 3; i++) {
                assertThat(login.apply(wrong).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> limited = login.apply(wrong);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).hasValue("20");
            assertThat(Harness.json(limited).get("error").stringValue()).isEqualTo("rate_limited");
            // even the right password is refused while limited
            String right = "{\"username\":\"admin\",\"password\":\"" + Harness.ADMIN_PASSWORD + "\"}";
            assertThat(login.apply(right).statusCode()).isEqualTo(429);
            unused.advance(Duration.ofSeconds(20));
            // the address bucket is also empty (same client): other usernames wait too
            assertThat(login.apply(right).statusCode()).isEqualTo(200);
            assertThat(login.apply("{\"username\":\"someone\",\"password\":\"x\"}")
                            .statusCode())
                    .isEqualTo(429);
        }
    }
}
