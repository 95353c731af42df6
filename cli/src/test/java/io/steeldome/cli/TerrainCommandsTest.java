package io.steeldome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GeoTiffDem;
import io.steeldome.core.terrain.GridGeometry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code steeldome viewshed} and {@code coverage} end to end on the viewshed anchor: the centred 2001 x 2001 crop of the
 * synthetic 30 m UTM DEM and gdal_viewshed 3.6.2's output for a 20 m observer at its centre (-oz 20 -tz 0 -md 30000
 * -cc 0.85714; see core/src/test/resources/terrain/PROVENANCE.md).
 */
class TerrainCommandsTest {
    private static final Path TERRAIN = Path.of("..", "core", "src", "test", "resources", "terrain");
    private static final Path DEM = TERRAIN.resolve("synthetic_dem_crop2001_centre.tif");
    private static final Path GDAL = TERRAIN.resolve("viewshed").resolve("synthetic_single_obs_vs_gdal.tif");

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SteeldomeCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void viewshedWritesTheGdalGridAndAgreesWithGdal(@TempDir Path dir) {
        Path out = dir.resolve("vs.tif");
        Result r = run(
                "viewshed",
                "--dem",
                DEM.toString(),
                "--observer-xy",
                "454015,4945985",
                "--height-m",
                "20",
                "--target-height-m",
                "0",
                "--radius-m",
                "30000",
                "--curvature-coefficient",
                "0.85714",
                "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("cells visible", "EPSG:32633");
        assertThat(dir.resolve("vs.png")).isNotEmptyFile();

        ElevationRaster ours = GeoTiffDem.read(out);
        ElevationRaster gdal = GeoTiffDem.read(GDAL);
        GridGeometry g = ours.geometry();
        assertThat(g).isEqualTo(gdal.geometry());
        long disagree = 0;
        for (int row = 0; row < g.rows(); row++) {
            for (int col = 0; col < g.cols(); col++) {
                if (ours.heightAt(row, col) != gdal.heightAt(row, col)) {
                    disagree++;
                }
            }
        }
        // measured: 5 of 4,004,001 cells differ (float rounding at the visibility threshold)
        assertThat(disagree).isLessThan(40_040); // >= 99 % agreement, the bar
        assertThat(disagree).isLessThan(50);
    }

    @Test
    void viewshedByGeodeticObserverNeedsOneObserverForm(@TempDir Path dir) {
        Result both = run(
                "viewshed",
                "--dem",
                DEM.toString(),
                "--observer",
                "44.66,15.6",
                "--observer-xy",
                "1,2",
                "--height-m",
                "20",
                "--target-height-m",
                "2",
                "--radius-m",
                "1000",
                "--out",
                dir.resolve("x.tif").toString());
        assertThat(both.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(both.err()).contains("mutually exclusive");

        Result outside = run(
                "viewshed",
                "--dem",
                DEM.toString(),
                "--observer",
                "39.5,44.1",
                "--height-m",
                "20",
                "--target-height-m",
                "2",
                "--radius-m",
                "1000",
                "--out",
                dir.resolve("x.tif").toString());
        assertThat(outside.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(outside.err()).contains("outside");
    }

    @Test
    void coverageCountsSitesPerLayer(@TempDir Path dir) throws IOException {
        Path sites = dir.resolve("sites.csv");
        Files.writeString(sites, "id,x,y,height_m\na,454015,4945985,20\nb,454015,4945985,20\n");
        Path out = dir.resolve("cov.tif");
        Result r = run(
                "coverage",
                "--dem",
                DEM.toString(),
                "--sites",
                sites.toString(),
                "--out",
                out.toString(),
                "--layers",
                "0,100",
                "--radius-m",
                "30000",
                "--refraction-k",
                "1.1666666666666667",
                "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        ElevationRaster ground = GeoTiffDem.read(dir.resolve("cov_0m.tif"));
        ElevationRaster high = GeoTiffDem.read(dir.resolve("cov_100m.tif"));
        ElevationRaster gdal = GeoTiffDem.read(GDAL);
        // two identical sites: every cell is 0 or 2, and at 0 m the cells gdal sees (same window, inside the DEM)
        int r0 = ground.geometry().cellRow(gdal.geometry().centreY(0));
        int c0 = ground.geometry().cellCol(gdal.geometry().centreX(0));
        long seenGround = 0;
        long seenHigh = 0;
        long agree = 0;
        long total = 0;
        for (int row = 0; row < ground.rows(); row++) {
            for (int col = 0; col < ground.cols(); col++) {
                float a = ground.heightAt(row, col);
                float b = high.heightAt(row, col);
                assertThat(a).isIn(0f, 2f);
                assertThat(b).isIn(0f, 2f);
                assertThat(b).isGreaterThanOrEqualTo(a); // a higher target is seen wherever a lower one is
                seenGround += a > 0 ? 1 : 0;
                seenHigh += b > 0 ? 1 : 0;
                int gr = row - r0;
                int gc = col - c0;
                if (gr >= 0 && gr < gdal.rows() && gc >= 0 && gc < gdal.cols()) {
                    total++;
                    agree += (a > 0) == (gdal.heightAt(gr, gc) > 0) ? 1 : 0;
                }
            }
        }
        assertThat(seenHigh).isGreaterThan(seenGround);
        assertThat((double) agree / total).isGreaterThan(0.9999);
        assertThat(r.out()).contains("target 0 m", "target 100 m");
    }

    @Test
    void syntheticTerrainIsLabelledAndFollowsEtopo(@TempDir Path dir) {
        Path out = dir.resolve("dem.tif");
        Result r = run(
                "terrain",
                "--south",
                "37.9",
                "--north",
                "38.1",
                "--west",
                "42.9",
                "--east",
                "43.1",
                "--cell-arcsec",
                "30",
                "--seed",
                "3",
                "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("SYNTHETIC");
        ElevationRaster dem = GeoTiffDem.read(out);
        assertThat(dem.synthetic()).isTrue();
        assertThat(dem.cols()).isEqualTo(24);
        assertThat(dem.rows()).isEqualTo(24);
        // ETOPO1 gives 2167 m at 43E 38N (shared/data/dem/README.md); the seeded detail is at most 600 m sigma
        double h = dem.sample(43.0, 38.0).orElseThrow();
        assertThat(h).isBetween(2167.0 - 3 * 600, 2167.0 + 3 * 600);

        // outputs made from it say so in a way the reader recognises
        Path vs = dir.resolve("vs.tif");
        Result v = run(
                "viewshed",
                "--dem",
                out.toString(),
                "--observer",
                "38.0,43.0",
                "--height-m",
                "20",
                "--target-height-m",
                "2",
                "--radius-m",
                "5000",
                "--out",
                vs.toString());
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(GeoTiffDem.read(vs).synthetic()).isTrue();
        assertThat(GeoTiffDem.read(vs).source()).contains("DEM dem.tif");

        Result outside = run(
                "terrain",
                "--south",
                "50",
                "--north",
                "51",
                "--west",
                "0",
                "--east",
                "1",
                "--cell-arcsec",
                "60",
                "--out",
                dir.resolve("x.tif").toString());
        assertThat(outside.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
    }

    @Test
    void badSitesFileNamesTheLine(@TempDir Path dir) throws IOException {
        Path sites = dir.resolve("sites.csv");
        Files.writeString(sites, "id,lat,lon,height_m\na,44.66,15.6,20\nb,44.7,east,20\n");
        Result r = run(
                "coverage",
                "--dem",
                DEM.toString(),
                "--sites",
                sites.toString(),
                "--out",
                dir.resolve("c.tif").toString(),
                "--no-progress");
        assertThat(r.code()).isEqualTo(SteeldomeCli.EXIT_USAGE);
        assertThat(r.err()).contains("sites.csv:3:", "lon 'east' is not a finite number");
    }
}
