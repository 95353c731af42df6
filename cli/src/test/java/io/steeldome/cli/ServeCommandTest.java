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

    /**
     * A border scenario played live at maximum speed beside no air scenario: the batch run's alerts and patrol
     * dispatches are all posted (one example day: 35 alerts and 15 patrols, as {@code steeldome border simulate
     * examples/border/iraq-turkey-sector.yaml --days 1} reports).
     */
    @Test
    void aBorderScenarioPlaysLiveWithItsPatrolDispatches(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(
                new String[] {
                    "serve",
                    "--port",
                    "0",
                    "--db",
                    dir.resolve("c2").toString(),
                    "--no-scenario",
                    "--border-scenario",
                    "../examples/border/iraq-turkey-sector.yaml",
                    "--border-days",
                    "1",
                    "--speed",
                    "0",
                    "--duration-s",
                    "5"
                },
                new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("border run: 35 alerts, 15 dispatches at maxx real time")
                .contains("border run: posted 35 of 35 alerts, 15 of 15 dispatches")
                .doesNotContain("live run");
    }

    @Test
    void securityFlagsReachTheServerAndBadAddressesAreRefused(@TempDir Path dir) throws Exception {
        Path anchor = dir.resolve("anchor/audit.anchor");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(
                new String[] {
                    "serve",
                    "--port",
                    "0",
                    "--db",
                    dir.resolve("c2").toString(),
                    "--no-scenario",
                    "--duration-s",
                    "1",
                    "--cot-port",
                    "0",
                    "--feed-allow",
                    "127.0.0.1",
                    "--feed-allow",
                    "10.0.0.0/8",
                    "--trusted-proxy",
                    "127.0.0.1",
                    "--audit-anchor",
                    anchor.toString()
                },
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        // the first run's only audit entry is the bootstrap admin's creation; the anchor is written at shutdown
        assertThat(java.nio.file.Files.readString(anchor)).matches("1:[0-9a-f]{64}\n");

        for (String[] bad : new String[][] {{"--feed-allow", "example.org"}, {"--trusted-proxy", "10.0.0.0/40"}}) {
            StringWriter e = new StringWriter();
            int c = SteeldomeCli.execute(
                    new String[] {
                        "serve", "--port", "0", "--db", dir.resolve("c3").toString(), "--no-scenario", bad[0], bad[1]
                    },
                    new PrintWriter(new StringWriter(), true),
                    new PrintWriter(e, true));
            assertThat(c).as(e.toString()).isEqualTo(2);
            assertThat(e.toString()).contains(bad[1]);
        }
    }
}
