package io.steeldome.cli.command;

import io.steeldome.border.geometry.BorderLine;
import io.steeldome.border.geometry.ProtectedSide;
import io.steeldome.border.io.BorderGeoJson;
import io.steeldome.border.plan.BorderPlan;
import io.steeldome.border.plan.BorderPlanner;
import io.steeldome.border.plan.PlanOptions;
import io.steeldome.border.siting.StationSpec;
import io.steeldome.border.siting.StationType;
import io.steeldome.core.terrain.DemLoader;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.SyntheticTerrain;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "border",
        mixinStandardHelpOptions = true,
        description = {
            "Border surveillance planning. Detection, alerting and patrol dispatch only:",
            "nothing here models or recommends force against people."
        },
        subcommands = {BorderCommand.Plan.class, BorderSimulateCommand.class})
public final class BorderCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "plan",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Sites surveillance stations along a border as a maximal covering problem:",
                "candidate ridge tops from the DEM, coverage of the border from viewsheds,",
                "greedy + local search + bounded branch-and-bound, an upper bound and the",
                "gap, and an equal-spacing baseline on the same budget. Writes",
                "DIR/sites.geojson, DIR/coverage.geojson, DIR/plan.json, DIR/coverage.png",
                "and DIR/report.html.",
                ""
            },
            footer = {
                "",
                "Without --dem the terrain is SYNTHETIC (real ETOPO1 1-degree heights plus seeded",
                "fractal detail, 38-46 E, 35-41 N) and every output says so. Real SRTM .hgt or",
                "GeoTIFF tiles given with --dem replace it (see README, \"Terrain\")."
            })
    static final class Plan implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--border",
                required = true,
                paramLabel = "FILE",
                description =
                        "GeoJSON border line, or turkey-iran / iraq-turkey for the bundled" + " Natural Earth lines.")
        String border;

        @Option(
                names = "--line",
                defaultValue = "0",
                paramLabel = "I",
                description = "Which line of the file, from 0 (default ${DEFAULT-VALUE}).")
        int line;

        @Option(names = "--dem", arity = "1..*", paramLabel = "FILE", description = "DEM file(s), mosaicked.")
        List<Path> dems = new ArrayList<>();

        @Option(names = "--stations", paramLabel = "N", description = "At most N stations.")
        Integer stations;

        @Option(
                names = "--budget",
                paramLabel = "X",
                description = "At most this total cost (station costs are in thousands of euros).")
        Double budget;

        @Option(
                names = "--types",
                split = ",",
                paramLabel = "TYPE",
                description = "Station types to site: radar-tower, eoir-tower, outpost, ugs-field (default:"
                        + " the first three; coverage counts a point as seen or not, so cheap ground-sensor"
                        + " fields win budget plans unless you ask for them).")
        List<String> types = List.of("radar-tower", "eoir-tower", "outpost");

        @Option(
                names = "--side",
                defaultValue = "left",
                paramLabel = "left|right",
                description = "Protected side, looking along the line (default ${DEFAULT-VALUE}: Turkey for"
                        + " both bundled lines).")
        String side;

        @Option(
                names = "--zone-depth-m",
                defaultValue = "10000",
                paramLabel = "M",
                description = "Candidate sites lie this deep on the protected side (default ${DEFAULT-VALUE}).")
        double zoneDepthM;

        @Option(
                names = "--seed",
                defaultValue = "1",
                paramLabel = "N",
                description = "Seed of the synthetic terrain (only without --dem).")
        long seed;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
        Path out;

        @Override
        public Integer call() {
            PrintWriter w = spec.commandLine().getOut();
            if (stations == null && budget == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give --stations N, --budget X or both");
            }
            if (stations != null && stations < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--stations must be >= 1");
            }
            if (budget != null && !(budget > 0)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--budget must be > 0");
            }
            BorderLine borderLine = readBorder();
            PlanOptions options = PlanOptions.stations(1)
                    .withLimits(
                            stations == null ? Integer.MAX_VALUE : stations,
                            budget == null ? Double.POSITIVE_INFINITY : budget)
                    .withStationTypes(stationTypes())
                    .withSide(protectedSide())
                    .withZoneDepthM(zoneDepthM);
            ElevationRaster dem = dems.isEmpty() ? synthetic(borderLine) : DemLoader.load(dems);
            w.printf(
                    Locale.ROOT,
                    "%s: %.1f km (geodesic, WGS-84); terrain: %s%n",
                    borderLine.name(),
                    borderLine.lengthM() / 1000,
                    dem.source());
            w.flush();
            BorderPlan plan = BorderPlanner.plan(borderLine, dem, options);
            plan.write(out);
            w.printf(
                    Locale.ROOT,
                    "%d stations, cost %.0f: %.1f %% of the border covered (upper bound %.1f %%, gap %.2f %%);"
                            + " equally spaced %s baseline: %.1f %%%n",
                    plan.stations().size(),
                    plan.cost(),
                    100 * plan.coveredFraction(),
                    100 * plan.upperBoundFraction(),
                    100 * plan.gap(),
                    options.baselineType().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    100 * plan.baselineCoveredFraction());
            if (plan.syntheticTerrain()) {
                w.println("Terrain is SYNTHETIC: siting on made-up relief, not on the real terrain.");
            }
            Path dir = out.toAbsolutePath().normalize();
            for (String f : List.of(
                    BorderPlan.SITES, BorderPlan.COVERAGE, BorderPlan.PLAN, BorderPlan.MAP, BorderPlan.REPORT)) {
                w.println("  " + dir.resolve(f));
            }
            w.flush();
            return 0;
        }

        private BorderLine readBorder() {
            List<BorderLine> lines = switch (border) {
                case "turkey-iran" -> List.of(BorderGeoJson.turkeyIran());
                case "iraq-turkey" -> List.of(BorderGeoJson.iraqTurkey());
                default -> BorderGeoJson.read(Path.of(border));
            };
            if (line < 0 || line >= lines.size()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--line " + line + ": the file has " + lines.size() + " line(s)");
            }
            return lines.get(line);
        }

        private List<StationSpec> stationTypes() {
            List<StationSpec> specs = new ArrayList<>();
            for (String t : types) {
                StationType type = switch (t.trim()) {
                    case "radar-tower" -> StationType.RADAR_TOWER;
                    case "eoir-tower" -> StationType.EOIR_TOWER;
                    case "outpost" -> StationType.OUTPOST;
                    case "ugs-field" -> StationType.UGS_FIELD;
                    default ->
                        throw new CommandLine.ParameterException(
                                spec.commandLine(),
                                "--types: unknown type '" + t + "'; use radar-tower, eoir-tower, outpost, ugs-field");
                };
                if (specs.stream().noneMatch(s -> s.type() == type)) {
                    specs.add(StationSpec.defaultFor(type));
                }
            }
            if (specs.stream().noneMatch(s -> s.type() == StationType.RADAR_TOWER)) {
                // The equal-spacing baseline is a line of radar towers; it needs their spec.
                specs.add(StationSpec.defaultFor(StationType.RADAR_TOWER));
            }
            return specs;
        }

        private ProtectedSide protectedSide() {
            return switch (side) {
                case "left" -> ProtectedSide.LEFT;
                case "right" -> ProtectedSide.RIGHT;
                default -> throw new CommandLine.ParameterException(spec.commandLine(), "--side: left or right");
            };
        }

        /** SYNTHETIC 3 arc-second terrain over the line's box plus the zone depth and the longest sensor range. */
        private ElevationRaster synthetic(BorderLine b) {
            double marginDeg = (zoneDepthM + 25_000) / 80_000; // 1 deg of longitude is ~85 km at 40 N; generous
            return SyntheticTerrain.covering(b.vertices(), marginDeg, marginDeg, 3.0 / 3600, seed);
        }
    }
}
