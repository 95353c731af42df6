package io.steeldome.sim.trackfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.steeldome.core.error.SteeldomeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input fails with a TrackFileError that names the file and line (counted by hand) and the fix. */
class TrackInputErrorTest {
    private static final String M = "scan,time_s,x_m,y_m\n";
    private static final String G = "scan,time_s,target_id,x_m,y_m\n";
    private static final String GOOD_G = G + "0,0.0,1,10,10\n1,1.0,1,20,10\n2,2.0,1,30,10\n";

    /** {@code truth} empty: no truth file. {@code where} is file:line, {@code says} a piece of the fix. */
    record Case(String name, String measurements, Optional<String> truth, double dtS, String where, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("missing column", "scan,time_s,x_m\n0,0,1\n", Optional.empty(), 1, "M.csv:1:", "'y_m'"),
                new Case("NaN", M + "0,0,1,2\n0,0,NaN,2\n", Optional.empty(), 1, "M.csv:3:", "finite number"),
                new Case(
                        "not a number after a blank line",
                        M + "\n0,0,1,abc\n",
                        Optional.empty(),
                        1,
                        "M.csv:3:",
                        "'abc'"),
                new Case("empty field", M + "0,0,,2\n", Optional.empty(), 1, "M.csv:2:", "column 'x_m'"),
                new Case(
                        "time going backwards",
                        M + "0,0,1,2\n1,2,1,2\n2,1,1,2\n",
                        Optional.empty(),
                        1,
                        "M.csv:4:",
                        "time must increase"),
                new Case("same time, next scan", M + "0,0,1,2\n1,0,1,2\n", Optional.empty(), 1, "M.csv:3:", "increase"),
                new Case(
                        "scans out of order",
                        M + "0,0,1,2\n2,2,1,2\n1,1,1,2\n",
                        Optional.empty(),
                        1,
                        "M.csv:4:",
                        "sort"),
                new Case(
                        "time changes within a scan",
                        M + "0,0,1,2\n0,0.5,1,2\n",
                        Optional.empty(),
                        1,
                        "M.csv:3:",
                        "line 2"),
                new Case("negative scan", M + "-1,0,1,2\n", Optional.empty(), 1, "M.csv:2:", "whole number"),
                new Case(
                        "fractional scan", M + "0,0,1,2\n1.5,1,1,2\n", Optional.empty(), 1, "M.csv:3:", "whole number"),
                new Case("too few fields", M + "0,0,1\n", Optional.empty(), 1, "M.csv:2:", "3 fields"),
                new Case(
                        "kind column (an unsplit scenario)",
                        "scan,time_s,kind,target_id,x_m,y_m\n0,0,truth,1,1,2\n",
                        Optional.empty(),
                        1,
                        "M.csv:1:",
                        "split_scenario.py"),
                new Case("empty file", "", Optional.empty(), 1, "M.csv:1:", "header"),
                new Case("header only, no truth", M, Optional.empty(), 1, "M.csv", "no rows"),
                new Case(
                        "truth without target_id",
                        M + "0,0,1,2\n",
                        Optional.of("scan,time_s,x_m,y_m\n0,0,1,2\n"),
                        1,
                        "G.csv:1:",
                        "'target_id'"),
                new Case(
                        "truth target twice in a scan",
                        M + "0,0,1,2\n",
                        Optional.of(G + "0,0,1,1,2\n0,0,1,3,4\n"),
                        1,
                        "G.csv:3:",
                        "line 2"),
                new Case(
                        "truth time differs",
                        M + "0,0.0,1,2\n1,1.5,1,2\n",
                        Optional.of(GOOD_G),
                        1,
                        "M.csv:3:",
                        "G.csv:3"),
                new Case(
                        "scan outside the truth",
                        M + "0,0.0,1,2\n5,5.0,1,2\n",
                        Optional.of(GOOD_G),
                        1,
                        "M.csv:3:",
                        "scans 0 to 2"),
                new Case(
                        "truth and measurements interleave backwards in time",
                        M + "0,0.0,1,2\n1,1.5,1,2\n",
                        Optional.of(G + "0,0.0,1,1,2\n2,1.0,1,1,2\n"),
                        1,
                        "G.csv:3:",
                        "M.csv:3"),
                new Case(
                        "--dt too long for the empty scans",
                        M + "0,0.0,1,2\n3,1.5,1,2\n",
                        Optional.empty(),
                        1,
                        "M.csv:3:",
                        "--dt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputNamesFileAndLine(Case c, @TempDir Path dir) throws IOException {
        Path m = Files.writeString(dir.resolve("M.csv"), c.measurements());
        Optional<Path> g = c.truth().isPresent()
                ? Optional.of(Files.writeString(dir.resolve("G.csv"), c.truth().get()))
                : Optional.empty();
        TrackRunSettings settings = new TrackRunSettings(AssociatorKind.GNN, FilterKind.KF, 5, 0.9, 10, 0.05, c.dtS());

        SteeldomeException e = catchThrowableOfType(
                SteeldomeException.class,
                () -> TrackFileRun.of(settings)
                        .run(MeasurementCsv.read(m), g.map(TruthCsv::read), new AtomicLong()::incrementAndGet));

        assertThat(e).as("no exception for " + c).isNotNull();
        assertThat(e.code()).isInstanceOf(TrackFileError.class);
        assertThat(e.getMessage()).contains(c.where()).contains(c.says());
    }
}
