package io.steeldome.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngWriterTest {
    /** matplotlib's viridis end points, #440154 and #fde725 (its published colormap data). */
    static final int VIRIDIS_FIRST = 0x440154;

    static final int VIRIDIS_LAST = 0xfde725;

    static ElevationRaster ridge(boolean synthetic) {
        int n = 241;
        float[] z = new float[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 150; c < 153; c++) {
                z[r * n + c] = 60;
            }
        }
        return ElevationRaster.of(
                new GridGeometry(ViewshedGeometryTest.UTM33N, 400_000, 5_000_000, 30, 30, n, n), z, "ridge", synthetic);
    }

    @Test
    void viewshedPixelsAreTheRampsYellowOrTransparent(@TempDir Path tmp) throws Exception {
        ElevationRaster dem = ridge(false);
        GridGeometry g = dem.geometry();
        ViewshedResult vs = Viewshed.compute(dem, g.centreX(120), g.centreY(120), ViewshedOptions.of(10, 0, 3000));
        Path file = tmp.resolve("vs.png");
        PngWriter.writeViewshed(file, vs, Optional.empty());
        BufferedImage img = ImageIO.read(file.toFile());
        assertThat(img.getWidth()).isEqualTo(vs.geometry().cols());
        assertThat(img.getHeight()).isEqualTo(vs.geometry().rows());
        int seen = 0;
        for (int r = 0; r < img.getHeight(); r++) {
            for (int c = 0; c < img.getWidth(); c++) {
                int argb = img.getRGB(c, r);
                if (vs.visible(r, c)) {
                    assertThat(argb).isEqualTo(0xFF000000 | VIRIDIS_LAST);
                    seen++;
                } else {
                    assertThat(argb >>> 24).isZero();
                }
            }
        }
        assertThat((long) seen).isEqualTo(vs.visibleCells());
        assertThat(whitePixelsInLabelBox(img)).isZero(); // measured data: no SYNTHETIC mark
    }

    @Test
    void coverageRampRunsFromViridisFirstToLastAndHillshadeShowsUnderneath() {
        ElevationRaster dem = ridge(true);
        GridGeometry g = dem.geometry();
        List<CoverageSite> sites = List.of(
                new CoverageSite("a", g.centreX(60), g.centreY(60), 15),
                new CoverageSite("b", g.centreX(100), g.centreY(180), 15),
                new CoverageSite("c", g.centreX(200), g.centreY(120), 15));
        CoverageResult cov;
        try (Coverage coverage = Coverage.withThreads(2)) {
            cov = coverage.cumulative(dem, sites, ViewshedOptions.of(0, 2, 5000), CoverageProgress.none());
        }
        assertThat(cov.maxCount()).isEqualTo(3);
        assertThat(PngWriter.rampRgb(1, 3)).isEqualTo(VIRIDIS_FIRST);
        assertThat(PngWriter.rampRgb(3, 3)).isEqualTo(VIRIDIS_LAST);

        BufferedImage plain = PngWriter.coverageImage(cov, Optional.empty());
        BufferedImage shaded = PngWriter.coverageImage(cov, Optional.of(dem));
        int[] box = PngWriter.SyntheticLabel.box(plain.getWidth(), plain.getHeight());
        // flat ground lit from 45 degrees up: grey 255 sin(45) = 180
        int flatGrey = 180;
        int checked = 0;
        for (int r = box[3]; r < g.rows(); r++) {
            for (int c = 0; c < 140; c++) { // west of the ridge: flat
                int n = cov.count(r, c);
                int p = plain.getRGB(c, r);
                int s = shaded.getRGB(c, r);
                if (n == 0) {
                    assertThat(p >>> 24).isZero();
                    assertThat(s).isEqualTo(0xFF000000 | flatGrey << 16 | flatGrey << 8 | flatGrey);
                } else {
                    int rgb = PngWriter.rampRgb(n, 3);
                    assertThat(p).isEqualTo(0xFF000000 | rgb);
                    int red = (int) Math.round(0.65 * (rgb >> 16) + 0.35 * flatGrey);
                    assertThat((s >> 16) & 0xFF).isEqualTo(red);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20_000);
        // synthetic heights: the mark is drawn, white letters on the dark red box
        assertThat(whitePixelsInLabelBox(plain)).isGreaterThan(40);
        assertThat(plain.getRGB(0, 0)).isEqualTo(PngWriter.SyntheticLabel.BOX_ARGB);
    }

    @Test
    void aHillshadeDemOffTheGridIsRefused() {
        ElevationRaster dem = ridge(false);
        GridGeometry g = dem.geometry();
        ViewshedResult vs = Viewshed.compute(dem, g.centreX(120), g.centreY(120), ViewshedOptions.of(10, 0, 1000));
        ElevationRaster shifted = ElevationRaster.of(
                new GridGeometry(g.crs(), g.originX() + 7, g.originY(), 30, 30, g.cols(), g.rows()),
                dem.heights(),
                "shifted",
                false);
        assertThatThrownBy(() -> PngWriter.viewshedImage(vs, Optional.of(shifted)))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("grid");
    }

    /** Viewshed and coverage GeoTIFFs (through GeoTiffWriter) read back with their grid, values and SYNTHETIC mark. */
    @Test
    void geoTiffsRoundTrip(@TempDir Path tmp) {
        ElevationRaster dem = ridge(true);
        GridGeometry g = dem.geometry();
        ViewshedResult vs = Viewshed.compute(dem, g.centreX(120), g.centreY(120), ViewshedOptions.of(10, 0, 3000));
        Path f = tmp.resolve("vs.tif");
        vs.writeGeoTiff(f);
        ElevationRaster back = GeoTiffDem.read(f);
        assertThat(back.geometry()).isEqualTo(vs.geometry());
        assertThat(back.synthetic()).isTrue();
        for (int r = 0; r < back.rows(); r++) {
            for (int c = 0; c < back.cols(); c++) {
                assertThat(back.heightAt(r, c)).isEqualTo(vs.visible(r, c) ? 255f : 0f);
            }
        }
        CoverageResult cov;
        try (Coverage coverage = Coverage.withThreads(1)) {
            cov = coverage.cumulative(
                    dem,
                    List.of(new CoverageSite("a", g.centreX(20), g.centreY(20), 5)),
                    ViewshedOptions.of(0, 0, 2000),
                    CoverageProgress.none());
        }
        Path fc = tmp.resolve("cov.tif");
        cov.writeGeoTiff(fc);
        ElevationRaster cb = GeoTiffDem.read(fc);
        assertThat(cb.geometry()).isEqualTo(g);
        assertThat(cb.heightAt(20, 20)).isEqualTo(1f);
        assertThat(cb.heightAt(200, 200)).isEqualTo(0f);
    }

    private static int whitePixelsInLabelBox(BufferedImage img) {
        int[] box = PngWriter.SyntheticLabel.box(img.getWidth(), img.getHeight());
        int n = 0;
        for (int y = box[1]; y < box[1] + box[3]; y++) {
            for (int x = box[0]; x < box[0] + box[2]; x++) {
                n += img.getRGB(x, y) == PngWriter.SyntheticLabel.TEXT_ARGB ? 1 : 0;
            }
        }
        return n;
    }
}
