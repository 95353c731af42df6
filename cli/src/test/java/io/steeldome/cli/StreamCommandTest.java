package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code steeldome stream} without {@code --kafka}: the embedded pipeline over the seeded synthetic feed. */
class StreamCommandTest {
    /** Two sectors with two well-separated targets each: after 40 scans each sector holds exactly two confirmed tracks. */
    @Test
    void embeddedRunTracksEveryTarget() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(
                new String[] {"stream", "--sectors", "2", "--targets", "2", "--scans", "40", "--seed", "3"},
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("embedded tracker service (no broker)")
                .contains("80 scans")
                .contains("sector S01 at t=39.0 s: 2 confirmed tracks")
                .contains("sector S02 at t=39.0 s: 2 confirmed tracks");
    }
}
