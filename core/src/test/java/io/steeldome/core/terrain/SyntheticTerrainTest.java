package io.steeldome.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticTerrainTest {
    /** 600 x 600 cells of 30 m around 39.5 N 44.1 E (Doğubayazıt), UTM 38N. */
    static final GridGeometry UTM = new GridGeometry(new Crs.Utm(38, true), 413000, 4381650, 30, 30, 600, 600);

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, -7, Long.MAX_VALUE})
    void sameSeedSameTerrainOtherSeedOtherTerrain(long seed) {
        ElevationRaster a = SyntheticTerrain.generate(UTM, seed);
        ElevationRaster b = SyntheticTerrain.generate(UTM, seed);
        TerrainAssertions.assertSameHeights(a.heights(), b.heights());
        float[] other = SyntheticTerrain.generate(UTM, seed + 1).heights();
        float[] h = a.heights();
        int same = 0;
        for (int i = 0; i < h.length; i++) {
            same += h[i] == other[i] ? 1 : 0;
        }
        assertThat(same).isLessThan(h.length / 100);
    }

    @Test
    void isLabelledSynthetic() {
        ElevationRaster dem = SyntheticTerrain.generate(UTM, 1234);
        assertThat(dem.synthetic()).isTrue();
        assertThat(dem.source()).isEqualTo("SYNTHETIC: ETOPO1 1-degree + seeded fractal detail (seed 1234)");
        assertThat(dem.geometry()).isEqualTo(UTM);
        assertThat(dem.toString()).contains("(SYNTHETIC)");
    }

    /**
     * The coarse field at the nodes is ETOPO1 (values from /work/shared/data/dem/README.md, confirmed with {@code
     * gdallocationinfo -valonly -wgs84 ETOPO1_Ice_g_geotiff.resampled-1deg.tif LON LAT}); between nodes, bilinear by
     * hand: at 38.5 N 43.5 E the four nodes are 2167 (43E 38N), 2117 (44E 38N), 2107 (43E 39N), 2166 (44E 39N), mean
     * 2139.25.
     */
    @Test
    void coarseFieldIsEtopoAtNodesAndBilinearBetween() {
        assertThat(SyntheticTerrain.coarseHeightM(38, 43).orElseThrow()).isEqualTo(2167);
        assertThat(SyntheticTerrain.coarseHeightM(40, 44).orElseThrow()).isEqualTo(867);
        assertThat(SyntheticTerrain.coarseHeightM(41, 38).orElseThrow()).isEqualTo(-17);
        assertThat(SyntheticTerrain.coarseHeightM(38.5, 43.5).orElseThrow()).isCloseTo(2139.25, within(1e-9));
        assertThat(SyntheticTerrain.coarseHeightM(34.9, 40)).isEmpty();
        assertThat(SyntheticTerrain.coarseHeightM(38, 46.1)).isEmpty();
    }

    /** The same interpolation through the independent path of the ETOPO GeoTIFF, at 200 seeded random points. */
    @Test
    void coarseFieldAgreesWithTheEtopoGeoTiff() {
        ElevationRaster etopo = GeoTiffDemTest.Etopo.DEM;
        SplittableRandom rnd = new SplittableRandom(20250101);
        for (int i = 0; i < 200; i++) {
            double lat = rnd.nextDouble(35, 41);
            double lon = rnd.nextDouble(38, 46);
            assertThat(SyntheticTerrain.coarseHeightM(lat, lon).orElseThrow())
                    .as("%s N %s E", lat, lon)
                    .isCloseTo(etopo.sample(lon, lat).orElseThrow(), within(1e-6));
        }
    }

    /**
     * Detail sigma = 0.25 x the range of the 3 x 3 nodes around a node, by hand from the CSV: around 43E 39N the nodes
     * span 867..2689 m (range 1822, sigma 455.5 m); around 40E 36N 206..450 m (range 244, sigma 61 m).
     */
    @Test
    void detailAmplitudeFollowsCoarseRelief() {
        assertThat(SyntheticTerrain.detailSigmaM(39, 43).orElseThrow()).isCloseTo(455.5, within(1e-9));
        assertThat(SyntheticTerrain.detailSigmaM(36, 40).orElseThrow()).isCloseTo(61, within(1e-9));
        // Measured over 4 seeds on half-degree patches, each patch's spread is its sigma to within 30 %.
        double rugged = 0;
        double flat = 0;
        for (long seed = 1; seed <= 4; seed++) {
            rugged += detailSd(39, 43, seed) / 4;
            flat += detailSd(36, 40, seed) / 4;
        }
        assertThat(rugged / 455.5).isBetween(0.7, 1.3);
        assertThat(flat / 61).isBetween(0.7, 1.3);
    }

    /** Standard deviation of (height - coarse) on a 0.5 x 0.5 degree patch centred at a node, 0.0025 degree cells. */
    static double detailSd(double lat, double lon, long seed) {
        GridGeometry g = new GridGeometry(Crs.Geographic.WGS84, lon - 0.25, lat + 0.25, 0.0025, 0.0025, 200, 200);
        ElevationRaster dem = SyntheticTerrain.generate(g, seed);
        double s = 0;
        double s2 = 0;
        int n = 0;
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                double d = dem.heightAt(r, c)
                        - SyntheticTerrain.coarseHeightM(g.centreY(r), g.centreX(c))
                                .orElseThrow();
                s += d;
                s2 += d * d;
                n++;
            }
        }
        return Math.sqrt(s2 / n - (s / n) * (s / n));
    }

    /**
     * Unit-variance fBm times sigma: over 1 x 1 degree (larger than the 40 km longest wave) and 4 seeds the detail
     * divided by its sigma has mean ~0 and standard deviation ~1 (measured 0.86: a finite window under-samples the
     * longest waves, which carry 2/3 of the variance).
     */
    @Test
    void standardisedDetailHasUnitVariance() {
        GridGeometry g = new GridGeometry(Crs.Geographic.WGS84, 43, 40, 0.004, 0.004, 250, 250);
        double s = 0;
        double s2 = 0;
        int n = 0;
        for (long seed = 1; seed <= 4; seed++) {
            ElevationRaster dem = SyntheticTerrain.generate(g, seed);
            for (int r = 0; r < g.rows(); r++) {
                for (int c = 0; c < g.cols(); c++) {
                    double lat = g.centreY(r);
                    double lon = g.centreX(c);
                    double z = (dem.heightAt(r, c)
                                    - SyntheticTerrain.coarseHeightM(lat, lon).orElseThrow())
                            / SyntheticTerrain.detailSigmaM(lat, lon).orElseThrow();
                    s += z;
                    s2 += z * z;
                    n++;
                }
            }
        }
        double mean = s / n;
        assertThat(mean).isCloseTo(0, within(0.3));
        assertThat(Math.sqrt(s2 / n - mean * mean)).isCloseTo(1, within(0.25));
    }

    /**
     * fBm: E[(h(x + r) - h(x))^2] ~ r^(2H) (Mandelbrot & Van Ness 1968). Fitted by least squares on log-log over lags of
     * 4..64 cells (120 m .. 1.9 km, between the finest octave and the 40 km longest wave), H must be near 0.8.
     */
    @Test
    void variogramGivesHurstNearPointEight() {
        float[] h = SyntheticTerrain.generate(UTM, 99).heights();
        int n = UTM.cols();
        int[] lags = {4, 8, 16, 32, 64};
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int lag : lags) {
            double s = 0;
            long count = 0;
            for (int r = 0; r < n; r++) {
                for (int c = 0; c + lag < n; c++) {
                    double d = h[r * n + c + lag] - h[r * n + c];
                    double e = h[c * n + r] - h[(c + lag) * n + r]; // and north-south
                    s += d * d + e * e;
                    count += 2;
                }
            }
            double x = Math.log(lag);
            double y = Math.log(s / count);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        int k = lags.length;
        double slope = (k * sxy - sx * sy) / (k * sxx - sx * sx);
        assertThat(slope / 2).isBetween(0.7, 0.9);
    }

    /**
     * Along the Black Sea coast (38 E 41 N is -17 m, 39 E 41 N +143 m, 40 E 41 N -177 m, 41 E 41 N +966 m) no cell
     * crosses sea level.
     */
    @Test
    void detailNeverCrossesSeaLevel() {
        GridGeometry g = new GridGeometry(Crs.Geographic.WGS84, 38, 41, 0.002, 0.002, 1500, 150);
        for (long seed = 0; seed < 3; seed++) {
            ElevationRaster dem = SyntheticTerrain.generate(g, seed);
            int land = 0;
            int sea = 0;
            for (int r = 0; r < g.rows(); r++) {
                for (int c = 0; c < g.cols(); c++) {
                    double coarse = SyntheticTerrain.coarseHeightM(g.centreY(r), g.centreX(c))
                            .orElseThrow();
                    float h = dem.heightAt(r, c);
                    if (coarse > 0) {
                        land++;
                        assertThat(h)
                                .as("row %d col %d, coarse %s", r, c, coarse)
                                .isGreaterThanOrEqualTo(0f);
                    } else if (coarse < 0) {
                        sea++;
                        assertThat(h)
                                .as("row %d col %d, coarse %s", r, c, coarse)
                                .isLessThanOrEqualTo(0f);
                    }
                }
            }
            assertThat(land).isGreaterThan(10_000);
            assertThat(sea).isGreaterThan(1_000);
        }
    }

    @Test
    void keepSideIsContinuousAndKeepsTheSign() {
        assertThat(SyntheticTerrain.keepSide(100, 50)).isEqualTo(150);
        assertThat(SyntheticTerrain.keepSide(100, -1e-9)).isCloseTo(100, within(1e-8));
        assertThat(SyntheticTerrain.keepSide(100, -1000)).isStrictlyBetween(0.0, 1e-2); // 100 e^-10
        assertThat(SyntheticTerrain.keepSide(-50, 500)).isStrictlyBetween(-1e-2, 0.0);
        assertThat(SyntheticTerrain.keepSide(-50, -10)).isEqualTo(-60);
    }

    /**
     * The noise lives in geodetic space: a 90 m grid and a 30 m grid over the same ground agree at shared cell centres
     * up to the finer octaves only the 30 m grid has (weights 2^(-8 H) and less: about 1 % of sigma).
     */
    @Test
    void coarserGridShowsTheSameMountains() {
        GridGeometry fine = new GridGeometry(new Crs.Utm(38, true), 413000, 4381650, 30, 30, 300, 300);
        GridGeometry coarse = new GridGeometry(new Crs.Utm(38, true), 413000, 4381650, 90, 90, 100, 100);
        ElevationRaster f = SyntheticTerrain.generate(fine, 5);
        ElevationRaster c = SyntheticTerrain.generate(coarse, 5);
        double sum2 = 0;
        int n = 0;
        for (int r = 0; r < 100; r++) {
            for (int k = 0; k < 100; k++) {
                // Centre of coarse cell (r, k) = centre of fine cell (3r + 1, 3k + 1).
                double d = c.heightAt(r, k) - f.heightAt(3 * r + 1, 3 * k + 1);
                sum2 += d * d;
                n++;
            }
        }
        double sigma = SyntheticTerrain.detailSigmaM(39.55, 44.1).orElseThrow();
        assertThat(Math.sqrt(sum2 / n)).isLessThan(0.03 * sigma);
    }

    @Test
    void gridOutsideTheCoarseDataIsRefused() {
        GridGeometry g = new GridGeometry(Crs.Geographic.WGS84, 45.9, 38, 0.01, 0.01, 20, 10);
        assertThatThrownBy(() -> SyntheticTerrain.generate(g, 1))
                .hasMessageContaining("cell (0, 10) at 37.99500 N 46.00500 E")
                .hasMessageContaining("38-46 E, 35-41 N");
    }

    @Test
    void coveringSnapsTheWidenedBoxOutwardToWholeCellsAndClipsItToTheExtract() {
        double cell = 3.0 / 3600;
        var points = java.util.List.of(
                io.steeldome.core.geo.GeodeticPoint.ofDegrees(39.40, 44.30),
                io.steeldome.core.geo.GeodeticPoint.ofDegrees(39.55, 44.10));
        GridGeometry g = SyntheticTerrain.covering(points, 0.1, 0.2, cell, 7).geometry();
        // the widened box is 43.9-44.5 E, 39.3-39.65 N; each edge lies on a whole cell, outside it by less than a cell
        double east = g.originX() + g.cols() * cell;
        double south = g.originY() - g.rows() * cell;
        assertThat(g.originX()).isBetween(43.9 - cell, 43.9 + 1e-9);
        assertThat(east).isBetween(44.5 - 1e-9, 44.5 + cell);
        assertThat(g.originY()).isBetween(39.65 - 1e-9, 39.65 + cell);
        assertThat(south).isBetween(39.3 - cell, 39.3 + 1e-9);
        assertThat(g.originX() / cell).isCloseTo(Math.rint(g.originX() / cell), within(1e-6));
        assertThat(g.originY() / cell).isCloseTo(Math.rint(g.originY() / cell), within(1e-6));
        // near the extract's edge the box is clipped: 45.95 + 0.2 would pass 46 E
        GridGeometry clipped = SyntheticTerrain.covering(
                        java.util.List.of(io.steeldome.core.geo.GeodeticPoint.ofDegrees(40.0, 45.95)),
                        0.05,
                        0.2,
                        cell,
                        7)
                .geometry();
        assertThat(clipped.originX() + clipped.cols() * cell).isCloseTo(46.0, within(1e-9));
    }
}
