package io.steeldome.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.server.api.Json;
import io.steeldome.server.store.Database;
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

class AuditLogTest {
    @TempDir
    Path dir;

    Database db;
    AuditLog log;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("audit"));
        log = new AuditLog(db, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        for (int i = 1; i <= 5; i++) {
            log.append(
                    "alice",
                    "test.step",
                    "S" + i,
                    Json.MAPPER.createObjectNode().put("n", i).put("b", "x"));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void hashIsSha256OfPreviousHashAndCanonicalEntry() {
        // Independent value: python3 hashlib.sha256(("0"*64 +
        //   '[1,"2026-01-01T00:00:00Z","alice","x","y",{"a":"z","b":1}]').encode()).hexdigest()
        String h = AuditLog.hash(
                AuditLog.GENESIS,
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                "alice",
                "x",
                "y",
                Json.MAPPER.createObjectNode().put("b", 1).put("a", "z"));
        assertThat(h).isEqualTo("07e7c49e46d3866b155d2a032598d70af1ce59af51eb160b4ffb1a29918beddd");
    }

    @Test
    void intactChainVerifies() {
        AuditVerification v = log.verify();
        assertThat(v.ok()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(log.list(0, 10)).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(log.list(0, 10).get(1).prevHash())
                .isEqualTo(log.list(0, 10).get(0).hash());
    }

    @Test
    void triggersRefuseUpdateAndDelete() {
        assertThatThrownBy(() -> exec("UPDATE audit_log SET details = '{}' WHERE seq = 2"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> exec("DELETE FROM audit_log WHERE seq = 2")).hasMessageContaining("append-only");
        assertThat(log.verify().ok()).isTrue();
    }

    @Test
    void changedDetailsAreDetected() throws SQLException {
        dropTriggers();
        exec("UPDATE audit_log SET details = '{\"b\":\"x\",\"n\":33}' WHERE seq = 3");
        AuditVerification v = log.verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.firstBrokenSeq()).hasValue(3);
    }

    @Test
    void changedActorIsDetectedEvenIfTheHashIsRecomputedWithoutTheChain() throws SQLException {
        dropTriggers();
        exec("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2");
        assertThat(log.verify().firstBrokenSeq()).hasValue(2);
    }

    @Test
    void deletedMiddleRowIsDetected() throws SQLException {
        dropTriggers();
        exec("DELETE FROM audit_log WHERE seq = 3");
        AuditVerification v = log.verify();
        assertThat(v.firstBrokenSeq()).hasValue(3);
        assertThat(v.problem()).contains("missing");
    }

    @Test
    void deletedAndRenumberedRowsAreDetected() throws SQLException {
        dropTriggers();
        exec("DELETE FROM audit_log WHERE seq = 3");
        exec("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3");
        assertThat(log.verify().firstBrokenSeq()).hasValue(3);
    }

    @Test
    void reorderedRowsAreDetected() throws SQLException {
        dropTriggers();
        // swap entries 2 and 4 (all columns but seq)
        exec("UPDATE audit_log SET seq = -2 WHERE seq = 2");
        exec("UPDATE audit_log SET seq = 2 WHERE seq = 4");
        exec("UPDATE audit_log SET seq = 4 WHERE seq = -2");
        assertThat(log.verify().firstBrokenSeq()).hasValue(2);
    }

    private void dropTriggers() throws SQLException {
        // An attacker with direct database access can drop the triggers; the chain still exposes the change.
        exec("DROP TRIGGER audit_log_no_update");
        exec("DROP TRIGGER audit_log_no_delete");
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
