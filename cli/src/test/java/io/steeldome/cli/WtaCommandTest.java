package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.defence.wta.WtaInstance;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code steeldome wta} on a benchmark instance (defence's test resources) and on a malformed one. */
class WtaCommandTest {
    private static final Path INSTANCE =
            Path.of("..", "defence", "src", "test", "resources", "wta", "wta_50x100x2.txt");
    /** best_known.csv: best-known objective and proven lower bound of wta_50x100x2. */
    private static final double BEST_KNOWN = 123.838458;

    private static final double PROVEN_BOUND = 123.832547;

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void printsObjectiveBoundAndTimeAndWritesTheAssignment(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("assignment.csv");
        Result r = run("wta", "--instance", INSTANCE.toString(), "--time-limit-s", "2", "--out", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out().strip());
        double objective = json.get("objective").asDouble();
        double bound = json.get("lowerBound").asDouble();
        assertThat(json.get("timeS").asDouble()).isPositive();

        // recompute the objective from the written assignment, as shared/tools/wta_check.py does
        WtaInstance in = WtaInstance.parse(Files.readString(INSTANCE, StandardCharsets.US_ASCII), "i");
        int[][] x = new int[in.weapons()][in.targets()];
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("weapon,target,shots");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            x[Integer.parseInt(f[0])][Integer.parseInt(f[1])] += Integer.parseInt(f[2]);
        }
        double recomputed = 0;
        for (int j = 0; j < in.targets(); j++) {
            double s = in.values()[j];
            for (int i = 0; i < in.weapons(); i++) {
                s *= Math.pow(1 - in.pk()[i][j], x[i][j]);
            }
            recomputed += s;
        }
        for (int[] row : x) {
            assertThat(java.util.Arrays.stream(row).sum()).isLessThanOrEqualTo(in.shotsPerWeapon());
        }
        assertThat(objective).isCloseTo(recomputed, within(1e-6 * recomputed));
        assertThat(objective).isGreaterThanOrEqualTo(BEST_KNOWN * (1 - 1e-6)).isLessThan(BEST_KNOWN * 1.05);
        assertThat(bound).isPositive().isLessThanOrEqualTo(PROVEN_BOUND);
    }

    @Test
    void malformedInstanceIsAUserError(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "2 2 1\n5\n7\n0 0 0.5\n0 1 0.4\n1 0 nope\n1 1 0.3\n");
        Result r = run("wta", "--instance", bad.toString());
        assertThat(r.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(r.err()).contains("bad.txt:6:", "'nope' is not a finite number");
    }
}
