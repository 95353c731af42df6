package io.steeldome.core.terrain;

import static io.steeldome.core.terrain.ViewshedGdalAgreementTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Small cases recorded with GDAL 3.6.2's {@code gdal_viewshed} (commands in
 * src/test/resources/terrain/viewshed/gdal_cases/make_cases.sh): a Float32 DEM with fractional heights, an observer
 * near the west edge (clipped window), an observer in a corner with a range beyond the DEM, non-square cells, a
 * straight ridge, an observer exactly on a cell corner, target heights 0, 2 and 5 m, curvature coefficients 0, 0.75,
 * 0.85714 and 1.
 *
 * <p>One systematic difference, by design: GDAL 3.6 compares the six cells north and south of the observer (straight
 * and diagonal) with the observer's <em>ground</em> height, not with the line of sight (its line interpolation at
 * distance one returns the neighbour's value, which is the observer cell's ground), and raises their observable height
 * to that ground height, which then shadows what lies behind them: an observer on a slope with a 2 m eye loses cells
 * to a wall at its own feet. GDAL fixed this after 3.6 (those cells now take their own height, as the two neighbours on
 * the observer row always did); we do the same. {@link #identicalToGdalOnceItsNearCellRuleIsEmulated} shows it is the
 * only difference: raising those six cells of the DEM to the observer's ground (what GDAL 3.6 effectively does) makes
 * every other cell identical.
 */
class ViewshedGdalCasesTest {
    private static final String DIR = "terrain/viewshed/gdal_cases/";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "vs_a1.tif, dem_a.tif, 503615, 4097285, 10, 2, 3000, 0.85714, 7433",
        "vs_a2.tif, dem_a.tif, 500105, 4097315, 2, 2, 5000, 0.75, 692",
        "vs_a3.tif, dem_a.tif, 507215, 4099985, 50, 0, 20000, 1, 331",
        "vs_b4.tif, dem_b.tif, 302000, 5197000, 25, 5, 6000, 0, 6961"
    })
    void agreesWithGdalAndSeesEverythingItSees(
            String expected,
            String demFile,
            double x,
            double y,
            double oz,
            double tz,
            double md,
            double cc,
            long gdalVisible) {
        ElevationRaster dem = GeoTiffDem.read(resource(DIR + demFile));
        ElevationRaster ref = GeoTiffDem.read(resource(DIR + expected));
        ViewshedResult vs = Viewshed.compute(dem, x, y, ViewshedOptions.withCurvatureCoefficient(oz, tz, md, cc));

        assertSameWindow(vs.geometry(), ref.geometry());
        long inRange = 0;
        long agree = 0;
        long gdalOnly = 0;
        long refVisible = 0;
        for (int r = 0; r < ref.rows(); r++) {
            for (int c = 0; c < ref.cols(); c++) {
                boolean gdal = ref.heightAt(r, c) == 255;
                boolean ours = vs.visible(r, c);
                refVisible += gdal ? 1 : 0;
                gdalOnly += gdal && !ours ? 1 : 0;
                if (Math.hypot(vs.geometry().centreX(c) - x, vs.geometry().centreY(r) - y) <= md) {
                    inRange++;
                    agree += gdal == ours ? 1 : 0;
                }
            }
        }
        assertThat(refVisible).isEqualTo(gdalVisible);
        // GDAL 3.6's near-cell rule only ever hides more (observable heights are monotone in their inputs)
        assertThat(gdalOnly).isZero();
        assertThat((double) agree / inRange).isGreaterThanOrEqualTo(0.99);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "vs_a1.tif, dem_a.tif, 503615, 4097285, 10, 2, 3000, 0.85714",
        "vs_a2.tif, dem_a.tif, 500105, 4097315, 2, 2, 5000, 0.75",
        "vs_a3.tif, dem_a.tif, 507215, 4099985, 50, 0, 20000, 1",
        "vs_b4.tif, dem_b.tif, 302000, 5197000, 25, 5, 6000, 0"
    })
    void identicalToGdalOnceItsNearCellRuleIsEmulated(
            String expected, String demFile, double x, double y, double oz, double tz, double md, double cc) {
        ElevationRaster dem = GeoTiffDem.read(resource(DIR + demFile));
        ElevationRaster ref = GeoTiffDem.read(resource(DIR + expected));
        ViewshedOptions o = ViewshedOptions.withCurvatureCoefficient(oz, tz, md, cc);
        ViewshedWindow w = ViewshedWindow.of(dem.geometry(), x, y, md);
        ViewshedResult vs = Viewshed.compute(gdal36NearCells(dem, w, cc), x, y, o);

        assertSameWindow(vs.geometry(), ref.geometry());
        int differing = 0;
        for (int r = 0; r < ref.rows(); r++) {
            for (int c = 0; c < ref.cols(); c++) {
                boolean nearCell = Math.abs(r - w.observerRow()) == 1 && Math.abs(c - w.observerCol()) <= 1;
                if (!nearCell && (vs.visibility()[r * ref.cols() + c] & 0xFF) != (int) ref.heightAt(r, c)) {
                    differing++;
                }
            }
        }
        assertThat(differing).isZero();
    }

    /** GDAL's {@code -om GROUND}: the minimum target height above ground; GDAL writes 0 out of range, we NaN. */
    @Test
    void minimumVisibleHeightMatchesGdalGroundMode() {
        ElevationRaster dem = GeoTiffDem.read(resource(DIR + "dem_a.tif"));
        ElevationRaster ref = GeoTiffDem.read(resource(DIR + "mh_a1.tif"));
        double x = 503615;
        double y = 4097285;
        ViewshedOptions o = ViewshedOptions.withCurvatureCoefficient(10, 0, 3000, 0.85714);
        ViewshedWindow w = ViewshedWindow.of(dem.geometry(), x, y, 3000);
        ViewshedHeights mh = Viewshed.minimumVisibleHeight(gdal36NearCells(dem, w, 0.85714), x, y, o);
        ViewshedHeights ours = Viewshed.minimumVisibleHeight(dem, x, y, o);
        ViewshedResult vs2 = Viewshed.compute(dem, x, y, o.withTargetHeightM(2));
        assertSameWindow(mh.geometry(), ref.geometry());
        int inRange = 0;
        for (int r = 0; r < ref.rows(); r++) {
            for (int c = 0; c < ref.cols(); c++) {
                if (Math.hypot(mh.geometry().centreX(c) - x, mh.geometry().centreY(r) - y) > 3000) {
                    assertThat(mh.at(r, c)).isNaN();
                    assertThat(ref.heightAt(r, c)).isZero();
                    continue;
                }
                inRange++;
                boolean nearCell = Math.abs(r - w.observerRow()) == 1 && Math.abs(c - w.observerCol()) <= 1;
                if (!nearCell) {
                    assertThat(mh.at(r, c)).isCloseTo(ref.heightAt(r, c), within(1e-3f));
                }
                // the height threshold is the 2 m target's viewshed
                assertThat(vs2.visible(r, c)).isEqualTo(ours.at(r, c) <= 2);
            }
        }
        assertThat(inRange).isGreaterThan(30_000);
    }

    /**
     * The DEM with the six cells north and south of the observer raised to the observer's ground (plus their curvature
     * drop, which the sweep takes off again): what GDAL 3.6 effectively uses as their observable height.
     */
    static ElevationRaster gdal36NearCells(ElevationRaster dem, ViewshedWindow w, double cc) {
        float[] h = dem.heights();
        int or = w.row0() + w.observerRow();
        int oc = w.col0() + w.observerCol();
        float ground = dem.heightAt(or, oc);
        for (int dr = -1; dr <= 1; dr += 2) {
            for (int dc = -1; dc <= 1; dc++) {
                int r = or + dr;
                int c = oc + dc;
                if (r >= 0 && r < dem.rows() && c >= 0 && c < dem.cols()) {
                    double d2 = Math.pow(w.pixelWidthM() * dc, 2) + Math.pow(w.pixelHeightM() * dr, 2);
                    double drop = cc * d2 / ViewshedKernel.SPHERE_DIAMETER_M;
                    h[r * dem.cols() + c] = (float) Math.max(h[r * dem.cols() + c], ground + drop);
                }
            }
        }
        return ElevationRaster.of(dem.geometry(), h, dem.source(), dem.synthetic());
    }

    static void assertSameWindow(GridGeometry ours, GridGeometry gdal) {
        assertThat(ours.originX()).isEqualTo(gdal.originX());
        assertThat(ours.originY()).isEqualTo(gdal.originY());
        assertThat(ours.pixelWidth()).isEqualTo(gdal.pixelWidth());
        assertThat(ours.pixelHeight()).isEqualTo(gdal.pixelHeight());
        assertThat(ours.cols()).isEqualTo(gdal.cols());
        assertThat(ours.rows()).isEqualTo(gdal.rows());
    }
}
