package io.steeldome.cli.command;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.sensors.spec.RadarSpec;
import io.steeldome.sim.realdata.AdsbCsv;
import io.steeldome.sim.realdata.AdsbFlight;
import io.steeldome.sim.realdata.AdsbSample;
import io.steeldome.sim.realdata.AircraftTrackingStudy;
import io.steeldome.sim.realdata.StudyReport;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.tracker.TrackerConfig;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "adsb",
        mixinStandardHelpOptions = true,
        description = {
            "Tracks real recorded flights: ADS-B positions (CSV as in shared/data/adsb) are",
            "the truth, a simulated radar observes them, and the tracker follows them",
            "through their real manoeuvres. Compares a quiet and an agile constant-",
            "velocity filter and a CV + coordinated-turn IMM; writes adsb_report.html",
            "(RMSE table, plots) and adsb_scans.csv."
        })
public final class AdsbCommand implements Callable<Integer> {
    /** Process noise of the two filters compared, m^2/s^3: tuned for straight flight, and for 1-g manoeuvres. */
    private static final double[] PROCESS_NOISE = {1, 100};

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FLIGHT.csv", description = "ADS-B flight files.")
    List<Path> flights;

    @Option(
            names = "--radar",
            paramLabel = "LAT,LON,H",
            split = ",",
            description = "Radar site, degrees and metres (default: the centre of each flight's area, 500 m).")
    List<Double> radar = List.of();

    @Option(
            names = "--rcs-m2",
            paramLabel = "M2",
            defaultValue = "10",
            description = "Aircraft radar cross-section (default ${DEFAULT-VALUE}).")
    double rcsM2;

    @Option(names = "--seed", defaultValue = "20261125", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/adsb-<timestamp>).")
    Optional<Path> out = Optional.empty();

    @Override
    public Integer call() throws Exception {
        if (!radar.isEmpty() && radar.size() != 3) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--radar needs LAT,LON,H (three numbers), got " + radar);
        }
        List<AircraftTrackingStudy.Result> results = new ArrayList<>();
        for (Path f : flights) {
            AdsbFlight flight = AdsbCsv.read(f);
            GeodeticPoint site = radar.isEmpty()
                    ? centre(flight)
                    : GeodeticPoint.ofDegrees(radar.get(0), radar.get(1), radar.get(2));
            for (double q : PROCESS_NOISE) {
                TrackerConfig cfg = TrackerConfig.defaults().withMotionModel(ConstantVelocity.continuousEnu(q));
                results.add(AircraftTrackingStudy.run(
                        flight,
                        new AircraftTrackingStudy.Setup(
                                String.format(Locale.ROOT, "CV KF, q = %.0f m²/s³", q),
                                site,
                                RadarSpec.longRangeSurveillance(),
                                rcsM2,
                                seed,
                                cfg,
                                Optional.empty())));
            }
            results.add(AircraftTrackingStudy.run(
                    flight,
                    new AircraftTrackingStudy.Setup(
                            "IMM CV + CT, GNN",
                            site,
                            RadarSpec.longRangeSurveillance(),
                            rcsM2,
                            seed,
                            TrackerConfig.defaults(),
                            Optional.of(AircraftTrackingStudy.ImmSettings.AIRCRAFT))));
        }
        Path dir = out.orElseGet(() -> OutputDirectory.timestamped("adsb"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("adsb_report.html"), StudyReport.render(results), StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(
                "flight,tracker,time_s,truth_east_m,truth_north_m,truth_up_m,track_id,east_m,north_m,up_m,error_m,turning\n");
        for (AircraftTrackingStudy.Result r : results) {
            for (AircraftTrackingStudy.ScanRow row : r.rows()) {
                csv.append(String.format(
                        Locale.ROOT,
                        "%s,%s,%.1f,%.1f,%.1f,%.1f,%d,%.1f,%.1f,%.1f,%s,%b\n",
                        r.flight(),
                        r.label(),
                        row.timeS(),
                        row.truthEnuM().eastM(),
                        row.truthEnuM().northM(),
                        row.truthEnuM().upM(),
                        row.trackId(),
                        row.estimateEnuM().eastM(),
                        row.estimateEnuM().northM(),
                        row.estimateEnuM().upM(),
                        Double.isNaN(row.errorM()) ? "" : String.format(Locale.ROOT, "%.1f", row.errorM()),
                        row.turning()));
            }
        }
        Files.writeString(dir.resolve("adsb_scans.csv"), csv, StandardCharsets.UTF_8);
        PrintWriter o = spec.commandLine().getOut();
        for (AircraftTrackingStudy.Result r : results) {
            o.printf(
                    Locale.ROOT,
                    "%-16s %-22s RMSE %6.0f m (straight %6.0f, turning %6.0f), coverage %5.1f %%%n",
                    r.flight(),
                    r.label(),
                    r.rmseM(),
                    r.rmseStraightM(),
                    r.rmseTurningM(),
                    100 * r.coverage());
        }
        o.println("Open " + dir.resolve("adsb_report.html").toAbsolutePath().normalize() + " in a browser.");
        return 0;
    }

    /** The middle of the flight's latitude/longitude box, 500 m up: a radar that sees the whole flight. */
    private static GeodeticPoint centre(AdsbFlight f) {
        double minLat = 90;
        double maxLat = -90;
        double minLon = 180;
        double maxLon = -180;
        for (AdsbSample s : f.samples()) {
            minLat = Math.min(minLat, s.position().latDeg());
            maxLat = Math.max(maxLat, s.position().latDeg());
            minLon = Math.min(minLon, s.position().lonDeg());
            maxLon = Math.max(maxLon, s.position().lonDeg());
        }
        return GeodeticPoint.ofDegrees((minLat + maxLat) / 2, (minLon + maxLon) / 2, 500);
    }
}
