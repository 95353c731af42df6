package io.steeldome.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference: GDAL 3.6.2's SRTMHGT driver on the same tile; each command is quoted. */
class SrtmHgtTest {
    static final Path TILE = GeoTiffDemTest.resource("/terrain/N00E010.hgt");
    static final ElevationRaster DEM = SrtmHgt.read(TILE);

    @TempDir
    Path tmp;

    /**
     * {@code gdalinfo N00E010.hgt}: Size is 1201, 1201; EPSG:4326; Origin = (9.999583333333334,1.000416666666667);
     * Pixel Size = (0.000833333333333,-0.000833333333333); AREA_OR_POINT=Point.
     */
    @Test
    void geometryMatchesGdalinfo() {
        GridGeometry g = DEM.geometry();
        assertThat(g.crs()).isEqualTo(Crs.Geographic.WGS84);
        assertThat(g.cols()).isEqualTo(1201);
        assertThat(g.rows()).isEqualTo(1201);
        assertThat(g.originX()).isCloseTo(9.999583333333334, within(1e-15));
        assertThat(g.originY()).isCloseTo(1.000416666666667, within(1e-15));
        assertThat(g.pixelWidth()).isCloseTo(1.0 / 1200, within(1e-18));
        assertThat(g.pixelHeight()).isCloseTo(1.0 / 1200, within(1e-18));
        // The first post is the tile's north-west corner, the last its south-east corner.
        assertThat(g.centreX(0)).isCloseTo(10.0, within(1e-12));
        assertThat(g.centreY(0)).isCloseTo(1.0, within(1e-12));
        assertThat(g.centreX(1200)).isCloseTo(11.0, within(1e-12));
        assertThat(g.centreY(1200)).isCloseTo(0.0, within(1e-12));
        assertThat(DEM.source()).isEqualTo("N00E010.hgt");
        assertThat(DEM.synthetic()).isFalse();
    }

    /** {@code gdallocationinfo -valonly -wgs84 N00E010.hgt LON LAT} (the post whose cell contains the point). */
    @ParameterizedTest
    @CsvSource({
        "10, 1, 57",
        "11, 1, 505",
        "10, 0, 33",
        "11, 0, 216",
        "10.5, 0.5, 651",
        "10.123, 0.789, 291",
        "10.9999, 0.0001, 216",
        "10.31416, 0.27183, 267",
        "10.7, 0.2, 327",
        "10.25, 0.75, 337"
    })
    void heightsMatchGdallocationinfo(double lon, double lat, float expected) {
        GridGeometry g = DEM.geometry();
        assertThat(DEM.heightAt(g.cellRow(lat), g.cellCol(lon))).isEqualTo(expected);
    }

    /** README of /work/shared/data/dem and {@code gdalinfo -stats}: min 1, max 1005, mean 376.00220673724, no voids. */
    @Test
    void statisticsMatchReadme() {
        float[] h = DEM.heights();
        double sum = 0;
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : h) {
            assertThat(v).isNotNaN();
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertThat(min).isEqualTo(1f);
        assertThat(max).isEqualTo(1005f);
        assertThat(sum / h.length).isCloseTo(376.00220673724, within(1e-9));
    }

    /**
     * Between posts, by hand. {@code gdallocationinfo -valonly N00E010.hgt COL ROW}: (600, 600) = 651, (601, 600) = 666,
     * (600, 601) = 638, (601, 601) = 656. At 0.3 of a spacing east and 0.25 south of post (600, 600): north edge 651 +
     * 0.3 * 15 = 655.5, south edge 638 + 0.3 * 18 = 643.4, height 655.5 + 0.25 * (643.4 - 655.5) = 652.475.
     */
    @Test
    void bilinearBetweenPostsByHand() {
        double d = 1.0 / 1200;
        assertThat(DEM.sample(10.5 + 0.3 * d, 0.5 - 0.25 * d).orElseThrow()).isCloseTo(652.475, within(1e-9));
        // Posts (0,0) = 57, (0,1) = 58, (1,0) = 63, (1,1) = 75: the mid-point is their mean, 63.25.
        assertThat(DEM.sample(10 + 0.5 * d, 1 - 0.5 * d).orElseThrow()).isCloseTo(63.25, within(1e-9));
        // On a post, the post's own value.
        assertThat(DEM.sample(10.5, 0.5).orElseThrow()).isCloseTo(651, within(1e-9));
        // Outside the tile's half-post margin: no value.
        assertThat(DEM.sample(11 + 0.6 * d, 0.5)).isEmpty();
    }

    @Test
    void voidsBecomeNaNAndSouthWestNamesWork() throws IOException {
        byte[] bytes = Files.readAllBytes(TILE);
        bytes[0] = (byte) 0x80; // post (0, 0) = -32768
        bytes[1] = 0;
        Path f = tmp.resolve("S12W077.hgt");
        Files.write(f, bytes);
        ElevationRaster dem = SrtmHgt.read(f);
        assertThat(dem.heightAt(0, 0)).isNaN();
        assertThat(dem.heightAt(0, 1)).isEqualTo(58f);
        assertThat(dem.sample(-77 + 0.25 / 1200, -11 - 0.25 / 1200)).isEmpty();
        GridGeometry g = dem.geometry();
        assertThat(g.centreX(0)).isCloseTo(-77, within(1e-12));
        assertThat(g.centreY(0)).isCloseTo(-11, within(1e-12));
        assertThat(g.centreY(1200)).isCloseTo(-12, within(1e-12));
    }

    @Test
    void oneArcSecondTileIsDetectedByLength() throws IOException {
        byte[] bytes = new byte[3601 * 3601 * 2];
        int last = 3601 * 3601 - 1;
        bytes[2 * last] = 0x01; // south-east post = 0x0102 = 258
        bytes[2 * last + 1] = 0x02;
        Path f = tmp.resolve("N39E044.hgt");
        Files.write(f, bytes);
        ElevationRaster dem = SrtmHgt.read(f);
        GridGeometry g = dem.geometry();
        assertThat(g.cols()).isEqualTo(3601);
        assertThat(g.pixelWidth()).isCloseTo(1.0 / 3600, within(1e-18));
        assertThat(g.originX()).isCloseTo(44 - 0.5 / 3600, within(1e-12));
        assertThat(g.originY()).isCloseTo(40 + 0.5 / 3600, within(1e-12));
        assertThat(dem.heightAt(3600, 3600)).isEqualTo(258f);
        assertThat(dem.sample(45, 39).orElseThrow()).isCloseTo(258, within(1e-6));
    }

    @Test
    void gzippedTileReadsTheSame() throws IOException {
        Path f = tmp.resolve("N00E010.hgt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(Files.readAllBytes(TILE));
        }
        ElevationRaster dem = SrtmHgt.read(f);
        assertThat(dem.geometry()).isEqualTo(DEM.geometry());
        TerrainAssertions.assertSameHeights(dem.heights(), DEM.heights());
    }

    // ---- bad input ----

    @Test
    void truncatedTileIsRefused() throws IOException {
        Path f = tmp.resolve("N00E010.hgt");
        Files.write(f, Arrays.copyOf(Files.readAllBytes(TILE), 2_000_001));
        assertThatThrownBy(() -> SrtmHgt.read(f))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("2000001 bytes is not an SRTM tile")
                .hasMessageContaining("2884802")
                .hasMessageContaining("25934402")
                .hasMessageContaining("truncated");
    }

    @Test
    void wrongSizeIsRefused() throws IOException {
        Path f = tmp.resolve("N38E043.hgt");
        Files.write(f, new byte[1000 * 1000 * 2]); // a square of Int16, but not an SRTM size
        assertThatThrownBy(() -> SrtmHgt.read(f))
                .hasMessageContaining(f.toString())
                .hasMessageContaining("2000000 bytes is not an SRTM tile")
                .hasMessageContaining("3-arc-second tile (1201 x 1201) has 2884802 bytes")
                .hasMessageContaining("1-arc-second tile (3601 x 3601) 25934402")
                .satisfies(e -> assertThat(((SteeldomeException) e).code()).isEqualTo(TerrainError.BAD_SIZE));
    }

    @Test
    void badNameIsRefused() throws IOException {
        Path f = tmp.resolve("gabon.hgt");
        Files.copy(TILE, f);
        assertThatThrownBy(() -> SrtmHgt.read(f))
                .hasMessageContaining(f.toString())
                .hasMessageContaining("named after its south-west corner, like N00E010.hgt")
                .hasMessageContaining("'gabon.hgt'");
    }

    @Test
    void impossibleCornerInNameIsRefused() throws IOException {
        Path f = tmp.resolve("N95E010.hgt");
        Files.copy(TILE, f);
        assertThatThrownBy(() -> SrtmHgt.read(f))
                .hasMessageContaining(f.toString())
                .hasMessageContaining("south-west corner 95, 10");
    }

    @Test
    void missingFileIsReported() {
        Path f = tmp.resolve("N01E010.hgt");
        assertThatThrownBy(() -> SrtmHgt.read(f))
                .hasMessageContaining(f.toString())
                .hasMessageContaining("cannot read");
    }
}
