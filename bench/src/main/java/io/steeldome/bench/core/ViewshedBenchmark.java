package io.steeldome.bench.core;

import io.steeldome.core.terrain.Coverage;
import io.steeldome.core.terrain.CoverageProgress;
import io.steeldome.core.terrain.CoverageResult;
import io.steeldome.core.terrain.CoverageSite;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GeoTiffWriter;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.terrain.Viewshed;
import io.steeldome.core.terrain.ViewshedHeights;
import io.steeldome.core.terrain.ViewshedOptions;
import io.steeldome.core.terrain.ViewshedResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Viewsheds on a 3601 x 3601 30 m DEM (the size of an SRTM1 tile) with the anchor's parameters (20 m mast, target on
 * the ground, 30 km, GDAL's curvature coefficient 0.85714), against gdal_viewshed's measured 0.20 s per observer
 * (of which about 0.13 s is process start; shared/anchors/viewshed/ref/bench_log_*.txt), 10.7-11.7 s for 50.
 *
 * <p>The DEM is generated here, deterministically: a seeded diamond-square fractal (roughness 0.55 = 2^-H, an
 * fBm-like surface with Hurst H of about 0.86) on 4097 x 4097 points, cropped to 3601 x 3601 and scaled to 100..1500 m,
 * in UTM 33N like the anchor. The 50 observers are seeded cells at least 30 km from every edge (the anchor's rule),
 * each with a full 2001 x 2001 window.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar ViewshedBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s}. To time
 * gdal_viewshed on the same DEM, write it out with {@code java -cp bench/target/benchmarks.jar
 * io.steeldome.bench.core.ViewshedBenchmark dem.tif} and run {@code gdal_viewshed -oz 20 -tz 0 -md 30000 -cc 0.85714
 * -ox 454015 -oy 4945985 dem.tif out.tif} (the centre observer; the two agree on all but one of the 3,141,549 cells
 * within 30 km, a cell next to the observer, see ViewshedKernel).
 *
 * <p>Measured on the 2-core machine (JDK 25, -f 1 -wi 3 -i 5 -w 3s -r 3s, other jobs running): singleViewshed 20.3 ms
 * (+-1.1), singleMinimumVisibleHeight 18.2 ms, coverage50Observers 579 ms (+-37) on 2 threads,
 * coverage50ObserversThreeLayers 1.6 s (bound by the three count grids' memory traffic). gdal_viewshed right after, on
 * this DEM as an Int16 tiled DEFLATE GeoTIFF like the anchor's: 0.222 s per process, of which 0.123 s start-up (0.299
 * s on the Float32 strip file main() writes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ViewshedBenchmark {
    static final int SIZE = 3601;
    static final double CELL_M = 30;
    static final double RANGE_M = 30_000;

    private ElevationRaster dem;
    private ViewshedOptions options;
    private List<CoverageSite> sites;
    private Coverage coverage;
    private double ox;
    private double oy;

    @Setup
    public void setUp() {
        dem = fractalDem(SIZE, 2025);
        options = ViewshedOptions.withCurvatureCoefficient(20, 0, RANGE_M, 0.85714);
        GridGeometry g = dem.geometry();
        ox = g.centreX(SIZE / 2);
        oy = g.centreY(SIZE / 2);
        int margin = (int) Math.ceil(RANGE_M / CELL_M);
        SplittableRandom rnd = new SplittableRandom(2025);
        sites = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int r = margin + rnd.nextInt(SIZE - 2 * margin);
            int c = margin + rnd.nextInt(SIZE - 2 * margin);
            sites.add(new CoverageSite("obs" + i, g.centreX(c), g.centreY(r), 20));
        }
        coverage = Coverage.withThreads(2);
    }

    @TearDown
    public void tearDown() {
        coverage.close();
    }

    /** One observer at the DEM's centre: a 2001 x 2001 window. */
    @Benchmark
    public long singleViewshed() {
        ViewshedResult vs = Viewshed.compute(dem, ox, oy, options);
        return vs.visibleCells();
    }

    /** The same observer, minimum visible target height per cell (float output). */
    @Benchmark
    public float singleMinimumVisibleHeight() {
        ViewshedHeights h = Viewshed.minimumVisibleHeight(dem, ox, oy, options);
        return h.minimumHeightM()[0];
    }

    /** 50 observers, cumulative counts on the whole 3601 x 3601 grid, 2 worker threads. */
    @Benchmark
    public int coverage50Observers() {
        CoverageResult c = coverage.cumulative(dem, sites, options, CoverageProgress.none());
        return c.counts()[SIZE * SIZE / 2];
    }

    /** 50 observers, three altitude layers (2 m, 100 m, 1000 m above ground) from one sweep each, 2 threads. */
    @Benchmark
    public int coverage50ObserversThreeLayers() {
        List<CoverageResult> layers =
                coverage.layers(dem, sites, options, List.of(2.0, 100.0, 1000.0), CoverageProgress.none());
        return layers.get(2).counts()[SIZE * SIZE / 2];
    }

    /**
     * Writes the benchmark's DEM as a Float32 GeoTIFF (marked SYNTHETIC) to the first path given and, with a second
     * path, the 50 observers as {@code id,x,y,height_m} (the format of {@code steeldome coverage --sites}); used by
     * {@code bench/viewshed-vs-gdal.sh}.
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ViewshedBenchmark OUT.tif [SITES.csv]");
            System.exit(2);
        }
        ViewshedBenchmark b = new ViewshedBenchmark();
        b.setUp();
        b.tearDown();
        GeoTiffWriter.writeElevation(Path.of(args[0]), b.dem);
        if (args.length == 2) {
            StringBuilder csv = new StringBuilder("id,x,y,height_m\n");
            for (CoverageSite site : b.sites) {
                csv.append(String.format(
                        java.util.Locale.ROOT,
                        "%s,%.3f,%.3f,%.1f%n",
                        site.id(),
                        site.x(),
                        site.y(),
                        site.observerHeightM()));
            }
            java.nio.file.Files.writeString(Path.of(args[1]), csv);
        }
    }

    /**
     * A seeded diamond-square fractal, {@code size x size} cells of 30 m in UTM 33N from (400000 E, 5000000 N), heights
     * 100..1500 m rounded to whole metres (like SRTM's integers).
     */
    public static ElevationRaster fractalDem(int size, long seed) {
        int n = 1;
        while (n + 1 < size) {
            n <<= 1;
        }
        int m = n + 1;
        float[] f = new float[m * m];
        SplittableRandom rnd = new SplittableRandom(seed);
        double roughness = 0.55;
        double amp = 1;
        for (int step = n; step > 1; step >>= 1) {
            int half = step >> 1;
            for (int y = half; y < m; y += step) { // diamond: centres of squares
                for (int x = half; x < m; x += step) {
                    double avg = (f[(y - half) * m + x - half]
                                    + f[(y - half) * m + x + half]
                                    + f[(y + half) * m + x - half]
                                    + f[(y + half) * m + x + half])
                            / 4;
                    f[y * m + x] = (float) (avg + amp * (rnd.nextDouble() - 0.5));
                }
            }
            for (int y = 0; y < m; y += half) { // square: edge midpoints
                for (int x = (y / half % 2 == 0) ? half : 0; x < m; x += step) {
                    double sum = 0;
                    int k = 0;
                    if (y >= half) {
                        sum += f[(y - half) * m + x];
                        k++;
                    }
                    if (y + half < m) {
                        sum += f[(y + half) * m + x];
                        k++;
                    }
                    if (x >= half) {
                        sum += f[y * m + x - half];
                        k++;
                    }
                    if (x + half < m) {
                        sum += f[y * m + x + half];
                        k++;
                    }
                    f[y * m + x] = (float) (sum / k + amp * (rnd.nextDouble() - 0.5));
                }
            }
            amp *= roughness;
        }
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                lo = Math.min(lo, f[y * m + x]);
                hi = Math.max(hi, f[y * m + x]);
            }
        }
        float[] z = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                z[y * size + x] = Math.round(100 + (f[y * m + x] - lo) * 1400 / (hi - lo));
            }
        }
        GridGeometry g = new GridGeometry(Crs.ofEpsg(32633), 400_000, 5_000_000, CELL_M, CELL_M, size, size);
        return ElevationRaster.of(g, z, "diamond-square fractal, seed " + seed, true);
    }
}
