package io.steeldome.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The truth is the unsplit SRTM tile: cutting it up and mosaicking the pieces must give it back exactly. */
class DemMosaicTest {
    static final ElevationRaster TILE = SrtmHgtTest.DEM;

    @TempDir
    Path tmp;

    /** A piece of {@code src}: rows [row0, row0 + n) x cols [col0, col0 + m), as its own raster. */
    static ElevationRaster piece(ElevationRaster src, int row0, int col0, int n, int m, String name) {
        float[] h = new float[n * m];
        src.copyWindow(row0, col0, n, m, h);
        return ElevationRaster.of(src.geometry().window(row0, col0, n, m), h, name, false);
    }

    static void assertSameGrid(GridGeometry actual, GridGeometry expected) {
        assertThat(actual.crs()).isEqualTo(expected.crs());
        assertThat(actual.cols()).isEqualTo(expected.cols());
        assertThat(actual.rows()).isEqualTo(expected.rows());
        assertThat(actual.originX()).isCloseTo(expected.originX(), within(1e-12));
        assertThat(actual.originY()).isCloseTo(expected.originY(), within(1e-12));
        assertThat(actual.pixelWidth()).isEqualTo(expected.pixelWidth());
        assertThat(actual.pixelHeight()).isEqualTo(expected.pixelHeight());
    }

    /** Four quadrants sharing row 600 and column 600 (as neighbouring SRTM tiles share edge posts), out of order. */
    @Test
    void fourOverlappingQuadrantsGiveTheTileBack() {
        ElevationRaster nw = piece(TILE, 0, 0, 601, 601, "nw");
        ElevationRaster ne = piece(TILE, 0, 600, 601, 601, "ne");
        ElevationRaster sw = piece(TILE, 600, 0, 601, 601, "sw");
        ElevationRaster se = piece(TILE, 600, 600, 601, 601, "se");
        ElevationRaster m = DemMosaic.of(List.of(se, nw, sw, ne));
        assertSameGrid(m.geometry(), TILE.geometry());
        TerrainAssertions.assertSameHeights(m.heights(), TILE.heights());
        assertThat(m.source()).isEqualTo("mosaic of se, nw, sw, ne");
        assertThat(m.synthetic()).isFalse();
    }

    /** Two halves written as GeoTIFFs and loaded together. */
    @Test
    void twoGeoTiffHalvesLoadAsTheTile() {
        Path west = tmp.resolve("west.tif");
        Path east = tmp.resolve("east.tif");
        ElevationRaster w = piece(TILE, 0, 0, 1201, 700, "w");
        ElevationRaster e = piece(TILE, 0, 650, 1201, 551, "e");
        GeoTiffWriter.writeElevation(west, w);
        GeoTiffWriter.writeElevation(east, e);
        ElevationRaster m = DemLoader.load(east, west);
        assertSameGrid(m.geometry(), TILE.geometry());
        TerrainAssertions.assertSameHeights(m.heights(), TILE.heights());
        assertThat(m.source()).isEqualTo("mosaic of east.tif, west.tif");
    }

    @Test
    void gapsBetweenTilesAreVoids() {
        ElevationRaster a = piece(TILE, 0, 0, 10, 10, "a");
        ElevationRaster b = piece(TILE, 20, 15, 5, 5, "b"); // 10 rows and 5 columns away
        ElevationRaster m = DemMosaic.of(List.of(a, b));
        assertThat(m.cols()).isEqualTo(20);
        assertThat(m.rows()).isEqualTo(25);
        assertThat(m.heightAt(9, 9)).isEqualTo(TILE.heightAt(9, 9));
        assertThat(m.heightAt(24, 19)).isEqualTo(TILE.heightAt(24, 19));
        assertThat(m.heightAt(15, 12)).isNaN();
        assertThat(m.heightAt(0, 19)).isNaN();
        assertThat(m.sample(m.geometry().centreX(12), m.geometry().centreY(15))).isEmpty();
    }

    @Test
    void disagreeingSharedPostsKeepTheFirstAndAreNoted() {
        ElevationRaster west = piece(TILE, 0, 0, 50, 51, "west");
        float[] h = new float[50 * 51];
        TILE.copyWindow(0, 50, 50, 51, h);
        h[0] += 3; // shared post (0, 50)
        h[51] += 4; // shared post (1, 50)
        ElevationRaster east = ElevationRaster.of(TILE.geometry().window(0, 50, 50, 51), h, "east", false);
        ElevationRaster m = DemMosaic.of(List.of(west, east));
        assertThat(m.heightAt(0, 50)).isEqualTo(TILE.heightAt(0, 50));
        assertThat(m.heightAt(1, 50)).isEqualTo(TILE.heightAt(1, 50));
        assertThat(m.source())
                .isEqualTo("mosaic of west, east (2 overlapping cells disagreed; the first tile's values kept)");
        ElevationRaster reversed = DemMosaic.of(List.of(east, west));
        assertThat(reversed.heightAt(0, 50)).isEqualTo(TILE.heightAt(0, 50) + 3);
    }

    @Test
    void aVoidIsFilledFromAnotherTile() {
        float[] h = new float[10 * 10];
        TILE.copyWindow(0, 0, 10, 10, h);
        h[5 * 10 + 5] = Float.NaN;
        ElevationRaster holed = ElevationRaster.of(TILE.geometry().window(0, 0, 10, 10), h, "holed", false);
        ElevationRaster patch = piece(TILE, 4, 4, 3, 3, "patch");
        ElevationRaster m = DemMosaic.of(List.of(holed, patch));
        assertThat(m.heightAt(5, 5)).isEqualTo(TILE.heightAt(5, 5));
        assertThat(m.source()).doesNotContain("disagreed");
    }

    @Test
    void syntheticTilesMakeASyntheticMosaic() {
        ElevationRaster a = piece(TILE, 0, 0, 5, 5, "a");
        float[] h = new float[25];
        ElevationRaster b = ElevationRaster.of(TILE.geometry().window(0, 5, 5, 5), h, "SYNTHETIC b", true);
        assertThat(DemMosaic.of(List.of(a, b)).synthetic()).isTrue();
    }

    @Test
    void differentCrsIsRefused() {
        ElevationRaster a = piece(TILE, 0, 0, 5, 5, "a");
        GridGeometry utm = new GridGeometry(new Crs.Utm(32, true), 666000, 56000, 90, 90, 5, 5);
        ElevationRaster b = ElevationRaster.of(utm, new float[25], "b.tif", false);
        assertThatThrownBy(() -> DemMosaic.of(List.of(a, b)))
                .hasMessageContaining("cannot mosaic b.tif with a")
                .hasMessageContaining("EPSG:32632 vs EPSG:4326");
    }

    @Test
    void differentPixelSizeIsRefused() {
        ElevationRaster a = piece(TILE, 0, 0, 5, 5, "a");
        GridGeometry g = new GridGeometry(Crs.Geographic.WGS84, 10, 1, 1.0 / 3600, 1.0 / 3600, 5, 5);
        ElevationRaster b = ElevationRaster.of(g, new float[25], "N00E010_1s.hgt", false);
        assertThatThrownBy(() -> DemMosaic.of(List.of(a, b)))
                .hasMessageContaining("cannot mosaic N00E010_1s.hgt with a")
                .hasMessageContaining("pixel size");
    }

    @Test
    void offLatticeOriginIsRefused() {
        ElevationRaster a = piece(TILE, 0, 0, 5, 5, "a");
        GridGeometry g0 = TILE.geometry();
        GridGeometry g = new GridGeometry(
                g0.crs(), g0.originX() + 0.5 * g0.pixelWidth(), g0.originY(), g0.pixelWidth(), g0.pixelHeight(), 5, 5);
        ElevationRaster b = ElevationRaster.of(g, new float[25], "shifted", false);
        assertThatThrownBy(() -> DemMosaic.of(List.of(a, b)))
                .hasMessageContaining("cannot mosaic shifted with a")
                .hasMessageContaining("not a whole number of cells apart");
    }

    @Test
    void singleTileIsReturnedAsItIs() {
        assertThat(DemMosaic.of(List.of(TILE))).isSameAs(TILE);
        assertThatThrownBy(() -> DemMosaic.of(List.of())).hasMessageContaining("at least one tile");
    }

    @Test
    void loaderPicksTheReaderByExtension() {
        ElevationRaster hgt = DemLoader.load(SrtmHgtTest.TILE);
        assertThat(hgt.source()).isEqualTo("N00E010.hgt");
        ElevationRaster tif = DemLoader.load(GeoTiffDemTest.ETOPO_TIF);
        assertThat(tif.geometry().cols()).isEqualTo(361);
        Path other = tmp.resolve("dem.asc");
        assertThatThrownBy(() -> DemLoader.load(other))
                .hasMessageContaining(other.toString())
                .hasMessageContaining("expected .hgt, .hgt.gz (SRTM) or .tif, .tiff (GeoTIFF)");
        Path upper = tmp.resolve("DEM.TIF");
        GeoTiffWriter.writeFloat(
                upper, new GridGeometry(Crs.Geographic.WGS84, 0, 1, 0.5, 0.5, 2, 2), new float[4], Optional.empty());
        assertThat(DemLoader.load(upper).cols()).isEqualTo(2);
    }
}
