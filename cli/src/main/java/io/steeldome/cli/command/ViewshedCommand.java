package io.steeldome.cli.command;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.DemLoader;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.terrain.PngWriter;
import io.steeldome.core.terrain.Viewshed;
import io.steeldome.core.terrain.ViewshedOptions;
import io.steeldome.core.terrain.ViewshedResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "viewshed",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Computes which cells of a DEM an observer sees, with earth curvature and",
            "refraction, and writes a GeoTIFF on the DEM's grid and CRS (the window",
            "within --radius-m): 255 = visible, 0 = not visible or out of range, as",
            "gdal_viewshed writes, and a PNG of it over a hillshade beside it (vs.png).",
            "DEMs: SRTM .hgt (1\" or 3\") and GeoTIFF (EPSG:4326",
            "or WGS-84 UTM); several --dem files are mosaicked.",
            ""
        },
        footer = {
            "",
            "Same algorithm and conventions as GDAL's gdal_viewshed (edge mode); to",
            "reproduce its default use --curvature-coefficient 0.85714 (k = 7/6).",
            "Exit code 2 on bad input, with the file and what is wrong."
        })
public final class ViewshedCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--dem",
            required = true,
            paramLabel = "FILE",
            description = "DEM file(s): .hgt or .tif; repeat to mosaic tiles.")
    List<Path> dem;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ObserverPosition observer;

    static final class ObserverPosition {
        @Option(
                names = "--observer",
                paramLabel = "LAT,LON",
                description = "Observer position, WGS-84 degrees.",
                split = ",")
        double[] latLon;

        @Option(
                names = "--observer-xy",
                paramLabel = "X,Y",
                description = "Observer position in the DEM's CRS (metres, or lon,lat degrees).",
                split = ",")
        double[] xy;
    }

    @Option(
            names = "--height-m",
            required = true,
            paramLabel = "M",
            description = "Observer (mast) height above ground.")
    double heightM;

    @Option(
            names = "--target-height-m",
            required = true,
            paramLabel = "M",
            description = "Height above ground a target must have to count as seen (2 for people).")
    double targetHeightM;

    @Option(names = "--radius-m", required = true, paramLabel = "M", description = "Maximum range.")
    double radiusM;

    @Option(
            names = "--refraction-k",
            paramLabel = "K",
            description = "Effective earth radius factor (default 4/3; curvature coefficient 1/K).")
    Optional<Double> refractionK;

    @Option(
            names = "--curvature-coefficient",
            paramLabel = "CC",
            description = "GDAL's -cc instead of --refraction-k (GDAL's default 0.85714).")
    Optional<Double> curvatureCoefficient;

    @Option(names = "--out", required = true, paramLabel = "vs.tif", description = "GeoTIFF to write.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        if (refractionK.isPresent() && curvatureCoefficient.isPresent()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "give --refraction-k or --curvature-coefficient, not both");
        }
        ViewshedOptions options = curvatureCoefficient
                .map(cc -> ViewshedOptions.withCurvatureCoefficient(heightM, targetHeightM, radiusM, cc))
                .orElseGet(() -> ViewshedOptions.withRefraction(
                        heightM, targetHeightM, radiusM, refractionK.orElse(ViewshedOptions.DEFAULT_REFRACTION_K)));
        ElevationRaster raster = DemLoader.load(dem);
        long t0 = System.nanoTime(); // wall clock only to report the computing time to the user
        ViewshedResult result;
        if (observer.latLon != null) {
            requirePair(observer.latLon, "--observer LAT,LON");
            result = Viewshed.compute(
                    raster, GeodeticPoint.ofDegrees(observer.latLon[0], observer.latLon[1], 0), options);
        } else {
            requirePair(observer.xy, "--observer-xy X,Y");
            result = Viewshed.compute(raster, observer.xy[0], observer.xy[1], options);
        }
        double computeS = (System.nanoTime() - t0) * 1e-9;
        GridGeometry g = result.geometry();
        result.writeGeoTiff(out, raster.source());
        Path png = pngBeside(out);
        PngWriter.writeViewshed(png, result, Optional.of(raster));
        double cellM2 = g.crs().geographic() ? Double.NaN : g.pixelWidth() * g.pixelHeight();
        w.printf(
                Locale.ROOT,
                "viewshed: %d of %d cells visible%s, computed in %.0f ms%n",
                result.visibleCells(),
                (long) g.rows() * g.cols(),
                Double.isNaN(cellM2)
                        ? ""
                        : String.format(Locale.ROOT, " (%.1f km2)", result.visibleCells() * cellM2 / 1e6),
                computeS * 1e3);
        if (raster.synthetic()) {
            w.println("NOTE: the DEM is SYNTHETIC (" + raster.source() + "); the output says so.");
        }
        w.println("wrote " + out.toAbsolutePath().normalize() + " (" + g.cols() + " x " + g.rows() + ", EPSG:"
                + g.crs().epsg() + ") and " + png.toAbsolutePath().normalize());
        w.flush();
        return 0;
    }

    private void requirePair(double[] v, String what) {
        if (v.length != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), what + " needs exactly two numbers");
        }
    }

    /** vs.tif -> vs.png */
    static Path pngBeside(Path tif) {
        String name = tif.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return tif.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".png");
    }
}
