package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code steeldome track} end to end on the Stone Soup anchor scenario N10 and on bad input. */
class TrackCommandTest {
    /** The anchor scenario kept with the sim module's tests (see its PROVENANCE.md); tests run in cli/. */
    private static final Path N10 =
            Path.of("..", "sim", "src", "test", "resources", "anchors", "tracking", "scenario_N10.csv");

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** Writes M.csv (detections, no kind) and G.csv (truth) from the scenario, like tools/split_scenario.py. */
    private static void split(Path m, Path g) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(N10);
                Writer mw = Files.newBufferedWriter(m);
                Writer gw = Files.newBufferedWriter(g)) {
            assertThat(r.readLine()).isEqualTo("scan,time_s,kind,target_id,x_m,y_m");
            mw.write("scan,time_s,x_m,y_m\n");
            gw.write("scan,time_s,target_id,x_m,y_m\n");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                if (f[2].equals("truth")) {
                    gw.write(String.join(",", f[0], f[1], f[3], f[4], f[5]) + "\n");
                } else {
                    mw.write(String.join(",", f[0], f[1], f[4], f[5]) + "\n");
                }
            }
        }
    }

    @Test
    void helpDocumentsTheContract() {
        Result r = run("track", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("--measurements", "--truth", "--metrics", "--out", "--dt", "--process-noise")
                .contains("gnn, jpda, mht", "kf, ekf, ukf, imm")
                .contains("gnn ignores")
                .contains("z = 0");
        assertThat(run("--help").out()).contains("track");
    }

    @Test
    void tracksTheAnchorScenarioAndWritesTracksAndMetrics(@TempDir Path dir) throws IOException {
        Path m = dir.resolve("M.csv");
        Path g = dir.resolve("G.csv");
        split(m, g);
        Path t = dir.resolve("T.csv");
        Path metrics = dir.resolve("metrics.json");

        Result r = run(
                "track",
                "--measurements",
                m.toString(),
                "--truth",
                g.toString(),
                "--out",
                t.toString(),
                "--metrics",
                metrics.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1911 detections", "100 scans", "GOSPA", "detections/s");
        List<String> lines = Files.readAllLines(t);
        assertThat(lines.getFirst()).isEqualTo("scan,time_s,track_id,x_m,y_m");
        Set<String> ids = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertThat(f).hasSize(5);
            // confirmation takes 3 detections: no track can be reported at scans 0 and 1
            assertThat(Integer.parseInt(f[0])).isGreaterThanOrEqualTo(2);
            ids.add(f[2]);
        }
        // about 10 clutter detections a scan start ~1000 tentative tracks; only the 10 targets' tracks are confirmed
        assertThat(ids).hasSize(10);

        JsonNode j = JsonMapper.builder().build().readTree(Files.readString(metrics));
        assertThat(j.at("/tracks/track_rows").asLong()).isEqualTo(lines.size() - 1);
        assertThat(j.at("/tracks/confirmed_track_count").asInt()).isEqualTo(10);
        assertThat(j.at("/detections").asInt()).isEqualTo(1911);
        assertThat(j.at("/gospa/c_m").asDouble()).isEqualTo(100);
        assertThat(j.at("/gospa/p").asDouble()).isEqualTo(2);
        assertThat(j.at("/gospa/dimensions").asInt()).isEqualTo(2);
        for (String part : List.of("mean_m", "localisation_m", "missed_m", "false_m", "missed_per_scan")) {
            assertThat(j.at("/gospa/all_scans/" + part).isNumber()).as(part).isTrue();
            assertThat(j.at("/gospa/scans_5_onwards/" + part).isNumber())
                    .as(part)
                    .isTrue();
        }
        assertThat(j.at("/gospa/scans_5_onwards/scans").asInt()).isEqualTo(95);
        assertThat(j.at("/rmse_m").asDouble()).isBetween(0.0, 5.0); // below the 5 m measurement sigma
        assertThat(j.at("/throughput/detections_per_s").asDouble()).isPositive();
        assertThat(j.at("/throughput/ms_per_scan_mean").asDouble()).isPositive();
    }

    @Test
    void badMeasurementFileIsExitTwoWithFileAndLineAndWritesNothing(@TempDir Path dir) throws IOException {
        Path m = Files.writeString(dir.resolve("M.csv"), "scan,time_s,x_m,y_m\n0,0,1,2\n0,0,oops,2\n");
        Path t = dir.resolve("T.csv");

        Result r = run("track", "--measurements", m.toString(), "--out", t.toString());

        assertThat(r.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(r.err())
                .contains("M.csv:3:", "'oops'")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(t).doesNotExist();
    }

    @Test
    void unimplementedAssociatorOrFilterIsExitTwo(@TempDir Path dir) throws IOException {
        Path m = Files.writeString(dir.resolve("M.csv"), "scan,time_s,x_m,y_m\n0,0,1,2\n");
        Path t = dir.resolve("T.csv");

        Result mht = run(
                "track",
                "--measurements",
                m.toString(),
                "--out",
                t.toString(),
                "--associator",
                "mht",
                "--filter",
                "ukf");
        assertThat(mht.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(mht.err())
                .contains("not implemented yet: mht with --filter ukf (issue 4)")
                .doesNotContain("\tat ");

        Result jpdaImm = run(
                "track",
                "--measurements",
                m.toString(),
                "--out",
                t.toString(),
                "--associator",
                "jpda",
                "--filter",
                "IMM");
        assertThat(jpdaImm.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(jpdaImm.err())
                .contains("not implemented yet: jpda with --filter imm (issue 4)")
                .doesNotContain("\tat ");
        assertThat(t).doesNotExist();

        Path immOut = dir.resolve("T-imm.csv");
        Result imm = run("track", "--measurements", m.toString(), "--out", immOut.toString(), "--filter", "IMM");
        assertThat(imm.code()).as(imm.err()).isZero();
        assertThat(immOut).exists();

        Result unknown = run("track", "--measurements", m.toString(), "--out", t.toString(), "--associator", "pda");
        // a picocli usage error is a user error too
        assertThat(unknown.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(unknown.err()).contains("'pda' is not one of gnn, jpda, mht").doesNotContain("\tat ");
        assertThat(t).doesNotExist();
    }

    @Test
    void metricsIntoAMissingDirectoryFailsBeforeWritingTracks(@TempDir Path dir) throws IOException {
        Path m = Files.writeString(dir.resolve("M.csv"), "scan,time_s,x_m,y_m\n0,0,1,2\n");
        Path t = dir.resolve("T.csv");

        Result r = run(
                "track",
                "--measurements",
                m.toString(),
                "--out",
                t.toString(),
                "--metrics",
                dir.resolve("no/such/dir/metrics.json").toString());

        assertThat(r.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(r.err()).contains("metrics.json");
        assertThat(t).doesNotExist();
    }
}
