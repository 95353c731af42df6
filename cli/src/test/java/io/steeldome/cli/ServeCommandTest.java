package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steeldome serve}: the C2 server with the demo raid run live. */
class ServeCommandTest {
    /**
     * At maximum speed every recommendation is stale before anyone could approve it, and no operator is logged in:
     * the raid must run to its end with zero decisions and zero engagements. This is the live-mode rule seen from
     * the command line; LiveRunTest in the server module covers approval and rejection over REST.
     */
    @Test
    void theDemoRunsLiveAndNothingIsApprovedWithoutAnOperator(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(
                new String[] {
                    "serve",
                    "--port",
                    "0",
                    "--db",
                    dir.resolve("c2").toString(),
                    "--speed",
                    "0",
                    "--exit-when-done",
                    "--cot-port",
                    "0"
                },
                new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("steeldome C2 server on http://127.0.0.1:")
                .contains("built-in demo raid")
                .containsPattern("feed cot[^ ]* on port [1-9][0-9]*")
                .containsPattern("FINISHED at t = [0-9.]+ of [0-9.]+ s after [1-9][0-9]* scans")
                .contains("0 operator decision(s), 0 engagement(s) approved");
    }
}
