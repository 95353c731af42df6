package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.server.audit.AuditLog;
import io.steeldome.server.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class AuditCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anIntactChainVerifiesAndAnEditedEntryIsNamed(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("c2");
        try (Database d = Database.open(db)) {
            AuditLog log = new AuditLog(d, Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC));
            for (int i = 1; i <= 5; i++) {
                log.append("operator", "decision.approve", "R-" + i, JSON.readTree("{\"reason\":\"hostile\"}"));
            }
        }
        Result ok = run("audit", "verify", "--db", db.toString());
        assertThat(ok.code).isZero();
        assertThat(ok.out).contains("audit chain OK: 5 entries");

        // Tampering needs the append-only triggers gone first: exactly what an attacker with file access can do.
        try (Database d = Database.open(db);
                Connection c = d.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_update");
            s.execute("UPDATE audit_log SET details = '{\"reason\":\"friendly\"}' WHERE seq = 3");
        }
        Result broken = run("audit", "verify", "--db", db.toString());
        assertThat(broken.code).isEqualTo(3);
        assertThat(broken.out).contains("BROKEN at entry 3");
    }

    @Test
    void theAnchorCatchesDeletedNewestEntriesThatTheChainAloneMisses(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("c2");
        String lastHash;
        try (Database d = Database.open(db)) {
            AuditLog log = new AuditLog(d, Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC));
            for (int i = 1; i <= 5; i++) {
                log.append("operator", "decision.approve", "R-" + i, JSON.readTree("{\"reason\":\"hostile\"}"));
            }
            lastHash = log.list(4, 1).getFirst().hash();
        }
        Result anchor = run("audit", "anchor", "--db", db.toString());
        assertThat(anchor.code).isZero();
        assertThat(anchor.out.strip()).isEqualTo("5:" + lastHash);
        Path anchorFile = dir.resolve("head.anchor");
        java.nio.file.Files.writeString(anchorFile, anchor.out);
        Result ok = run("audit", "verify", "--db", db.toString(), "--anchor", anchor.out.strip());
        assertThat(ok.code).as(ok.err).isZero();
        assertThat(ok.out).contains("audit chain OK: 5 entries").contains("anchor 5:" + lastHash + " found");

        try (Database d = Database.open(db);
                Connection c = d.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_delete");
            s.execute("DELETE FROM audit_log WHERE seq >= 4");
        }
        assertThat(run("audit", "verify", "--db", db.toString()).code)
                .as("the chain alone still holds")
                .isZero();
        Result truncated = run("audit", "verify", "--db", db.toString(), "--anchor", "@" + anchorFile);
        assertThat(truncated.code).isEqualTo(3);
        assertThat(truncated.out).contains("BROKEN at entry 4").contains("truncated");
        Result bad = run("audit", "verify", "--db", db.toString(), "--anchor", "5:nothex");
        assertThat(bad.code).isEqualTo(2);
        assertThat(bad.err).contains("--anchor");
    }

    @Test
    void anEmptyLogHasNoAnchor(@TempDir Path dir) {
        Path db = dir.resolve("c2");
        Database.open(db).close();
        Result r = run("audit", "anchor", "--db", db.toString());
        assertThat(r.code).isEqualTo(3);
        assertThat(r.err).contains("empty");
    }

    @Test
    void aMissingDatabaseIsAnErrorNotAnEmptyChain(@TempDir Path dir) {
        Result r = run("audit", "verify", "--db", dir.resolve("nothing").toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("no database at");
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
