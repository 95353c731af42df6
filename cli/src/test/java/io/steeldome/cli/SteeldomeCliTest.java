package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SteeldomeCliTest {
    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheSubcommands() {
        Result r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("demo", "run", "validate", "Simulation only");
        Result demoHelp = run("demo", "--help");
        assertThat(demoHelp.code()).isZero();
        assertThat(demoHelp.out()).contains("--out", "--seed", "report.html");
    }

    @Test
    void badScenarioGetsLocatedErrorsAndExitCodeTwoWithoutAStackTrace(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, """
                name: bad
                seed: 1
                durationS: 100
                origin: {latDeg: 39.5, lonDeg: 44.0, hM: 0}
                assets:
                  - id: a
                    name: A
                    value: 1
                    point: {lattitude: 39.5, lonDeg: 44.0}
                    radiusM: 100
                """, StandardCharsets.UTF_8);
        for (String cmd : List.of("run", "validate")) {
            Result r = run(cmd, bad.toString());
            assertThat(r.code()).as(cmd).isEqualTo(SteeldomeCli.EXIT_USAGE);
            // 'lattitude' is on line 9, column 13 (1-based), counted by hand.
            assertThat(r.err()).contains("bad.yaml:9:13").contains("lattitude").contains("latDeg");
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void badOptionIsAUserError() {
        Result r = run("demo", "--seed", "not-a-number");
        assertThat(r.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(r.err()).contains("--seed").doesNotContain("\tat ");
    }

    @Test
    void missingFileIsAUserError(@TempDir Path tmp) {
        Result r = run("run", tmp.resolve("nope.yaml").toString());
        assertThat(r.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(r.err()).contains("nope.yaml").doesNotContain("\tat ");
    }

    @Test
    void demoWritesItsFilesAndSaysWhereTheyAre(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("demo");
        Result r = run("demo", "--out", out.toString(), "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        for (String f : List.of("report.html", "tracks.csv", "scenario.geojson", "events.jsonl")) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        assertThat(r.out())
                .contains(out.toAbsolutePath().normalize().toString())
                .contains("report.html");
        assertThat(Files.readString(out.resolve("tracks.csv"))).startsWith("time_s,track_id,status,lat_deg,lon_deg");

        // The report must render in a real browser: headless Chromium parses it and builds the DOM.
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "chromium not installed");
        Path profile = Files.createTempDirectory(tmp, "chromium");
        Process p = new ProcessBuilder(
                        chromium.toString(),
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + profile,
                        "--dump-dom",
                        out.resolve("report.html").toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dom)
                .contains("<svg id=\"theatre\"")
                .contains("<svg id=\"timeline\"")
                .contains("<table id=\"threats\"")
                .contains("grad-field")
                .contains("class=\"track\"");
    }
}
