package io.steeldome.border.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.geometry.BorderLine;
import io.steeldome.border.geometry.BufferZone;
import io.steeldome.border.geometry.ProtectedSide;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coverage from viewsheds on rasters whose answer is known in closed form. */
class CoverageModelTest {
    static final Crs UTM38N = Crs.ofEpsg(32638);

    /** A flat raster at 1000 m on UTM 38N, cells of {@code cellM}, origin (400 km E, 4300 km N). */
    static ElevationRaster flat(double cellM, int n) {
        float[] h = new float[n * n];
        Arrays.fill(h, 1000f);
        return ElevationRaster.of(new GridGeometry(UTM38N, 400_000, 4_300_000, cellM, cellM, n, n), h, "flat", false);
    }

    static GeodeticPoint utm(double x, double y) {
        return UTM38N.toGeodetic(x, y, 0);
    }

    static double coveredLengthM(CoverageModel m, int option) {
        double s = 0;
        for (int i : m.covers(option)) {
            s += m.demand().get(i).lengthM();
        }
        return s;
    }

    /**
     * On a smooth earth a mast of h = 100 m sees a target t = 2 m above the ground out to the radio horizon D =
     * sqrt(2 a / cc) (sqrt h + sqrt t), cc = 0.75 (k = 4/3): 47,073 m. A straight border passing d = 10 km from the
     * mast is then covered over 2 sqrt(D^2 - d^2) = 91,998 m.
     */
    @Test
    void flatEarthCoverageEndsAtTheRadioHorizon() {
        ElevationRaster dem = flat(200, 600);
        BorderLine line = BorderLine.of("l", "l", List.of(utm(400_500, 4_230_000), utm(519_500, 4_230_000)));
        List<DemandPoint> demand = BorderDemand.sample(line, 100, CrossingLikelihood.uniform());
        CandidateSite site = new CandidateSite("S", utm(460_000, 4_240_000), CandidateSite.Origin.RIDGE_TOP, 0);
        StationSpec radar = new StationSpec(StationType.RADAR_TOWER, 60_000, 100, 1, true);
        CoverageModel m = CoverageModel.compute(dem, demand, List.of(site), List.of(radar), 2, 4.0 / 3.0);
        double horizon = Math.sqrt(2 * Wgs84.A_M / 0.75) * (Math.sqrt(100) + Math.sqrt(2));
        double expected = 2 * Math.sqrt(horizon * horizon - 10_000.0 * 10_000.0);
        assertThat(horizon).isCloseTo(47_073, within(1.0));
        // Within two cells at each end: near the horizon the sight line grazes the ground.
        assertThat(coveredLengthM(m, 0)).isCloseTo(expected, within(4 * 200.0));
    }

    /**
     * Inside the horizon the range decides: a 10 km EO/IR tower 3 km from the line covers 2 sqrt(10^2 - 3^2) =
     * 19.08 km of it, and a range-only UGS field of 500 m at 300 m covers 2 sqrt(500^2 - 300^2) = 800 m.
     */
    @Test
    void withinTheHorizonTheRangeDecides() {
        ElevationRaster dem = flat(100, 400);
        BorderLine line = BorderLine.of("l", "l", List.of(utm(400_500, 4_280_000), utm(439_500, 4_280_000)));
        List<DemandPoint> demand = BorderDemand.sample(line, 50, CrossingLikelihood.uniform());
        CandidateSite far = new CandidateSite("F", utm(420_000, 4_283_000), CandidateSite.Origin.RIDGE_TOP, 0);
        CandidateSite near = new CandidateSite("N", utm(420_000, 4_280_300), CandidateSite.Origin.RIDGE_TOP, 0);
        StationSpec eoir = new StationSpec(StationType.EOIR_TOWER, 10_000, 20, 1, true);
        StationSpec ugs = new StationSpec(StationType.UGS_FIELD, 500, 0, 1, false);
        CoverageModel m = CoverageModel.compute(dem, demand, List.of(far, near), List.of(eoir, ugs), 2, 4.0 / 3.0);
        assertThat(m.options()).hasSize(4);
        assertThat(coveredLengthM(m, 0)).isCloseTo(2 * Math.sqrt(10_000.0 * 10_000 - 3_000.0 * 3_000), within(250.0));
        assertThat(coveredLengthM(m, 3)).isCloseTo(800, within(100.0));
    }

    /**
     * Three Gaussian hills (sigma 800 m; 300, 200 and 150 m high) on a plain: the ridge-top finder returns their top
     * cells, highest topographic position first (TPI at 1 km = h (1 - exp(-1000^2 / (2 * 800^2))) = 0.542 h).
     */
    @Test
    void ridgeTopsAreTheHillTops() {
        int n = 300;
        double cell = 100;
        GridGeometry g = new GridGeometry(UTM38N, 400_000, 4_300_000, cell, cell, n, n);
        int[][] hills = {{150, 200, 200}, {50, 60, 300}, {240, 100, 150}}; // row, col, height
        float[] h = new float[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double z = 1000;
                for (int[] hill : hills) {
                    double d2 = ((r - hill[0]) * (r - hill[0]) + (c - hill[1]) * (c - hill[1])) * cell * cell;
                    z += hill[2] * Math.exp(-d2 / (2 * 800 * 800));
                }
                h[r * n + c] = (float) z;
            }
        }
        ElevationRaster dem = ElevationRaster.of(g, h, "hills", false);
        // A border along row 290 running east: the protected (left) side is north, 28 km deep.
        double y = g.centreY(290);
        BorderLine line = BorderLine.of("l", "l", List.of(utm(g.centreX(2), y), utm(g.centreX(297), y)));
        BufferZone zone = BufferZone.of(line, 28_000, ProtectedSide.LEFT);
        List<CandidateSite> sites = CandidateFinder.ridgeTops(dem, zone, RidgeOptions.defaults());
        assertThat(sites).hasSize(3);
        int[][] expectedOrder = {hills[1], hills[0], hills[2]};
        for (int k = 0; k < 3; k++) {
            double[] xy = UTM38N.fromGeodetic(sites.get(k).position());
            assertThat(g.cellRow(xy[1])).isEqualTo(expectedOrder[k][0]);
            assertThat(g.cellCol(xy[0])).isEqualTo(expectedOrder[k][1]);
            assertThat(sites.get(k).score())
                    .isCloseTo(expectedOrder[k][2] * (1 - Math.exp(-1_000_000.0 / (2 * 640_000))), within(3.0));
        }
        // On the other side of the border there are none.
        assertThat(CandidateFinder.ridgeTops(
                        dem, BufferZone.of(line, 28_000, ProtectedSide.RIGHT), RidgeOptions.defaults()))
                .isEmpty();
        // Roads: only the hill within 2 km of a road along row 50 stays.
        List<List<GeodeticPoint>> roads =
                List.of(List.of(utm(g.centreX(0), g.centreY(50)), utm(g.centreX(120), g.centreY(50))));
        assertThat(CandidateFinder.nearRoads(sites, roads, 2_000, zone.frame().origin()))
                .containsExactly(sites.get(0));
        assertThat(CandidateFinder.nearRoads(
                        sites, List.of(), 2_000, zone.frame().origin()))
                .isEqualTo(sites);
    }

    /** The default types carry the sensors module's ranges (README: person at ~18 km, 10 km, ~2.3 km). */
    @Test
    void defaultStationRangesComeFromTheSensorPresets() {
        assertThat(StationSpec.defaultFor(StationType.RADAR_TOWER).rangeM()).isBetween(16_000.0, 20_000.0);
        assertThat(StationSpec.defaultFor(StationType.RADAR_TOWER).mastHeightM())
                .isEqualTo(15);
        assertThat(StationSpec.defaultFor(StationType.EOIR_TOWER).rangeM()).isCloseTo(10_000, within(300.0));
        assertThat(StationSpec.defaultFor(StationType.OUTPOST).rangeM()).isCloseTo(2_300, within(200.0));
        assertThat(StationSpec.defaultFor(StationType.UGS_FIELD).lineOfSight()).isFalse();
    }

    /**
     * The valley weighting: 1 on a plain, exp(-tpi / scale) elsewhere. In a Gaussian pit 100 m deep (sigma 800 m) the
     * centre lies h (1 - exp(-r^2 / 2 sigma^2)) = 54.2 m below the ring at r = 1 km: weight exp(54.2 / 100) = 1.72.
     */
    @Test
    void valleysWeighMore() {
        int n = 200;
        GridGeometry g = new GridGeometry(UTM38N, 400_000, 4_300_000, 50, 50, n, n);
        float[] h = new float[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double d2 = ((r - 100) * (r - 100) + (c - 100) * (c - 100)) * 2500.0;
                h[r * n + c] = (float) (1000 - 100 * Math.exp(-d2 / (2 * 800 * 800)));
            }
        }
        ElevationRaster dem = ElevationRaster.of(g, h, "pit", false);
        CrossingLikelihood v = CrossingLikelihood.valleys(dem, 1_000, 100);
        assertThat(v.at(utm(g.centreX(100), g.centreY(100)), 0)).isCloseTo(Math.exp(0.542), within(0.02));
        assertThat(v.at(utm(g.centreX(10), g.centreY(10)), 0)).isCloseTo(1, within(1e-3));
    }

    /** Line sites: every spacing from half a spacing in, inset on the protected side, only for the given types. */
    @Test
    void lineSitesStandJustInsideTheProtectedSide() {
        BorderLine north =
                BorderLine.of("n", "n", List.of(GeodeticPoint.ofDegrees(38, 44), GeodeticPoint.ofDegrees(38.09, 44)));
        List<CandidateSite> sites = CandidateFinder.alongLine(
                north, 1_000, 100, ProtectedSide.LEFT, java.util.Set.of(StationType.UGS_FIELD));
        assertThat(sites).hasSize((int) Math.floor(north.lengthM() / 1_000));
        for (CandidateSite s : sites) {
            assertThat(s.position().lonDeg()).isLessThan(44); // left of northwards is west
            assertThat(io.steeldome.core.geo.Geodesy.distanceM(
                            s.position(), GeodeticPoint.ofDegrees(s.position().latDeg(), 44)))
                    .isCloseTo(100, within(0.5));
            assertThat(s.allows(StationType.UGS_FIELD)).isTrue();
            assertThat(s.allows(StationType.RADAR_TOWER)).isFalse();
        }
        // Coverage options exist only for the allowed type.
        ElevationRaster dem = flat(100, 400);
        BorderLine east = BorderLine.of("l", "l", List.of(utm(400_500, 4_280_000), utm(439_500, 4_280_000)));
        List<CandidateSite> onLine = CandidateFinder.alongLine(
                east, 5_000, 100, ProtectedSide.LEFT, java.util.Set.of(StationType.UGS_FIELD));
        CoverageModel m = CoverageModel.compute(
                dem,
                BorderDemand.sample(east, 50, CrossingLikelihood.uniform()),
                onLine,
                List.of(StationSpec.defaultFor(StationType.EOIR_TOWER), StationSpec.defaultFor(StationType.UGS_FIELD)),
                2,
                4.0 / 3.0);
        assertThat(m.options()).hasSize(onLine.size()).allMatch(o -> o.spec().type() == StationType.UGS_FIELD);
        // A 500 m field 100 m off the line covers 2 sqrt(500^2 - 100^2) = 980 m of it.
        assertThat(coveredLengthM(m, 0)).isCloseTo(980, within(100.0));
    }
}
