package io.steeldome.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.Wgs84;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Viewsheds on terrains with a hand-computable answer. */
class ViewshedGeometryTest {
    static final Crs UTM33N = Crs.ofEpsg(32633);

    static ElevationRaster flat(int cols, int rows, double cellM, float heightM) {
        float[] h = new float[cols * rows];
        Arrays.fill(h, heightM);
        return ElevationRaster.of(
                new GridGeometry(UTM33N, 400_000, 5_000_000, cellM, cellM, cols, rows), h, "flat", true);
    }

    /**
     * On a smooth earth of effective radius k a the visible area is the disc of radius sqrt(2 k a h) + sqrt(2 k a t)
     * (horizon of the eye plus that of the target), here within one cell (30 m) in every direction.
     */
    @ParameterizedTest
    @CsvSource({"10, 2, 1.3333333333333333", "20, 0, 1.3333333333333333", "50, 10, 1.1666666666666667", "5, 5, 1"})
    void flatEarthHorizonIsTheAnalyticDisc(double h, double t, double k) {
        double cell = 30;
        double horizon = Math.sqrt(2 * k * Wgs84.A_M * h) + Math.sqrt(2 * k * Wgs84.A_M * t);
        int n = 2 * (int) Math.ceil((horizon + 600) / cell) + 1;
        ElevationRaster dem = flat(n, n, cell, 100);
        GridGeometry g = dem.geometry();
        int mid = n / 2;
        ViewshedResult vs = Viewshed.compute(
                dem, g.centreX(mid), g.centreY(mid), ViewshedOptions.withRefraction(h, t, horizon + 300, k));
        GridGeometry w = vs.geometry();
        int misplaced = 0;
        double farthestVisible = 0;
        double nearestHidden = Double.POSITIVE_INFINITY;
        for (int r = 0; r < w.rows(); r++) {
            for (int c = 0; c < w.cols(); c++) {
                double d = Math.hypot(w.centreX(c) - g.centreX(mid), w.centreY(r) - g.centreY(mid));
                boolean visible = vs.visible(r, c);
                if (visible) {
                    farthestVisible = Math.max(farthestVisible, d);
                } else if (d <= horizon + 300) {
                    nearestHidden = Math.min(nearestHidden, d);
                }
                if (visible != d <= horizon && Math.abs(d - horizon) > cell) {
                    misplaced++;
                }
            }
        }
        assertThat(misplaced).isZero();
        assertThat(farthestVisible).isCloseTo(horizon, within(cell));
        assertThat(nearestHidden).isCloseTo(horizon, within(cell));
    }

    /**
     * A straight ridge (a plateau of height H, 3 cells wide, running north-south) in front of an observer at height h0
     * on flat ground: the shadow behind it ends where the line from the eye over the ridge's far edge comes down to the
     * target height. Flat earth: similar triangles, s = D (h0 - t) / (h0 - H). With curvature (drop s^2 / 2R, R = a /
     * cc, relative to the observer's horizontal) the line over the ridge top and the ground both fall: the shadow ends
     * at the smaller root of s^2 / 2R + (H - D^2 / 2R - h0) s / D + (h0 - t) = 0. D is the distance of the ridge's far
     * edge cell. Checked on the observer's row, within one cell.
     */
    @ParameterizedTest
    @CsvSource({"100, 50, 0, 0", "100, 50, 0, 0.75", "60, 40, 5, 0.85714", "200, 120, 2, 0.75"})
    void shadowBehindAStraightRidgeMatchesSimilarTriangles(double h0, double ridgeH, double t, double cc) {
        double cell = 30;
        int cols = 1001;
        int rows = 201;
        int oc = 100;
        int or = 100;
        int ridgeFirst = oc + 100; // ridge at 3.0 .. 3.06 km east
        float[] z = new float[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = ridgeFirst; c < ridgeFirst + 3; c++) {
                z[r * cols + c] = (float) ridgeH;
            }
        }
        ElevationRaster dem = ElevationRaster.of(
                new GridGeometry(UTM33N, 400_000, 5_000_000, cell, cell, cols, rows), z, "ridge", true);
        GridGeometry g = dem.geometry();
        ViewshedResult vs = Viewshed.compute(
                dem, g.centreX(oc), g.centreY(or), ViewshedOptions.withCurvatureCoefficient(h0, t, 30_000, cc));

        double far = (ridgeFirst + 2 - oc) * cell; // distance of the ridge's far edge cell centre
        double shadowEnd; // distance at which ground + t comes back above the line over the ridge
        if (cc == 0) {
            shadowEnd = far * (h0 - t) / (h0 - ridgeH); // similar triangles
        } else {
            double inv2R = cc / (2 * Wgs84.A_M);
            double a = inv2R;
            double b = (ridgeH - far * far * inv2R - h0) / far;
            double c = h0 - t;
            shadowEnd = (-b - Math.sqrt(b * b - 4 * a * c)) / (2 * a);
        }
        int wr = or - vs.window().row0();
        int firstVisibleAfter = -1;
        for (int c = ridgeFirst + 3; c < cols; c++) {
            int wc = c - vs.window().col0();
            if (wc < vs.geometry().cols() && vs.visible(wr, wc)) {
                firstVisibleAfter = c;
                break;
            }
        }
        assertThat(firstVisibleAfter).as("the shadow ends inside the DEM").isPositive();
        double measured = (firstVisibleAfter - oc) * cell;
        assertThat(measured - far).as("shadow length").isCloseTo(shadowEnd - far, within(cell));
        // every cell between the ridge and the shadow's end is hidden
        for (int c = ridgeFirst + 3; c < firstVisibleAfter; c++) {
            assertThat(vs.visible(wr, c - vs.window().col0())).isFalse();
        }
    }

    /**
     * A geographic (lat/lon) DEM at 45 N with 3" cells (66 m x 93 m): distances are metres, so the visible disc's
     * radius is the analytic horizon measured along the geodesic (GeographicLib), within one cell, and the range limit
     * cuts at the geodesic distance too.
     */
    @Test
    void geographicDemMeasuresInMetres() {
        double cellDeg = 3.0 / 3600;
        int cols = 801;
        int rows = 601;
        float[] z = new float[cols * rows];
        Arrays.fill(z, 250f);
        GridGeometry g = new GridGeometry(Crs.Geographic.WGS84, 11.6, 45.25, cellDeg, cellDeg, cols, rows);
        ElevationRaster dem = ElevationRaster.of(g, z, "flat 45N", true);
        GeodeticPoint obs = GeodeticPoint.ofDegrees(g.centreY(rows / 2), g.centreX(cols / 2));
        double h = 10;
        double t = 2;
        double horizon = Math.sqrt(2 * (4.0 / 3) * Wgs84.A_M * h) + Math.sqrt(2 * (4.0 / 3) * Wgs84.A_M * t);
        double range = 16_000; // inside the horizon: the range limit is the boundary
        for (double md : new double[] {range, 25_000}) {
            ViewshedResult vs = Viewshed.compute(dem, obs, ViewshedOptions.of(h, t, md));
            GridGeometry w = vs.geometry();
            double tol = Math.toRadians(cellDeg) * Wgs84.meridianRadiusM(obs.latRad()); // the longer side, 93 m
            double boundary = Math.min(md, horizon);
            int misplaced = 0;
            int checked = 0;
            for (int r = 0; r < w.rows(); r++) {
                for (int c = 0; c < w.cols(); c++) {
                    // GeographicLib near the boundary; far from it a rough local estimate is enough to classify
                    double rough = Math.hypot(
                            Math.toRadians(w.centreX(c) - obs.lonDeg()) * 6_389_000 * Math.cos(obs.latRad()),
                            Math.toRadians(w.centreY(r) - obs.latDeg()) * 6_367_000);
                    double d = Math.abs(rough - boundary) > 1000
                            ? rough
                            : Geodesy.distanceM(obs, GeodeticPoint.ofDegrees(w.centreY(r), w.centreX(c)));
                    if (Math.abs(d - boundary) > tol) {
                        checked++;
                        misplaced += vs.visible(r, c) != d < boundary ? 1 : 0;
                    }
                }
            }
            assertThat(checked).isGreaterThan(100_000);
            assertThat(misplaced).as("md %s", md).isZero();
        }
    }

    /** A void is reported not visible and hides nothing: the cells behind it are seen as if it were not there. */
    @Test
    void voidsAreNotVisibleAndDoNotShadow() {
        ElevationRaster flat = flat(201, 201, 30, 100);
        float[] z = flat.heights();
        // a 3-cell void wall 1.5 km east of the observer
        for (int r = 90; r < 111; r++) {
            for (int c = 150; c < 153; c++) {
                z[r * 201 + c] = Float.NaN;
            }
        }
        ElevationRaster withVoid = ElevationRaster.of(flat.geometry(), z, "void", true);
        GridGeometry g = flat.geometry();
        ViewshedOptions o = ViewshedOptions.of(10, 0, 3000);
        ViewshedResult a = Viewshed.compute(flat, g.centreX(100), g.centreY(100), o);
        ViewshedResult b = Viewshed.compute(withVoid, g.centreX(100), g.centreY(100), o);
        int window0 = b.window().col0();
        for (int r = 0; r < b.geometry().rows(); r++) {
            for (int c = 0; c < b.geometry().cols(); c++) {
                int demRow = r + b.window().row0();
                int demCol = c + window0;
                boolean isVoid = Float.isNaN(z[demRow * 201 + demCol]);
                assertThat(b.visible(r, c)).isEqualTo(!isVoid && a.visible(r, c));
            }
        }
        assertThat(a.visibleCells() - b.visibleCells()).isEqualTo(21 * 3);
    }

    @Test
    void observerOutsideTheDemOrOnAVoidIsRefused() {
        ElevationRaster flat = flat(11, 11, 30, 0);
        ViewshedOptions o = ViewshedOptions.of(2, 0, 1000);
        assertThatThrownBy(() -> Viewshed.compute(flat, 399_999.0, 4_999_900.0, o))
                .isInstanceOf(SteeldomeException.class)
                .extracting(e -> ((SteeldomeException) e).code())
                .isEqualTo(TerrainError.OUTSIDE);
        float[] z = flat.heights();
        z[5 * 11 + 5] = Float.NaN;
        ElevationRaster holed = ElevationRaster.of(flat.geometry(), z, "holed", true);
        GridGeometry g = flat.geometry();
        assertThatThrownBy(() -> Viewshed.compute(holed, g.centreX(5), g.centreY(5), o))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("void");
    }

    @Test
    void optionsConvertRefractionToGdalsCoefficient() {
        assertThat(ViewshedOptions.of(1, 0, 1).curvatureCoefficient()).isEqualTo(0.75);
        assertThat(ViewshedOptions.withRefraction(1, 0, 1, 7.0 / 6).curvatureCoefficient())
                .isCloseTo(0.857142857, within(1e-9));
        assertThat(ViewshedOptions.withRefraction(1, 0, 1, Double.POSITIVE_INFINITY)
                        .curvatureCoefficient())
                .isZero();
        assertThatThrownBy(() -> ViewshedOptions.of(-1, 0, 1)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> ViewshedOptions.of(1, 0, 0)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> ViewshedOptions.of(1, Double.NaN, 10)).isInstanceOf(SteeldomeException.class);
    }

    /** An infinite range is GDAL's "no limit": the window is the whole DEM and every cell of a flat plain is seen. */
    @Test
    void infiniteRangeCoversTheWholeDem() {
        ElevationRaster dem = flat(101, 51, 30, 10);
        GridGeometry g = dem.geometry();
        ViewshedResult vs = Viewshed.compute(
                dem,
                g.centreX(3),
                g.centreY(40),
                ViewshedOptions.withRefraction(30, 0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertThat(vs.geometry()).isEqualTo(g);
        assertThat(vs.visibleCells()).isEqualTo(101 * 51);
    }
}
