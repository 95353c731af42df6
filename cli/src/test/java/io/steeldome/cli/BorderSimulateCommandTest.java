package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steeldome border simulate} on the Iraq-Turkey example (one day, synthetic terrain) and on a bad file. */
class BorderSimulateCommandTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "border", "iraq-turkey-sector.yaml");

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void simulatesTheExampleAndWritesEveryFile(@TempDir Path dir) {
        Path out = dir.resolve("run");
        Result r = run("border", "simulate", EXAMPLE.toString(), "--days", "1", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("1 day(s)", "12 crossings", "SYNTHETIC", "S1", "S2", "IQBF", "PESH", "TRBU sees")
                .contains("patrols are sent to look");
        for (String f :
                new String[] {"report.html", "alerts.geojson", "crossings.csv", "sectors.csv", "summary.json"}) {
            assertThat(out.resolve(f)).isNotEmptyFile();
            assertThat(r.out()).contains(out.resolve(f).toString());
        }
    }

    @Test
    void aBadValueExitsWithTwoAndSaysWhere(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(EXAMPLE).replace("type: eoir-tower", "type: eoir-towr"));
        Result r = run(
                "border",
                "simulate",
                bad.toString(),
                "--out",
                dir.resolve("run").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":39:22: unknown stations[2].type 'eoir-towr'; did you mean 'eoir-tower'?");
        assertThat(dir.resolve("run")).doesNotExist();
    }

    @Test
    void isListedUnderBorder() {
        Result r = run("border", "--help");
        assertThat(r.out()).contains("simulate", "plan");
    }
}
