package io.steeldome.cli.command;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sim.trackfile.AssociatorKind;
import io.steeldome.sim.trackfile.FilterKind;
import io.steeldome.sim.trackfile.MeasurementCsv;
import io.steeldome.sim.trackfile.MeasurementFile;
import io.steeldome.sim.trackfile.TrackAccuracy;
import io.steeldome.sim.trackfile.TrackCsv;
import io.steeldome.sim.trackfile.TrackFileError;
import io.steeldome.sim.trackfile.TrackFileRun;
import io.steeldome.sim.trackfile.TrackRunResult;
import io.steeldome.sim.trackfile.TrackRunSettings;
import io.steeldome.sim.trackfile.TruthCsv;
import io.steeldome.sim.trackfile.TruthFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "track",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs the multi-target tracker over a file of detections and writes the",
            "confirmed tracks of every scan; with a truth file it also scores them",
            "(GOSPA c = 100 m, p = 2, alpha = 2, RMSE) and reports the tracker's speed.",
            "",
            "M.csv: scan,time_s,x_m,y_m[,z_m], one row per detection, rows sorted by",
            "  scan; no 'kind' column (the tracker cannot tell clutter from targets).",
            "G.csv: scan,time_s,target_id,x_m,y_m[,z_m].",
            "T.csv: scan,time_s,track_id,x_m,y_m (+ z_m if M.csv has z), confirmed",
            "  tracks only.",
            "2-D data runs through the 3-D tracker with z = 0 and a z variance equal",
            "to the x/y one; GOSPA is on x,y unless both M.csv and G.csv have z.",
            ""
        },
        footer = {
            "",
            "Tracker settings match the Stone Soup anchor runs: initial velocity sd",
            "20 m/s, gate at Mahalanobis distance 3, confirmation on the 3rd detection",
            "(3 of 4 scans), deletion after 5 misses in a row.",
            "Bad input stops the run before anything is written: exit code 2 and",
            "file:line with the fix."
        })
public final class TrackCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--measurements", required = true, paramLabel = "M.csv", description = "Detections (.gz allowed).")
    Path measurements;

    @Option(names = "--out", required = true, paramLabel = "T.csv", description = "Confirmed tracks to write.")
    Path out;

    @Option(
            names = "--truth",
            paramLabel = "G.csv",
            description = "Ground truth, for GOSPA and RMSE; its scans must cover those of M.csv.")
    Optional<Path> truth;

    @Option(
            names = "--metrics",
            paramLabel = "metrics.json",
            description = "Write the metrics as JSON (GOSPA and RMSE need --truth).")
    Optional<Path> metrics;

    @Option(
            names = "--associator",
            defaultValue = "gnn",
            paramLabel = "NAME",
            converter = AssociatorConverter.class,
            completionCandidates = AssociatorNames.class,
            description = "One of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}); jpda and mht take --filter kf.")
    AssociatorKind associator;

    @Option(
            names = "--filter",
            defaultValue = "kf",
            paramLabel = "NAME",
            converter = FilterConverter.class,
            completionCandidates = FilterNames.class,
            description =
                    "One of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}); all run with gnn, only kf with jpda and mht;"
                            + " imm is nearly-constant velocity + coordinated turn.")
    FilterKind filter;

    @Option(
            names = "--meas-sigma-m",
            defaultValue = "5",
            paramLabel = "M",
            description = "Standard deviation of each detection coordinate, m (default ${DEFAULT-VALUE}).")
    double measSigmaM;

    @Option(
            names = "--pd",
            defaultValue = "0.9",
            paramLabel = "P",
            description = "Detection probability (default ${DEFAULT-VALUE}); used by jpda and mht, gnn ignores it.")
    double pd;

    @Option(
            names = "--clutter-per-scan",
            defaultValue = "10",
            paramLabel = "N",
            description =
                    "Mean false detections per scan (default ${DEFAULT-VALUE}); used by jpda and mht, gnn ignores it.")
    double clutterPerScan;

    @Option(
            names = "--process-noise",
            defaultValue = "0.05",
            paramLabel = "Q",
            description = "White-noise acceleration intensity q of the constant-velocity model, m^2/s^3"
                    + " (default ${DEFAULT-VALUE}).")
    double processNoise;

    @Option(
            names = "--dt",
            defaultValue = "1",
            paramLabel = "S",
            description = "Nominal scan period, s (default ${DEFAULT-VALUE}). time_s is required in every row;"
                    + " --dt only times the scans that have no row (no detection), which the tracker still"
                    + " processes so that their misses count.")
    double dtS;

    @Override
    public Integer call() {
        TrackFileRun run = TrackFileRun.of(
                new TrackRunSettings(associator, filter, measSigmaM, pd, clutterPerScan, processNoise, dtS));
        requireDirectoryOf(out);
        metrics.ifPresent(TrackCommand::requireDirectoryOf);

        MeasurementFile m = MeasurementCsv.read(measurements);
        Optional<TruthFile> g = truth.map(TruthCsv::read);
        TrackRunResult result = run.run(m, g, System::nanoTime);
        TrackCsv.write(out, result);
        metrics.ifPresent(result::writeMetricsJson);

        PrintWriter o = spec.commandLine().getOut();
        o.printf(
                Locale.ROOT,
                "%d detections, %d scans: %d confirmed tracks, %d rows -> %s%n",
                result.throughput().detections(),
                result.scans().size(),
                result.confirmedTrackCount(),
                result.trackRows(),
                out);
        result.accuracy().ifPresent(a -> printAccuracy(o, a));
        o.printf(
                Locale.ROOT,
                "tracker: %.0f detections/s, %.3f ms/scan (mean; median %.3f)%n",
                result.throughput().detectionsPerS(),
                result.throughput().msPerScanMean(),
                result.throughput().msPerScanMedian());
        metrics.ifPresent(p -> o.printf("metrics -> %s%n", p));
        return 0;
    }

    private static void printAccuracy(PrintWriter o, TrackAccuracy a) {
        o.printf(
                Locale.ROOT,
                "GOSPA (c 100 m, p 2): mean %.3f m over all scans",
                a.allScans().distanceM());
        a.steady().ifPresent(s -> o.printf(Locale.ROOT, ", %.3f m over scans 5+", s.distanceM()));
        o.println();
        if (a.rmseM().isPresent()) {
            o.printf(
                    Locale.ROOT,
                    "RMSE %.3f m over %d assigned pairs%n",
                    a.rmseM().getAsDouble(),
                    a.assignedPairs());
        }
    }

    /** Fails before any work when an output could not be written, so that no output is left half done. */
    private static void requireDirectoryOf(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new SteeldomeException(TrackFileError.UNWRITABLE, file, "no directory " + dir);
        }
    }

    static final class AssociatorConverter implements CommandLine.ITypeConverter<AssociatorKind> {
        @Override
        public AssociatorKind convert(String value) {
            return Arrays.stream(AssociatorKind.values())
                    .filter(k -> k.cliName().equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException(
                            "'" + value + "' is not one of " + String.join(", ", new AssociatorNames())));
        }
    }

    static final class FilterConverter implements CommandLine.ITypeConverter<FilterKind> {
        @Override
        public FilterKind convert(String value) {
            return Arrays.stream(FilterKind.values())
                    .filter(k -> k.cliName().equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException(
                            "'" + value + "' is not one of " + String.join(", ", new FilterNames())));
        }
    }

    static final class AssociatorNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(AssociatorKind.values())
                    .map(AssociatorKind::cliName)
                    .iterator();
        }
    }

    static final class FilterNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(FilterKind.values()).map(FilterKind::cliName).iterator();
        }
    }
}
