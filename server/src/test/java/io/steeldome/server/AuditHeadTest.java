package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.server.audit.AuditEntry;
import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.store.Database;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** GET /api/audit/head and the anchor file the server keeps outside its database. */
class AuditHeadTest {
    @TempDir
    Path dir;

    @Test
    void theHeadIsTheNewestEntryOfTheListing() {
        try (Harness h = new Harness(dir)) {
            h.createRoleUsers();
            String cmd = h.token("commander");
            HttpResponse<String> r = h.send("GET", "/api/audit/head", cmd, null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode head = Harness.json(r);
            List<JsonNode> all = Harness.json(h.send("GET", "/api/audit?limit=5000", cmd, null))
                    .valueStream()
                    .toList();
            JsonNode newest = all.getLast();
            assertThat(head.get("seq").longValue()).isEqualTo(newest.get("seq").longValue());
            assertThat(head.get("hash").stringValue())
                    .isEqualTo(newest.get("hash").stringValue());
            assertThat(head.get("anchor").stringValue())
                    .isEqualTo(newest.get("seq").longValue() + ":"
                            + newest.get("hash").stringValue());
            assertThat(h.server
                            .audit()
                            .verify(AuditLog.Anchor.parse(head.get("anchor").stringValue()))
                            .ok())
                    .isTrue();
            assertThat(h.send("GET", "/api/audit/head", h.token("operator"), null)
                            .statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void theServerWritesTheHeadToItsAnchorFileAndAtShutdown() throws Exception {
        Path anchorFile = dir.resolve("elsewhere/audit.anchor");
        ServerConfig cfg = ServerConfig.defaults(dir.resolve("c2"), 0)
                .withPasswordHashing(Harness.CHEAP)
                .withBootstrapAdmin(new ServerConfig.BootstrapAdmin("admin", "NATO", Harness.ADMIN_PASSWORD));
        cfg = cfg.withSecurity(cfg.security().withAuditAnchor(anchorFile, 100));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
        try (SteeldomeServer s = new SteeldomeServer(cfg, clock, clock::nanoTime, new SecureRandom()).start()) {
            AccountSecurityTest.Client c = new AccountSecurityTest.Client("http://127.0.0.1:" + s.port());
            for (int i = 0; i < 3; i++) {
                c.post("/api/login", null, "{\"username\":\"admin\",\"password\":\"" + Harness.ADMIN_PASSWORD + "\"}");
            }
        }
        String written = Files.readString(anchorFile).strip();
        try (Database db = Database.open(dir.resolve("c2"))) {
            AuditLog log = new AuditLog(db, Clock.systemUTC());
            AuditEntry head = log.head().orElseThrow();
            assertThat(written).isEqualTo(head.seq() + ":" + head.hash());
            assertThat(head.seq()).isEqualTo(4); // user.create + 3 logins
            assertThat(log.verify(AuditLog.Anchor.parse(written)).ok()).isTrue();
        }
    }
}
