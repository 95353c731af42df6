package io.steeldome.border.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.alert.AlertClass;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.alert.Releasability;
import io.steeldome.border.crossing.CrosserKind;
import io.steeldome.border.crossing.LeastCostPath;
import io.steeldome.border.crossing.TimedPath;
import io.steeldome.border.geometry.BorderLine;
import io.steeldome.border.geometry.Sectors;
import io.steeldome.border.siting.StationType;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.time.SimTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DetectionTest {
    static final Crs UTM38N = Crs.ofEpsg(32638);

    static ElevationRaster dem(GridGeometry g, IntBinaryOperator heightAt) {
        float[] h = new float[g.rows() * g.cols()];
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                h[r * g.cols() + c] = heightAt.applyAsInt(r, c);
            }
        }
        return ElevationRaster.of(g, h, "test", false);
    }

    static GeodeticPoint at(GridGeometry g, double row, double col) {
        return UTM38N.toGeodetic(
                g.originX() + (col + 0.5) * g.pixelWidth(), g.originY() - (row + 0.5) * g.pixelHeight(), 0);
    }

    /** 10 km square, 50 m cells; the radar in the south middle, a 400 m ridge (rows 165..169) only in {@link #ridge}. */
    static final GridGeometry G = new GridGeometry(UTM38N, 400_000, 4_310_000, 50, 50, 200, 200);

    static final Station RADAR = new Station("R1", StationType.RADAR_TOWER, at(G, 180, 100), 15, 40_000);

    static SectorLocator sectors() {
        BorderLine line = BorderLine.of("B", "test", List.of(at(G, 130, 0), at(G, 130, 199)));
        return new SectorLocator(line, Sectors.byCount(line, 2));
    }

    /** Crossing south to north at rows 150 -> 110, 1.5-3.5 km north of the radar, in daylight (departs 10:00). */
    static TimedPath crossing(ElevationRaster dem, CrosserKind kind) {
        return LeastCostPath.plan(dem, kind, at(G, 150, 80), at(G, 110, 120), SimTime.ofSeconds(10 * 3600));
    }

    @ParameterizedTest
    @EnumSource(CrosserKind.class)
    void aCrosserInFullViewOfARadarByDayIsAlertedWithItsKind(CrosserKind kind) {
        ElevationRaster flat = dem(G, (r, c) -> 800);
        TimedPath path = crossing(flat, kind);
        DetectionSimulator sim = new DetectionSimulator(flat, List.of(RADAR));
        List<StationDetection> dets = sim.simulate(Map.of("X1", path), 11);
        // as many detections as the per-look probabilities add up to (4 sigma of their Poisson-binomial spread)
        double mean = 0;
        double var = 0;
        for (SimTime t : sim.lookTimes(path)) {
            double p = sim.lookProbability(RADAR, kind, path.positionAt(t), t);
            mean += p;
            var += p * (1 - p);
        }
        assertThat(mean).isGreaterThan(0.7 * sim.lookTimes(path).size());
        assertThat((double) dets.size()).isCloseTo(mean, within(4 * Math.sqrt(var) + 1));
        assertThat(dets).allMatch(d -> d.truthId().equals("X1") && d.stationId().equals("R1"));

        AlertFuser fuser = new AlertFuser(at(G, 130, 100), List.of(RADAR), LookModel.LOOK_PERIOD_S, sectors());
        AlertFuser.Result res = fuser.fuse(dets);
        assertThat(res.first()).isNotEmpty();
        TrackAlert last = res.latest().getFirst();
        assertThat(last.classification()).isEqualTo(kind);
        assertThat(last.confidence()).isGreaterThan(0.6);
        assertThat(last.stationIds()).containsExactly("R1");
        // the crossing ends at column 120: the east sector of two
        assertThat(last.sectorId())
                .isEqualTo(Sectors.byCount(sectors().line(), 2).get(1).id());
        // the truth lies within 4 sigma of the estimate (semi-major axis; height ignored)
        GeodeticPoint truth = path.positionAt(last.time());
        double err = Geodesy.distanceM(truth, last.position().withHeight(0));
        assertThat(err).isLessThan(4 * last.uncertainty().semiMajorM() + 5);
        assertThat(last.uncertainty().semiMajorM()).isLessThan(60);
        // all alerts of a single crossing come from one track
        assertThat(res.latest()).hasSize(1);
        BorderAlert shared = last.toBorderAlert("BORDER-GUARD", new Releasability.OwnOnly());
        assertThat(shared.classification()).isEqualTo(AlertClass.valueOf(kind.name()));
        assertThat(shared.uncertainty()).isEqualTo(last.uncertainty());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aCrosserHiddenBehindARidgeIsNeverDetected(long seed) {
        // radar ground 800 m, mast 15 m; a 1,200 m ridge along rows 95..99 between it and the crossing
        ElevationRaster ridge = dem(G, (r, c) -> r >= 165 && r <= 169 ? 1200 : 800);
        TimedPath path = crossing(ridge, CrosserKind.PEDESTRIAN_GROUP);
        DetectionSimulator sim = new DetectionSimulator(ridge, List.of(RADAR));
        for (SimTime t : sim.lookTimes(path)) {
            GeodeticPoint p = path.positionAt(t);
            assertThat(sim.slantRangeM(RADAR, CrosserKind.PEDESTRIAN_GROUP, p)).isLessThan(RADAR.rangeM());
            assertThat(sim.inView(RADAR, CrosserKind.PEDESTRIAN_GROUP, p)).isFalse();
        }
        List<StationDetection> dets = sim.simulate(Map.of("X1", path), seed);
        assertThat(dets).isEmpty();
        assertThat(new AlertFuser(at(G, 130, 100), List.of(RADAR), 6, sectors())
                        .fuse(dets)
                        .first())
                .isEmpty();
        // the same crossing on flat ground is seen: the ridge, not the range, hides it
        ElevationRaster flat = dem(G, (r, c) -> 800);
        assertThat(new DetectionSimulator(flat, List.of(RADAR))
                        .simulate(Map.of("X1", crossing(flat, CrosserKind.PEDESTRIAN_GROUP)), seed))
                .isNotEmpty();
    }

    @Test
    void sameSeedSameDetections() {
        ElevationRaster flat = dem(G, (r, c) -> 800);
        TimedPath path = crossing(flat, CrosserKind.VEHICLE);
        DetectionSimulator sim = new DetectionSimulator(flat, List.of(RADAR));
        assertThat(sim.simulate(Map.of("X1", path), 5)).isEqualTo(sim.simulate(Map.of("X1", path), 5));
    }

    /** 40 km square of 200 m cells at 800 m, a radar in the middle. */
    static final GridGeometry BIG = new GridGeometry(UTM38N, 380_000, 4_330_000, 200, 200, 200, 200);

    static final Station BIG_RADAR = new Station("R", StationType.RADAR_TOWER, at(BIG, 100, 100), 15, 40_000);

    /**
     * A walker standing still for K = 3 looks at a fixed range east of the radar: over 600 seeded runs the fraction
     * detected at least once matches 1 - (1 - p)^K for the per-look p of the sensors module's Swerling model (radar
     * preset, typical person RCS), within a 4-sigma binomial band, and the per-look rate matches p.
     */
    @ParameterizedTest
    @ValueSource(doubles = {4_000, 10_000, 14_000, 17_000, 19_000})
    void detectionProbabilityFallsWithRangeAsTheModelSays(double rangeM) {
        ElevationRaster flat = dem(BIG, (r, c) -> 800);
        GeodeticPoint p = Geodesy.direct(BIG_RADAR.position(), Math.PI / 2, rangeM);
        SimTime t0 = SimTime.ofSeconds(12 * 3600);
        TimedPath still = TimedPath.stationary(CrosserKind.PEDESTRIAN_GROUP, p, t0, t0.shiftedBy(12));
        DetectionSimulator sim = new DetectionSimulator(flat, List.of(BIG_RADAR));
        int looks = sim.lookTimes(still).size();
        assertThat(looks).isEqualTo(3);
        double pLook = sim.lookProbability(BIG_RADAR, CrosserKind.PEDESTRIAN_GROUP, p, t0);
        assertThat(pLook).isBetween(0.05, 0.9999);
        int trials = 600;
        int anyHit = 0;
        int hits = 0;
        for (int s = 0; s < trials; s++) {
            Map<String, TimedPath> one = new LinkedHashMap<>();
            one.put("X", still);
            int n = sim.simulate(one, 1000 + s).size();
            hits += n;
            anyHit += n > 0 ? 1 : 0;
        }
        double pAny = 1 - Math.pow(1 - pLook, looks);
        double band = 4 * Math.sqrt(pAny * (1 - pAny) / trials) + 1e-3;
        assertThat(anyHit / (double) trials).isCloseTo(pAny, within(band));
        double bandLook = 4 * Math.sqrt(pLook * (1 - pLook) / (trials * looks)) + 1e-3;
        assertThat(hits / (double) (trials * looks)).isCloseTo(pLook, within(bandLook));
    }

    /** The preset's documented class figures: a person at Pd 0.9 near 11 km and 0.5 near 18 km. */
    @Test
    void radarLookModelMatchesThePresetsDocumentedRanges() {
        assertThat(LookModel.probability(StationType.RADAR_TOWER, CrosserKind.PEDESTRIAN_GROUP, 11_000, true))
                .isCloseTo(0.9, within(0.03));
        assertThat(LookModel.probability(StationType.RADAR_TOWER, CrosserKind.PEDESTRIAN_GROUP, 18_000, false))
                .isCloseTo(0.5, within(0.05));
        double prev = 1;
        for (double r = 1_000; r <= 40_000; r += 1_000) {
            double pd = LookModel.probability(StationType.RADAR_TOWER, CrosserKind.PEDESTRIAN_GROUP, r, true);
            assertThat(pd).isLessThanOrEqualTo(prev);
            prev = pd;
        }
        // EO/IR: the thermal channel at night sees a person at 10 km with Pd 0.5 (N50 = 1), the day camera less
        assertThat(LookModel.probability(StationType.EOIR_TOWER, CrosserKind.PEDESTRIAN_GROUP, 5_000, false))
                .isGreaterThan(0.5);
        assertThat(LookModel.probability(StationType.UGS_FIELD, CrosserKind.SMALL_DRONE, 10, true))
                .isZero();
    }

    /**
     * Radar detection errors follow the preset's sigmas: 10 m in range and R x 0.3 deg across (52.4 m at 10 km). A
     * walker stands 10 km due east for 2,000 looks; the sample variances east (range) and north (cross-range) match
     * within 4 standard errors of a variance (sigma^2 sqrt(2/n)).
     */
    @Test
    void radarErrorsAreTenMetresInRangeAndAzimuthSigmaAcross() {
        ElevationRaster flat = dem(BIG, (r, c) -> 800);
        GeodeticPoint p = Geodesy.direct(BIG_RADAR.position(), Math.PI / 2, 10_000);
        SimTime t0 = SimTime.ofSeconds(12 * 3600);
        TimedPath still = TimedPath.stationary(CrosserKind.VEHICLE, p, t0, t0.shiftedBy(6 * 1999));
        List<StationDetection> dets = new DetectionSimulator(flat, List.of(BIG_RADAR)).simulate(Map.of("X", still), 3);
        io.steeldome.core.geo.LocalFrame f = io.steeldome.core.geo.LocalFrame.at(p);
        double se = 0;
        double sn = 0;
        for (StationDetection d : dets) {
            io.steeldome.core.geo.EnuVector v = f.toEnu(d.position().withHeight(p.hM()));
            se += v.eastM() * v.eastM();
            sn += v.northM() * v.northM();
        }
        int n = dets.size();
        assertThat(n).isGreaterThan(1900);
        double cross = 10_000 * Math.toRadians(0.3);
        assertThat(se / n).isCloseTo(100, within(4 * 100 * Math.sqrt(2.0 / n)));
        assertThat(sn / n).isCloseTo(cross * cross, within(4 * cross * cross * Math.sqrt(2.0 / n)));
        StationDetection d0 = dets.getFirst();
        assertThat(d0.uncertainty().semiMajorM()).isCloseTo(cross, within(0.5));
        assertThat(d0.uncertainty().orientationRad()).isCloseTo(0, within(0.01));
    }
}
