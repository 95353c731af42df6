package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonteCarloCommandTest {
    private record Result(int code, String out, String err) {}

    /** One rocket at a town with one short-range battery; a sensitive radar. */
    private static final String SCENARIO = """
            name: one rocket
            seed: 3
            durationS: 200
            origin: {latDeg: 39.547, lonDeg: 44.084, hM: 1625}
            groundHeightM: 1625
            assets:
              - id: town
                name: Town
                value: 100
                point: {latDeg: 39.547, lonDeg: 44.084}
                radiusM: 2000
            sensors:
              - id: radar
                type: radar
                preset: multi-mission
                position: {latDeg: 39.620, lonDeg: 43.730, hM: 2250}
            effectors:
              - id: sr
                layer: short-range
                position: {latDeg: 39.535, lonDeg: 44.120, hM: 1630}
            threats:
              - id: rocket
                type: grad-rocket
                launch: {latDeg: 39.370, lonDeg: 44.100, hM: 1800}
                aim: {latDeg: 39.547, lonDeg: 44.084}
                launchTimeS: 10
            """;

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void writesTheReportAndSaysWhereItIs(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("one.yaml");
        Files.writeString(file, SCENARIO, StandardCharsets.UTF_8);
        Path out = tmp.resolve("mc");
        Result r = run(
                "montecarlo",
                file.toString(),
                "--runs",
                "200",
                "--threads",
                "2",
                "--seed",
                "11",
                "--out",
                out.toString(),
                "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        for (String f : List.of("montecarlo.html", "summary.json", "runs.csv", "assets.csv")) {
            assertThat(out.resolve(f)).isNotEmptyFile();
            assertThat(r.out()).contains(f);
        }
        assertThat(r.out())
                .contains(
                        "200 runs, fidelity engagement, master seed 11", "town", "SHORT_RANGE", "cost-exchange ratio");
        assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSize(201);
        String json = Files.readString(out.resolve("summary.json"));
        assertThat(json)
                .contains(
                        "\"fidelity\" : \"engagement\"",
                        "\"masterSeed\" : 11",
                        "engagements auto-approved by simulation");

        // the same seed on one thread gives the same files
        Path again = tmp.resolve("mc1");
        Result r1 = run(
                "montecarlo",
                file.toString(),
                "--runs",
                "200",
                "--threads",
                "1",
                "--seed",
                "11",
                "--out",
                again.toString(),
                "--no-progress");
        assertThat(r1.code()).isZero();
        assertThat(Files.readString(again.resolve("summary.json"))).isEqualTo(json);
    }

    @Test
    void badScenarioGetsLocatedErrorsAndExitCodeTwo(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, SCENARIO.replace("grad-rocket", "grad-rockt"), StandardCharsets.UTF_8);
        Result r = run("montecarlo", bad.toString(), "--runs", "10");
        assertThat(r.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        // 'grad-rockt' is on line 23, column 11 (counted by hand)
        assertThat(r.err()).contains("bad.yaml:23:11", "grad-rocket").doesNotContain("\tat ");
    }

    @Test
    void badOptionsAreUserErrors(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("one.yaml");
        Files.writeString(file, SCENARIO, StandardCharsets.UTF_8);
        Result zero = run("montecarlo", file.toString(), "--runs", "0");
        assertThat(zero.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(zero.err()).contains("--runs = 0", "at least 1");
        Result threads = run("montecarlo", file.toString(), "--runs", "5", "--threads", "0");
        assertThat(threads.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(threads.err()).contains("--threads");
        Result fidelity = run("montecarlo", file.toString(), "--runs", "5", "--fidelity", "medium");
        assertThat(fidelity.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(fidelity.err()).contains("unknown fidelity 'medium'", "engagement or full");
        Result missing = run("montecarlo", file.toString());
        assertThat(missing.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(missing.err()).contains("--runs");
    }
}
