package io.steeldome.cli.command;

import io.steeldome.core.terrain.Coverage;
import io.steeldome.core.terrain.CoverageProgress;
import io.steeldome.core.terrain.CoverageResult;
import io.steeldome.core.terrain.CoverageSite;
import io.steeldome.core.terrain.DemLoader;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.PngWriter;
import io.steeldome.core.terrain.ViewshedOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Cumulative viewshed of several sites: a GeoTIFF on the DEM's grid whose",
            "cells count the sites that see a target there. With --layers, one file",
            "per target height above ground (e.g. 2 m people, 100 m low drones,",
            "1000 m aircraft), named after --out with the height appended. A PNG",
            "(counts over a hillshade) is written beside each GeoTIFF.",
            "",
            "sites.csv: header id,lat,lon,height_m (WGS-84 degrees) or id,x,y,height_m",
            "(the DEM's CRS); height_m is the mast height above ground.",
            ""
        },
        footer = {"", "Exit code 2 on bad input, with file:line and what is wrong."})
public final class CoverageCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dem", required = true, paramLabel = "FILE", description = "DEM file(s); repeat to mosaic.")
    List<Path> dem;

    @Option(names = "--sites", required = true, paramLabel = "sites.csv", description = "Observer sites.")
    Path sites;

    @Option(names = "--out", required = true, paramLabel = "cov.tif", description = "Count GeoTIFF to write.")
    Path out;

    @Option(
            names = "--target-height-m",
            defaultValue = "2",
            paramLabel = "M",
            description = "Target height above ground (default ${DEFAULT-VALUE}); ignored with --layers.")
    double targetHeightM;

    @Option(
            names = "--layers",
            split = ",",
            paramLabel = "M,M,...",
            description = "Several target heights above ground, one output each.")
    List<Double> layers = new ArrayList<>();

    @Option(
            names = "--radius-m",
            defaultValue = "30000",
            paramLabel = "M",
            description = "Range of every site (default ${DEFAULT-VALUE}).")
    double radiusM;

    @Option(names = "--refraction-k", paramLabel = "K", description = "Effective earth radius factor (default 4/3).")
    Optional<Double> refractionK;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    Optional<Integer> threads;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        ElevationRaster raster = DemLoader.load(dem);
        List<CoverageSite> siteList = SitesCsv.read(sites, raster.geometry().crs());
        ViewshedOptions options = ViewshedOptions.withRefraction(
                0, targetHeightM, radiusM, refractionK.orElse(ViewshedOptions.DEFAULT_REFRACTION_K));
        List<Double> heights = layers.isEmpty() ? List.of(targetHeightM) : layers;
        List<CoverageResult> results;
        try (Coverage coverage = threads.map(Coverage::withThreads).orElseGet(Coverage::withAvailableProcessors)) {
            if (noProgress) {
                results = coverage.layers(raster, siteList, options, heights, CoverageProgress.none());
            } else {
                try (ProgressBar bar = new ProgressBarBuilder()
                        .setTaskName("viewsheds")
                        .setInitialMax(siteList.size())
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUnit(" sites", 1)
                        .build()) {
                    results = coverage.layers(raster, siteList, options, heights, (done, total) -> bar.stepTo(done));
                }
            }
        }
        for (int i = 0; i < results.size(); i++) {
            CoverageResult r = results.get(i);
            Path file = layers.isEmpty() ? out : layerFile(out, heights.get(i));
            r.writeGeoTiff(file, raster.source());
            Path png = ViewshedCommand.pngBeside(file);
            PngWriter.writeCoverage(png, r, Optional.of(raster));
            long cells = (long) r.grid().rows() * r.grid().cols();
            w.printf(
                    Locale.ROOT,
                    "target %.0f m: %.1f %% of cells seen by >= 1 site, %.1f %% by >= 2, max %d -> %s (+ .png)%n",
                    r.targetHeightM(),
                    100.0 * r.cellsSeenByAtLeast(1) / cells,
                    100.0 * r.cellsSeenByAtLeast(2) / cells,
                    r.maxCount(),
                    file.toAbsolutePath().normalize());
        }
        if (raster.synthetic()) {
            w.println("NOTE: the DEM is SYNTHETIC (" + raster.source() + "); the outputs say so.");
        }
        w.flush();
        return 0;
    }

    /** cov.tif + 100 m -> cov_100m.tif */
    static Path layerFile(Path out, double heightM) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : ".tif";
        String h = heightM == Math.rint(heightM) ? String.valueOf((long) heightM) : String.valueOf(heightM);
        return out.resolveSibling(stem + "_" + h + "m" + ext);
    }
}
