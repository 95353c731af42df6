package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.interop.czml.CzmlValidator;
import io.steeldome.interop.geojson.GeoJsonValidator;
import io.steeldome.server.ServerConfig;
import io.steeldome.server.SteeldomeServer;
import io.steeldome.server.auth.Argon2Params;
import io.steeldome.server.live.LiveRun;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class ReplayCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aMissingRecordingIsAClearErrorWithoutAStackTrace(@TempDir Path dir) {
        Result r = run("replay", "--db", dir.resolve("missing.db").toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err)
                .contains("no recorded session at")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        Result junk = run("replay", "--db", dir.resolve("x").toString(), "--from", "yesterday");
        assertThat(junk.code).isEqualTo(2);
        assertThat(junk.err).contains("--from must be an ISO-8601 UTC time");
    }

    /** Records the demo raid (as fast as possible: nothing approvable), then exports and replays it. */
    @Test
    void aRecordedSessionExportsAndReplays(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("c2");
        ServerConfig cfg = ServerConfig.defaults(db, 0)
                .withPasswordHashing(new Argon2Params(64, 1, 1))
                .withBootstrapAdmin(new ServerConfig.BootstrapAdmin("admin", "NATO", "admin-password-1"));
        try (SteeldomeServer server = new SteeldomeServer(cfg).start()) {
            LiveRun run = LiveRun.start(server, ScenarioLoader.demo(), 0);
            assertThat(run.awaitFinished(Duration.ofMinutes(5))).isTrue();
        }
        Path file = dir.resolve("c2.mv.db");
        String sha = sha256(file);

        Path out = dir.resolve("export");
        Result r = run("replay", "--db", db.toString(), "--export", out.toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("audit chain OK").contains("exported");
        for (String f : new String[] {"session.geojson", "session.czml", "decisions.csv", "alerts.csv", "audit.csv"}) {
            assertThat(out.resolve(f)).isRegularFile();
        }
        assertThat(GeoJsonValidator.validate(JSON.readTree(Files.readString(out.resolve("session.geojson")))))
                .isEmpty();
        assertThat(CzmlValidator.validate(JSON.readTree(Files.readString(out.resolve("session.czml")))))
                .isEmpty();
        assertThat(Files.readAllLines(out.resolve("decisions.csv")))
                .containsExactly("recommendation_id,verdict,operator,decided_at,reason,weapons_control,layer,track_id");
        assertThat(Files.readAllLines(out.resolve("audit.csv")).getLast()).endsWith(",verified");

        Result replay = run("replay", "--db", file.toString(), "--speed", "0", "--port", "0", "--exit-when-done");
        assertThat(replay.code).as(replay.err).isZero();
        assertThat(replay.out).contains("audit chain OK").contains("steeldome replay on http://127.0.0.1:");
        assertThat(replay.out).containsPattern("replay reached \\S+: \\d+ events replayed");
        assertThat(sha256(file)).isEqualTo(sha);

        // Altered evidence: the chain check names the entry, the replay is refused (3), the export marks it.
        Path tampered = dir.resolve("t").resolve("c2");
        Files.createDirectories(tampered.getParent());
        Files.copy(file, tampered.resolveSibling("c2.mv.db"));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tampered.toAbsolutePath(), "steeldome", "");
                Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_update");
            s.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1");
        }
        Result refused = run("replay", "--db", tampered.toString(), "--speed", "0", "--port", "0", "--exit-when-done");
        assertThat(refused.code).isEqualTo(3);
        assertThat(refused.out).contains("audit chain BROKEN at entry 1");
        assertThat(refused.err).contains("refusing to replay").doesNotContain("\tat ");
        Result marked = run(
                "replay",
                "--db",
                tampered.toString(),
                "--export",
                dir.resolve("t-export").toString());
        assertThat(marked.code).isEqualTo(3);
        assertThat(Files.readAllLines(dir.resolve("t-export").resolve("audit.csv"))
                        .get(1))
                .endsWith(",BROKEN");
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
