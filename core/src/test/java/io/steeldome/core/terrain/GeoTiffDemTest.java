package io.steeldome.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.Rasters;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffWriter;
import mil.nga.tiff.io.ByteWriter;
import mil.nga.tiff.util.TiffConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference: GDAL 3.6.2 ({@code gdalinfo}, {@code gdallocationinfo}) on the same files; the commands and their output
 * are quoted at each test. Fixture files under {@code terrain/fixtures} are made by {@code make_fixtures.sh} there.
 */
class GeoTiffDemTest {
    static final Path UTM_TIF = resource("/terrain/synthetic_dem_crop2001_centre.tif");
    static final Path ETOPO_TIF = resource("/terrain/ETOPO1_Ice_g_geotiff.resampled-1deg.tif");

    @TempDir
    Path tmp;

    static Path resource(String name) {
        try {
            return Path.of(GeoTiffDemTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code gdalinfo synthetic_dem_crop2001_centre.tif}: Size is 2001, 2001; WGS 84 / UTM zone 33N, ID["EPSG",32633];
     * Origin = (424000.000000000000000,4976000.000000000000000); Pixel Size = (30.000000000000000,-30.000000000000000);
     * AREA_OR_POINT=Area; COMPRESSION=DEFLATE, PREDICTOR=2; Block=256x256 Type=Int16.
     */
    @Test
    void utmTileGeoreferenceMatchesGdalinfo() {
        ElevationRaster dem = GeoTiffDem.read(UTM_TIF);
        assertThat(dem.geometry())
                .isEqualTo(new GridGeometry(new Crs.Utm(33, true), 424000, 4976000, 30, 30, 2001, 2001));
        assertThat(dem.geometry().crs().epsg()).isEqualTo(32633);
        assertThat(dem.source()).isEqualTo("synthetic_dem_crop2001_centre.tif");
        assertThat(dem.synthetic()).isFalse(); // the file itself carries no SYNTHETIC label
    }

    /** {@code gdallocationinfo -valonly synthetic_dem_crop2001_centre.tif COL ROW}. */
    @ParameterizedTest
    @CsvSource({
        "0, 0, 1267",
        "0, 2000, 810",
        "2000, 0, 1291",
        "2000, 2000, 858",
        "1000, 1000, 623",
        "255, 256, 1048",
        "256, 255, 1049",
        "1234, 567, 1062",
        "1999, 1, 1291",
        "777, 1500, 355"
    })
    void utmTileValuesMatchGdallocationinfo(int row, int col, float expected) {
        ElevationRaster dem = UtmTile.DEM;
        assertThat(dem.heightAt(row, col)).isEqualTo(expected);
        // At a cell centre, bilinear sampling returns the cell's own value.
        GridGeometry g = dem.geometry();
        assertThat(dem.sample(g.centreX(col), g.centreY(row)).orElseThrow()).isEqualTo(expected);
    }

    /** {@code gdalinfo -stats}: Minimum=100.000, Maximum=1500.000, Mean=814.459, STATISTICS_VALID_PERCENT=100. */
    @Test
    void utmTileStatisticsMatchGdalinfo() {
        float[] h = UtmTile.DEM.heights();
        double sum = 0;
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : h) {
            assertThat(v).isNotNaN();
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertThat(min).isEqualTo(100f);
        assertThat(max).isEqualTo(1500f);
        assertThat(sum / h.length).isCloseTo(814.45877286246, within(1e-8));
    }

    /**
     * {@code gdalinfo ETOPO1_Ice_g_geotiff.resampled-1deg.tif}: Size is 361, 181; EPSG:4326; Origin = (-180.5, 90.5);
     * Pixel Size = (1, -1); AREA_OR_POINT=Area; Float32, strips, uncompressed.
     */
    @Test
    void etopoGeoreferenceMatchesGdalinfo() {
        ElevationRaster dem = Etopo.DEM;
        assertThat(dem.geometry()).isEqualTo(new GridGeometry(Crs.Geographic.WGS84, -180.5, 90.5, 1, 1, 361, 181));
    }

    /**
     * {@code gdallocationinfo -valonly -wgs84 ETOPO1_Ice_g_geotiff.resampled-1deg.tif LON LAT}; the first three are
     * also in /work/shared/data/dem/README.md.
     */
    @ParameterizedTest
    @CsvSource({
        "43, 38, 2167",
        "44, 40, 867",
        "38, 41, -17",
        "-180, 90, -4228",
        "180, -90, 2745",
        "0, 0, -4935",
        "-70.0, -33.0, 4648",
        "86.9, 27.9, 5380"
    })
    void etopoValuesMatchGdallocationinfo(double lon, double lat, float expected) {
        ElevationRaster dem = Etopo.DEM;
        GridGeometry g = dem.geometry();
        assertThat(dem.heightAt(g.cellRow(lat), g.cellCol(lon))).isEqualTo(expected);
    }

    /** The CSV was extracted from the same GeoTIFF with GMT 6.4 grd2xyz (README): all 63 nodes must agree. */
    @Test
    void etopoAgreesWithGmtCsvAtAllNodes() throws IOException {
        List<double[]> nodes = readEtopoCsv();
        assertThat(nodes).hasSize(63);
        for (double[] n : nodes) {
            double lon = n[0];
            double lat = n[1];
            assertThat(Etopo.DEM.sample(lon, lat).orElseThrow())
                    .as("lon %s lat %s", lon, lat)
                    .isEqualTo(n[2]);
        }
    }

    static List<double[]> readEtopoCsv() throws IOException {
        try (InputStream in = GeoTiffDemTest.class.getResourceAsStream(
                        "/io/steeldome/core/terrain/etopo1_1deg_turkey_iran_iraq_border_region.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            return r.lines()
                    .skip(1)
                    .map(l -> Arrays.stream(l.split(","))
                            .mapToDouble(Double::parseDouble)
                            .toArray())
                    .toList();
        }
    }

    /**
     * Float64, LZW, PixelIsPoint with the tie point (43.0 E, 40.0 N) on the first post, GDAL_NODATA -9999.
     * {@code gdalinfo}: Origin = (42.875000000000000,40.062500000000000), Pixel Size = (0.25,-0.125),
     * AREA_OR_POINT=Point, NoData Value=-9999. {@code gdallocationinfo -valonly f64_lzw_point_nodata.tif 4 5} = 504.25,
     * {@code ... 5 2} = -9999 (nodata), {@code ... 0 0} = 0.25.
     */
    @Test
    void float64LzwPixelIsPointWithNodata() {
        ElevationRaster dem = GeoTiffDem.read(resource("/terrain/fixtures/f64_lzw_point_nodata.tif"));
        assertThat(dem.geometry())
                .isEqualTo(new GridGeometry(Crs.Geographic.WGS84, 42.875, 40.0625, 0.25, 0.125, 13, 9));
        assertThat(dem.heightAt(5, 4)).isEqualTo(504.25f);
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 13; c++) {
                boolean isVoid = (r == 2 && c == 5) || (r == 8 && c == 12);
                if (isVoid) {
                    assertThat(dem.heightAt(r, c)).as("row %d col %d", r, c).isNaN();
                } else {
                    assertThat(dem.heightAt(r, c)).as("row %d col %d", r, c).isEqualTo((float) (100.0 * r + c + 0.25));
                }
            }
        }
        // The first post is at the tie point, a cell centre.
        assertThat(dem.sample(43.0, 40.0).orElseThrow()).isEqualTo(0.25);
        assertThat(dem.sample(44.25, 40.0 - 2 * 0.125)).isEmpty(); // next to the void at (2, 5)
    }

    /**
     * UInt16, Deflate, horizontal predictor, strips of 4 rows; value (r*37 + c)*53 mod 65536. {@code gdalinfo}: EPSG
     * 32638, Origin = (400000, 4400000), Pixel Size = (30, -30), PREDICTOR=2, Block=37x4. {@code gdallocationinfo
     * -valonly u16_deflate_pred2_strips.tif 36 22} = 45050, {@code ... 4 5} = 10017.
     */
    @Test
    void uint16DeflatePredictorStrips() {
        ElevationRaster dem = GeoTiffDem.read(resource("/terrain/fixtures/u16_deflate_pred2_strips.tif"));
        assertThat(dem.geometry()).isEqualTo(new GridGeometry(new Crs.Utm(38, true), 400000, 4400000, 30, 30, 37, 23));
        assertThat(dem.heightAt(22, 36)).isEqualTo(45050f);
        assertThat(dem.heightAt(5, 4)).isEqualTo(10017f);
        for (int r = 0; r < 23; r++) {
            for (int c = 0; c < 37; c++) {
                assertThat(dem.heightAt(r, c)).isEqualTo((float) ((r * 37 + c) * 53 % 65536));
            }
        }
    }

    /**
     * Float32, Deflate, floating-point predictor (3), 16 x 16 tiles with partial tiles at the right and bottom; value
     * 0.5*(r*40 + c) - 300. {@code gdalinfo}: EPSG 32738 (UTM 38S), Origin = (500000, 9000000), Pixel Size = (50, -50),
     * PREDICTOR=3, Block=16x16. {@code gdallocationinfo -valonly f32_deflate_pred3_tiled.tif 39 39} = 499.5.
     */
    @Test
    void float32FloatingPointPredictorTiles() {
        ElevationRaster dem = GeoTiffDem.read(resource("/terrain/fixtures/f32_deflate_pred3_tiled.tif"));
        assertThat(dem.geometry()).isEqualTo(new GridGeometry(new Crs.Utm(38, false), 500000, 9000000, 50, 50, 40, 40));
        assertThat(dem.heightAt(39, 39)).isEqualTo(499.5f);
        for (int r = 0; r < 40; r++) {
            for (int c = 0; c < 40; c++) {
                assertThat(dem.heightAt(r, c)).isEqualTo(0.5f * (r * 40 + c) - 300f);
            }
        }
    }

    /** Int32, uncompressed; value -100000*r + 7*c. {@code gdallocationinfo -valonly i32_raw.tif 4 5} = -499972. */
    @Test
    void int32Uncompressed() {
        ElevationRaster dem = GeoTiffDem.read(resource("/terrain/fixtures/i32_raw.tif"));
        assertThat(dem.geometry()).isEqualTo(new GridGeometry(new Crs.Utm(33, true), 424000, 4976000, 100, 100, 5, 6));
        assertThat(dem.heightAt(5, 4)).isEqualTo(-499972f);
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 5; c++) {
                assertThat(dem.heightAt(r, c)).isEqualTo((float) (-100000 * r + 7 * c));
            }
        }
    }

    /** A north-up ModelTransformationTag (GeoTIFF 1.0 sec. 2.6.2) gives the same grid as scale + tie point. */
    @Test
    void northUpModelTransformation() throws IOException {
        Path f = tmp.resolve("transform.tif");
        writeTiff(f, dir -> {
            dir.setDoubleListEntryValue(
                    FieldTagType.ModelTransformation,
                    List.of(
                            30.0, 0.0, 0.0, 424000.0, 0.0, -30.0, 0.0, 4976000.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,
                            1.0));
            dir.setUnsignedIntegerListEntryValue(
                    FieldTagType.GeoKeyDirectory, GeoKeys.directoryFor(new Crs.Utm(33, true)));
        });
        ElevationRaster dem = GeoTiffDem.read(f);
        assertThat(dem.geometry()).isEqualTo(new GridGeometry(new Crs.Utm(33, true), 424000, 4976000, 30, 30, 4, 3));
        assertThat(dem.heightAt(2, 3)).isEqualTo(11f);
    }

    @Test
    void syntheticLabelInImageDescriptionIsKept() throws IOException {
        Path f = tmp.resolve("labelled.tif");
        writeTiff(f, dir -> {
            geoTags(dir);
            dir.setStringEntryValue(FieldTagType.ImageDescription, "SYNTHETIC: test terrain (seed 3)");
        });
        ElevationRaster dem = GeoTiffDem.read(f);
        assertThat(dem.synthetic()).isTrue();
        assertThat(dem.source()).isEqualTo("labelled.tif (SYNTHETIC: test terrain (seed 3))");
    }

    // ---- bad input: each message names the file and the problem ----

    @Test
    void tiffWithoutGeoreferencingIsRefused() throws IOException {
        Path f = tmp.resolve("plain.tif");
        writeTiff(f, dir -> {});
        assertThatThrownBy(() -> GeoTiffDem.read(f))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("no georeferencing")
                .hasMessageContaining("ModelPixelScaleTag (33550)")
                .hasMessageContaining("ModelTiepointTag (33922)")
                .hasMessageContaining("GeoKeyDirectoryTag (34735)")
                .satisfies(e -> assertThat(((SteeldomeException) e).code()).isEqualTo(TerrainError.NOT_GEOREFERENCED));
    }

    @Test
    void tiffWithTransformButNoGeoKeysIsRefused() throws IOException {
        Path f = tmp.resolve("nokeys.tif");
        writeTiff(f, dir -> {
            dir.setModelPixelScale(List.of(30.0, 30.0, 0.0));
            dir.setModelTiepoint(List.of(0.0, 0.0, 0.0, 424000.0, 4976000.0, 0.0));
        });
        assertThatThrownBy(() -> GeoTiffDem.read(f))
                .hasMessageContaining(f.toString())
                .hasMessageContaining("missing GeoKeyDirectoryTag (34735)")
                .hasMessageNotContaining("ModelPixelScaleTag");
    }

    /** The 2.3 MB tiled file cut to its first 1 MB: the later tiles are gone. */
    @Test
    void truncatedTiffIsRefused() throws IOException {
        Path f = tmp.resolve("cut.tif");
        byte[] all = Files.readAllBytes(UTM_TIF);
        Files.write(f, Arrays.copyOf(all, 1_000_000));
        assertThatThrownBy(() -> GeoTiffDem.read(f))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("truncated TIFF: tile")
                .hasMessageContaining("the file has 1000000 bytes");
    }

    /** A tile's Deflate stream cut short inside the file (its byte count shrunk): refused, not an endless loop. */
    @Test
    void damagedDeflateBlockIsRefused() throws IOException {
        Path f = tmp.resolve("damaged.tif");
        byte[] all = Files.readAllBytes(UTM_TIF);
        // TileByteCounts (325) of this file: 64 LONGs at the offset in its IFD entry; halve the first one.
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        int ifd = b.getInt(4);
        int entries = b.getShort(ifd) & 0xffff;
        for (int e = 0; e < entries; e++) {
            int at = ifd + 2 + 12 * e;
            if ((b.getShort(at) & 0xffff) == 325) {
                int counts = b.getInt(at + 8);
                b.putInt(counts, b.getInt(counts) / 2);
            }
        }
        Files.write(f, all);
        assertThatThrownBy(() -> GeoTiffDem.read(f))
                .hasMessageContaining(f.toString())
                .hasMessageContaining("the Deflate data of tile 0 of 64 is damaged or cut short");
    }

    @Test
    void tiffCutInsideItsHeaderIsRefused() throws IOException {
        Path f = tmp.resolve("stub.tif");
        Files.write(f, Arrays.copyOf(Files.readAllBytes(UTM_TIF), 6));
        assertThatThrownBy(() -> GeoTiffDem.read(f))
                .hasMessageContaining(f.toString())
                .hasMessageContaining("not a TIFF file (6 bytes");
    }

    @Test
    void nonTiffIsRefused() throws IOException {
        Path f = tmp.resolve("N00E010.tif");
        Files.copy(resource("/terrain/N00E010.hgt"), f);
        assertThatThrownBy(() -> GeoTiffDem.read(f))
                .hasMessageContaining(f.toString())
                .hasMessageContaining("not a TIFF file (starts with bytes");
    }

    /** {@code gdalinfo three_bands.tif}: Band 1, Band 2, Band 3, Type=Int32. */
    @Test
    void multiBandTiffIsRefused() {
        Path f = resource("/terrain/fixtures/three_bands.tif");
        assertThatThrownBy(() -> GeoTiffDem.read(f))
                .hasMessageContaining(f.toString())
                .hasMessageContaining("has 3 bands");
    }

    /** {@code gdalinfo epsg2056.tif}: ID["EPSG",2056] (CH1903+ / LV95). */
    @Test
    void unsupportedEpsgIsRefusedWithReprojectionHint() {
        Path f = resource("/terrain/fixtures/epsg2056.tif");
        assertThatThrownBy(() -> GeoTiffDem.read(f))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("EPSG:2056 is not supported")
                .hasMessageContaining("gdalwarp -t_srs EPSG:326")
                .satisfies(e -> assertThat(((SteeldomeException) e).code()).isEqualTo(TerrainError.UNSUPPORTED_CRS));
    }

    @Test
    void rotatedTransformIsRefused() throws IOException {
        Path f = tmp.resolve("rotated.tif");
        double c = Math.cos(Math.toRadians(10)) * 30;
        double s = Math.sin(Math.toRadians(10)) * 30;
        writeTiff(f, dir -> {
            dir.setDoubleListEntryValue(
                    FieldTagType.ModelTransformation,
                    List.of(c, s, 0.0, 424000.0, s, -c, 0.0, 4976000.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0));
            dir.setUnsignedIntegerListEntryValue(
                    FieldTagType.GeoKeyDirectory, GeoKeys.directoryFor(new Crs.Utm(33, true)));
        });
        assertThatThrownBy(() -> GeoTiffDem.read(f))
                .hasMessageContaining(f.toString())
                .hasMessageContaining("rotated, skewed or not north-up")
                .hasMessageContaining("gdalwarp");
    }

    @Test
    void missingFileIsReported() {
        Path f = tmp.resolve("absent.tif");
        assertThatThrownBy(() -> GeoTiffDem.read(f))
                .hasMessageContaining(f.toString())
                .hasMessageContaining("cannot read");
    }

    // ---- helpers ----

    static final class UtmTile {
        static final ElevationRaster DEM = GeoTiffDem.read(UTM_TIF);
    }

    static final class Etopo {
        static final ElevationRaster DEM = GeoTiffDem.read(ETOPO_TIF);
    }

    static void geoTags(FileDirectory dir) {
        dir.setModelPixelScale(List.of(30.0, 30.0, 0.0));
        dir.setModelTiepoint(List.of(0.0, 0.0, 0.0, 424000.0, 4976000.0, 0.0));
        dir.setUnsignedIntegerListEntryValue(FieldTagType.GeoKeyDirectory, GeoKeys.directoryFor(new Crs.Utm(33, true)));
    }

    /** A 4 x 3 Int16 TIFF (cell value = row*4 + col) written by mil.nga with only the tags {@code extra} adds. */
    static void writeTiff(Path f, java.util.function.Consumer<FileDirectory> extra) throws IOException {
        int cols = 4;
        int rows = 3;
        ByteBuffer buf = ByteBuffer.allocate(cols * rows * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < cols * rows; i++) {
            buf.putShort((short) i);
        }
        buf.rewind();
        FileDirectory dir = new FileDirectory();
        dir.setImageWidth(cols);
        dir.setImageHeight(rows);
        dir.setBitsPerSample(16);
        dir.setCompression(TiffConstants.COMPRESSION_NO);
        dir.setPhotometricInterpretation(TiffConstants.PHOTOMETRIC_INTERPRETATION_BLACK_IS_ZERO);
        dir.setSamplesPerPixel(1);
        dir.setRowsPerStrip(rows);
        dir.setPlanarConfiguration(TiffConstants.PLANAR_CONFIGURATION_CHUNKY);
        dir.setSampleFormat(TiffConstants.SAMPLE_FORMAT_SIGNED_INT);
        extra.accept(dir);
        dir.setWriteRasters(new Rasters(cols, rows, new FieldType[] {FieldType.SSHORT}, new ByteBuffer[] {buf}));
        Files.write(f, TiffWriter.writeTiffToBytes(new ByteWriter(ByteOrder.LITTLE_ENDIAN), new TIFFImage(dir)));
    }
}
