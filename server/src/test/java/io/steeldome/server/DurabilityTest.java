package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Crash durability: a server in its own JVM is killed with SIGKILL right after answering approvals; a new process on
 * the same database file still has every decision and every audit entry, and the chain verifies. (Without
 * {@code WRITE_DELAY=0} in the JDBC URL this test fails: the restarted server found 0 of the 6 decisions.)
 */
class DurabilityTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private record Child(Process process, String base) {}

    private Child launch(Path db) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DurabilityMain.class.getName(),
                db.toString(),
                "6");
        pb.redirectError(dir.resolve("child-stderr.log").toFile());
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("PORT ")) {
                return new Child(p, "http://127.0.0.1:" + line.substring(5).trim());
            }
        }
        throw new IllegalStateException(
                "child exited with " + p.waitFor(10, TimeUnit.SECONDS) + " before printing its port");
    }

    private HttpResponse<String> send(Child c, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(c.base + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String login(Child c) throws Exception {
        HttpResponse<String> r = send(
                c,
                "POST",
                "/api/login",
                null,
                "{\"username\":\"admin\",\"password\":\"" + Harness.ADMIN_PASSWORD + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Harness.json(r).get("token").stringValue();
    }

    @Test
    void everyCommittedDecisionAndAuditEntrySurvivesSigkill() throws Exception {
        Path db = dir.resolve("c2");
        Child first = launch(db);
        List<JsonNode> auditBefore = new ArrayList<>();
        try {
            String t = login(first);
            assertThat(send(
                                    first,
                                    "PUT",
                                    "/api/weapons-control/SHORAD",
                                    t,
                                    "{\"status\":\"FREE\",\"reason\":\"raid warning\"}")
                            .statusCode())
                    .isEqualTo(200);
            for (int i = 1; i <= 5; i++) {
                HttpResponse<String> r = send(
                        first,
                        "POST",
                        "/api/recommendations/R" + i + "/approve",
                        t,
                        "{\"reason\":\"drone " + i + " inbound\"}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            }
            HttpResponse<String> rej =
                    send(first, "POST", "/api/recommendations/R6/reject", t, "{\"reason\":\"friendly drone\"}");
            assertThat(rej.statusCode()).isEqualTo(200);
            Harness.json(send(first, "GET", "/api/audit?limit=5000", t, null)).forEach(auditBefore::add);
        } finally {
            first.process.destroyForcibly(); // SIGKILL: no shutdown hook, no orderly close of the database
            first.process.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(auditBefore).hasSizeGreaterThanOrEqualTo(1 + 6 + 1 + 1 + 6); // user, posts, login, order, decisions

        Child second = launch(db);
        try {
            String t = login(second);
            JsonNode decisions = Harness.json(send(second, "GET", "/api/decisions", t, null));
            assertThat(decisions).hasSize(6);
            for (int i = 0; i < 5; i++) {
                assertThat(decisions.get(i).get("recommendationId").stringValue())
                        .isEqualTo("R" + (i + 1));
                assertThat(decisions.get(i).get("verdict").stringValue()).isEqualTo("APPROVED");
                assertThat(decisions.get(i).get("operator").stringValue()).isEqualTo("admin");
                assertThat(decisions.get(i).get("reason").stringValue()).isEqualTo("drone " + (i + 1) + " inbound");
            }
            assertThat(decisions.get(5).get("verdict").stringValue()).isEqualTo("REJECTED");
            JsonNode auditAfter = Harness.json(send(second, "GET", "/api/audit?limit=5000", t, null));
            for (int i = 0; i < auditBefore.size(); i++) {
                assertThat(auditAfter.get(i)).isEqualTo(auditBefore.get(i));
            }
            JsonNode verify = Harness.json(send(second, "GET", "/api/audit/verify", t, null));
            assertThat(verify.get("ok").asBoolean()).as(verify.toString()).isTrue();
            // nothing is pending any more: the reposted ids are known and decided
            assertThat(Harness.json(send(second, "GET", "/api/recommendations", t, null)))
                    .isEmpty();
        } finally {
            second.process.destroyForcibly();
            second.process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
