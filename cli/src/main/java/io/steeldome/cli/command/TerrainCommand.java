package io.steeldome.cli.command;

import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GeoTiffWriter;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.terrain.SyntheticTerrain;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "terrain",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes a SYNTHETIC DEM (GeoTIFF, EPSG:4326) of the Turkey-Iran-Iraq border",
            "region for demos and planning exercises where no real tiles are at hand:",
            "the real ETOPO1 1-degree elevations, bilinearly interpolated, plus seeded",
            "fractal detail. The file says SYNTHETIC in its description, and every",
            "output made from it says so again. Real SRTM/GeoTIFF tiles replace it:",
            "pass them to --dem instead.",
            ""
        },
        footer = {"", "Covers 38-46 E, 35-41 N (the ETOPO1 extract shipped with steeldome)."})
public final class TerrainCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--south", required = true, paramLabel = "DEG", description = "Southern edge, degrees.")
    double southDeg;

    @Option(names = "--north", required = true, paramLabel = "DEG", description = "Northern edge, degrees.")
    double northDeg;

    @Option(names = "--west", required = true, paramLabel = "DEG", description = "Western edge, degrees.")
    double westDeg;

    @Option(names = "--east", required = true, paramLabel = "DEG", description = "Eastern edge, degrees.")
    double eastDeg;

    @Option(
            names = "--cell-arcsec",
            defaultValue = "3",
            paramLabel = "S",
            description = "Cell size in arc-seconds (default ${DEFAULT-VALUE}, about 90 m like SRTM3).")
    double cellArcSec;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the fractal detail.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "dem.tif", description = "GeoTIFF to write.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        if (!(northDeg > southDeg) || !(eastDeg > westDeg)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need --north > --south and --east > --west");
        }
        if (!(cellArcSec >= 0.5 && cellArcSec <= 3600)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cell-arcsec must be in [0.5, 3600]");
        }
        double cellDeg = cellArcSec / 3600;
        int cols = (int) Math.round((eastDeg - westDeg) / cellDeg);
        int rows = (int) Math.round((northDeg - southDeg) / cellDeg);
        if ((long) cols * rows > 200_000_000L || cols < 1 || rows < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "grid of " + cols + " x " + rows + " cells; choose a smaller area or larger cells");
        }
        GridGeometry grid = new GridGeometry(Crs.Geographic.WGS84, westDeg, northDeg, cellDeg, cellDeg, cols, rows);
        ElevationRaster dem = SyntheticTerrain.generate(grid, seed);
        GeoTiffWriter.writeElevation(out, dem);
        w.printf(
                Locale.ROOT,
                "wrote %s: %d x %d cells of %.2f arc-seconds%n",
                out.toAbsolutePath().normalize(),
                cols,
                rows,
                cellArcSec);
        w.println(dem.source());
        w.flush();
        return 0;
    }
}
