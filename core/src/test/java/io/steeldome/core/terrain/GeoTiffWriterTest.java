package io.steeldome.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each file written here was also written once, with the same grid and values, to /tmp and checked with GDAL 3.6.2;
 * the {@code gdalinfo} / {@code gdallocationinfo} output is quoted at each test. The tests check that our reader gets
 * back exactly what was written (values, georeferencing, description).
 */
class GeoTiffWriterTest {
    static final GridGeometry UTM38N = new GridGeometry(new Crs.Utm(38, true), 422000, 4373000, 30, 30, 7, 5);
    static final GridGeometry UTM38S = new GridGeometry(new Crs.Utm(38, false), 500000, 9000000, 90, 90, 7, 5);
    static final GridGeometry GEO = new GridGeometry(Crs.Geographic.WGS84, 43.5, 39.75, 0.25, 0.125, 7, 5);

    @TempDir
    Path tmp;

    /**
     * {@code gdalinfo byte.tif}: Size is 7, 5; WGS 84 / UTM zone 38N, ID["EPSG",32638]; Origin =
     * (422000.000000000000000,4373000.000000000000000); Pixel Size = (30.000000000000000,-30.000000000000000);
     * AREA_OR_POINT=Area; TIFFTAG_IMAGEDESCRIPTION=SYNTHETIC test byte; COMPRESSION=DEFLATE; Type=Byte; Upper Left (
     * 422000.000, 4373000.000) ( 44d 5'33.97"E, 39d30'11.11"N). {@code gdallocationinfo -valonly byte.tif 3 0} = 21,
     * {@code ... 6 4} = 238, {@code ... 3 1} = 70.
     */
    @Test
    void byteRasterRoundTrips() {
        byte[] v = new byte[35];
        for (int i = 0; i < 35; i++) {
            v[i] = (byte) (i * 7);
        }
        Path f = tmp.resolve("byte.tif");
        GeoTiffWriter.writeByte(f, UTM38N, v, Optional.of("SYNTHETIC test byte"));
        ElevationRaster back = GeoTiffDem.read(f);
        assertThat(back.geometry()).isEqualTo(UTM38N);
        assertThat(back.synthetic()).isTrue();
        assertThat(back.source()).contains("SYNTHETIC test byte");
        assertThat(back.heightAt(0, 3)).isEqualTo(21f);
        assertThat(back.heightAt(4, 6)).isEqualTo(238f); // 34 * 7 = 238, read unsigned
        assertThat(back.heightAt(1, 3)).isEqualTo(70f);
        for (int i = 0; i < 35; i++) {
            assertThat(back.heightAt(i / 7, i % 7)).isEqualTo((float) ((i * 7) & 0xff));
        }
    }

    /**
     * {@code gdalinfo counts16.tif}: EPSG 32638, Origin = (422000, 4373000), Type=UInt16, no description. {@code
     * gdallocationinfo -valonly counts16.tif 3 0} = 3000, {@code ... 6 4} = 34000.
     */
    @Test
    void smallCountsRoundTripAsUInt16() {
        int[] c = new int[35];
        for (int i = 0; i < 35; i++) {
            c[i] = i * 1000;
        }
        Path f = tmp.resolve("counts16.tif");
        GeoTiffWriter.writeCounts(f, UTM38N, c, Optional.empty());
        ElevationRaster back = GeoTiffDem.read(f);
        assertThat(back.geometry()).isEqualTo(UTM38N);
        assertThat(back.synthetic()).isFalse();
        assertThat(back.heightAt(0, 3)).isEqualTo(3000f);
        assertThat(back.heightAt(4, 6)).isEqualTo(34000f); // above Int16's range: stored unsigned
        for (int i = 0; i < 35; i++) {
            assertThat(back.heightAt(i / 7, i % 7)).isEqualTo(i * 1000f);
        }
    }

    /**
     * {@code gdalinfo counts32.tif}: WGS 84 / UTM zone 38S, ID["EPSG",32738]; Origin = (500000, 9000000); Pixel Size =
     * (90, -90); Type=Int32; Upper Left ( 45d 0' 0.00"E, 9d 2'47.62"S). {@code gdallocationinfo -valonly counts32.tif 3
     * 0} = 100000.
     */
    @Test
    void largeCountsRoundTripAsInt32() {
        int[] c = new int[35];
        for (int i = 0; i < 35; i++) {
            c[i] = i * 1000;
        }
        c[3] = 100000;
        c[4] = -1;
        Path f = tmp.resolve("counts32.tif");
        GeoTiffWriter.writeCounts(f, UTM38S, c, Optional.empty());
        ElevationRaster back = GeoTiffDem.read(f);
        assertThat(back.geometry()).isEqualTo(UTM38S);
        for (int i = 0; i < 35; i++) {
            assertThat(back.heightAt(i / 7, i % 7)).isEqualTo((float) c[i]);
        }
    }

    /**
     * {@code gdalinfo float.tif}: GEOGCRS WGS 84, ID["EPSG",4326]; Origin = (43.500000000000000,39.750000000000000);
     * Pixel Size = (0.250000000000000,-0.125000000000000); TIFFTAG_IMAGEDESCRIPTION=heights; Type=Float32; NoData
     * Value=nan. {@code gdallocationinfo -valonly float.tif 3 0} = -1.5, {@code ... 6 4} = 14, {@code ... 3 1} = nan.
     */
    @Test
    void floatRasterRoundTripsWithVoids() {
        float[] v = new float[35];
        for (int i = 0; i < 35; i++) {
            v[i] = i * 0.5f - 3;
        }
        v[10] = Float.NaN;
        Path f = tmp.resolve("float.tif");
        GeoTiffWriter.writeFloat(f, GEO, v, Optional.of("heights"));
        ElevationRaster back = GeoTiffDem.read(f);
        assertThat(back.geometry()).isEqualTo(GEO);
        assertThat(back.synthetic()).isFalse();
        assertThat(back.heightAt(0, 3)).isEqualTo(-1.5f);
        assertThat(back.heightAt(4, 6)).isEqualTo(14f);
        assertThat(back.heightAt(1, 3)).isNaN();
        TerrainAssertions.assertSameHeights(back.heights(), v);
    }

    /** A real tile through the writer and back: bit-identical heights and the same grid. */
    @Test
    void realDemRoundTripsExactly() {
        ElevationRaster dem = GeoTiffDem.read(GeoTiffDemTest.UTM_TIF);
        Path f = tmp.resolve("copy.tif");
        GeoTiffWriter.writeElevation(f, dem);
        ElevationRaster back = GeoTiffDem.read(f);
        assertThat(back.geometry()).isEqualTo(dem.geometry());
        TerrainAssertions.assertSameHeights(back.heights(), dem.heights());
        assertThat(back.synthetic()).isFalse();
    }

    @Test
    void syntheticElevationIsLabelled() {
        float[] h = new float[35];
        ElevationRaster dem = ElevationRaster.of(UTM38N, h, "fractal test (seed 1)", true);
        Path f = tmp.resolve("syn.tif");
        GeoTiffWriter.writeElevation(f, dem);
        ElevationRaster back = GeoTiffDem.read(f);
        assertThat(back.synthetic()).isTrue();
        assertThat(back.source()).isEqualTo("syn.tif (SYNTHETIC: fractal test (seed 1))");
    }

    @Test
    void wrongValueCountIsRefused() {
        Path f = tmp.resolve("bad.tif");
        assertThatThrownBy(() -> GeoTiffWriter.writeByte(f, UTM38N, new byte[34], Optional.empty()))
                .hasMessageContaining(f.toString())
                .hasMessageContaining("expected 7 x 5 = 35 values, got 34");
    }
}
