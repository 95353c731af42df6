package io.steeldome.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.server.api.Json;
import io.steeldome.server.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Truncation of the newest entries, invisible to the chain alone, shows against an anchor kept outside. */
class AuditAnchorTest {
    @TempDir
    Path dir;

    Database db;
    AuditLog log;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("audit"));
        log = new AuditLog(db, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void append(int n) {
        for (int i = 0; i < n; i++) {
            log.append("alice", "test.step", "S", Json.MAPPER.createObjectNode().put("i", i));
        }
    }

    @Test
    void theAnchorFileFollowsTheHeadEveryNEntriesAndAtClose() throws Exception {
        Path file = dir.resolve("anchors/audit.anchor");
        AuditAnchor a = new AuditAnchor(log, file, 3);
        assertThat(a.writeIfDue(false)).isEmpty(); // empty log: nothing to anchor
        append(2);
        assertThat(a.writeIfDue(false)).isEmpty();
        assertThat(file).doesNotExist();
        append(1);
        AuditLog.Anchor third = a.writeIfDue(false).orElseThrow();
        assertThat(third.seq()).isEqualTo(3);
        assertThat(third.hash()).isEqualTo(log.list(2, 1).getFirst().hash());
        assertThat(Files.readString(file)).isEqualTo(third + "\n");
        append(1);
        assertThat(a.writeIfDue(false)).isEmpty(); // 1 < 3 new entries
        a.close(); // the final head is always written
        assertThat(Files.readString(file).strip())
                .isEqualTo("4:" + log.head().orElseThrow().hash());
    }

    @Test
    void deletingTheNewestEntriesPassesTheChainButFailsTheAnchor() throws SQLException {
        append(5);
        AuditLog.Anchor anchor = AuditLog.Anchor.parse(
                "5:" + log.head().orElseThrow().hash().toUpperCase(java.util.Locale.ROOT)); // case-insensitive
        assertThat(log.verify(anchor).ok()).isTrue();
        exec("DROP TRIGGER audit_log_no_delete");
        exec("DELETE FROM audit_log WHERE seq >= 4");
        assertThat(log.verify().ok()).as("the chain alone cannot tell").isTrue();
        AuditVerification v = log.verify(anchor);
        assertThat(v.ok()).isFalse();
        assertThat(v.firstBrokenSeq()).hasValue(4);
        assertThat(v.problem()).startsWith("truncated");
    }

    @Test
    void rewritingTheTailWithAValidChainFailsTheAnchor() throws SQLException {
        append(5);
        AuditLog.Anchor anchor = new AuditLog.Anchor(5, log.head().orElseThrow().hash());
        exec("DROP TRIGGER audit_log_no_delete");
        exec("DELETE FROM audit_log WHERE seq >= 4");
        append(2); // a new, self-consistent tail with seq 4 and 5
        assertThat(log.verify().ok()).isTrue();
        AuditVerification v = log.verify(anchor);
        assertThat(v.ok()).isFalse();
        assertThat(v.firstBrokenSeq()).hasValue(5);
        assertThat(v.problem()).startsWith("rewritten");
        // an anchor on an untouched entry still holds
        assertThat(log.verify(new AuditLog.Anchor(3, log.list(2, 1).getFirst().hash()))
                        .ok())
                .isTrue();
    }

    @Test
    void anchorsAreParsedStrictly() {
        for (String bad : new String[] {"", "5", ":abc", "x:" + "a".repeat(64), "0:" + "a".repeat(64), "5:xyz"}) {
            assertThatThrownBy(() -> AuditLog.Anchor.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(AuditLog.Anchor.parse(" 7:" + "ab".repeat(32) + "\n").toString())
                .isEqualTo("7:" + "ab".repeat(32));
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
