package io.steeldome.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Coverage counts against brute force: the sum of the sites' individual viewsheds, cell by cell. */
class CoverageTest {
    private static ElevationRaster dem;
    private static List<CoverageSite> sites;

    @BeforeAll
    static void load() {
        dem = GeoTiffDem.read(ViewshedGdalAgreementTest.resource("terrain/viewshed/gdal_cases/dem_a.tif"));
        GridGeometry g = dem.geometry();
        SplittableRandom rnd = new SplittableRandom(7);
        sites = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            // anywhere on the DEM, edges included (clipped windows), mast 2..40 m
            double x = g.originX() + rnd.nextDouble() * g.cols() * g.pixelWidth();
            double y = g.originY() - rnd.nextDouble() * g.rows() * g.pixelHeight();
            sites.add(new CoverageSite("s" + i, x, y, 2 + 38 * rnd.nextDouble()));
        }
    }

    /** Brute force: each site's own viewshed, added up on the DEM grid. */
    static int[] bruteForce(ViewshedOptions o, double targetHeightM) {
        GridGeometry g = dem.geometry();
        int[] sum = new int[g.rows() * g.cols()];
        for (CoverageSite s : sites) {
            ViewshedResult vs = Viewshed.compute(
                    dem,
                    s.x(),
                    s.y(),
                    o.withObserverHeightM(s.observerHeightM()).withTargetHeightM(targetHeightM));
            ViewshedWindow w = vs.window();
            for (int r = 0; r < w.rows(); r++) {
                for (int c = 0; c < w.cols(); c++) {
                    if (vs.visible(r, c)) {
                        sum[(w.row0() + r) * g.cols() + w.col0() + c]++;
                    }
                }
            }
        }
        return sum;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void cumulativeCountsAreTheSumOfTheViewsheds(int threads) {
        ViewshedOptions o = ViewshedOptions.of(0, 2, 2500);
        List<int[]> progress = new ArrayList<>();
        CoverageResult cov;
        try (Coverage coverage = Coverage.withThreads(threads)) {
            cov = coverage.cumulative(dem, sites, o, (done, total) -> progress.add(new int[] {done, total}));
        }
        assertThat(cov.counts()).isEqualTo(bruteForce(o, 2));
        assertThat(cov.sites()).isEqualTo(sites.size());
        assertThat(cov.grid()).isEqualTo(dem.geometry());
        assertThat(cov.maxCount()).isGreaterThan(1).isLessThanOrEqualTo(sites.size());
        assertThat(progress).hasSize(sites.size());
        for (int i = 0; i < progress.size(); i++) {
            assertThat(progress.get(i)).containsExactly(i + 1, sites.size());
        }
    }

    /** Altitude layers, given out of order: each equals the brute-force sum at its own target height. */
    @Test
    void layersEqualTheSumOfTheViewshedsAtEachHeight() {
        ViewshedOptions o = ViewshedOptions.of(0, 0, 4000);
        List<Double> heights = List.of(100.0, 2.0, 1000.0, 0.0);
        List<CoverageResult> layers;
        try (Coverage coverage = Coverage.withThreads(2)) {
            layers = coverage.layers(dem, sites, o, heights, CoverageProgress.none());
        }
        assertThat(layers).hasSize(4);
        for (int i = 0; i < heights.size(); i++) {
            assertThat(layers.get(i).targetHeightM()).isEqualTo(heights.get(i));
            assertThat(layers.get(i).counts())
                    .as("layer %s m", heights.get(i))
                    .isEqualTo(bruteForce(o, heights.get(i)));
        }
        // higher targets are seen by at least as many sites
        assertThat(layers.get(2).cellsSeenByAtLeast(1))
                .isGreaterThan(layers.get(0).cellsSeenByAtLeast(1));
        assertThat(layers.get(0).cellsSeenByAtLeast(1))
                .isGreaterThan(layers.get(1).cellsSeenByAtLeast(1));
        assertThat(layers.get(1).cellsSeenByAtLeast(1))
                .isGreaterThanOrEqualTo(layers.get(3).cellsSeenByAtLeast(1));
    }

    @Test
    void aSiteOutsideTheDemFailsTheRun() {
        List<CoverageSite> bad = new ArrayList<>(sites);
        bad.add(new CoverageSite("far", 0, 0, 10));
        try (Coverage coverage = Coverage.withThreads(2)) {
            assertThatThrownBy(() ->
                            coverage.cumulative(dem, bad, ViewshedOptions.of(10, 0, 1000), CoverageProgress.none()))
                    .isInstanceOf(SteeldomeException.class)
                    .hasMessageContaining("observer");
        }
    }
}
