package io.steeldome.border.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.border.crossing.CrosserKind;
import io.steeldome.border.crossing.TimedPath;
import io.steeldome.border.siting.StationType;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.time.SimTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FalseAlarmDetectionTest {
    private static final ElevationRaster FLAT = DetectionTest.dem(DetectionTest.G, (r, c) -> 800);
    private static final SimTime FROM = SimTime.ofSeconds(0);
    /** 10 h of looks every 6 s: 6001 looks (both ends included). */
    private static final SimTime TO = SimTime.ofSeconds(10 * 3600);

    private static final long LOOKS = 6001;

    private static Station station(StationType type) {
        return new Station("S-" + type, type, DetectionTest.RADAR.position(), 15, 3_000);
    }

    private static DetectionSimulator sim(Station s, double perHour) {
        return new DetectionSimulator(
                FLAT, List.of(s), LookModel.LOOK_PERIOD_S, new FalseAlarmModel(Map.of(s.type(), perHour)));
    }

    @ParameterizedTest
    @EnumSource(StationType.class)
    void falsePlotCountIsRateTimesLooksWithinFourSigma(StationType type) {
        double perHour = 120; // 0.2 per 6 s look
        List<StationDetection> d = sim(station(type), perHour).simulate(Map.of(), 41, FROM, TO);
        double mean = perHour * LookModel.LOOK_PERIOD_S / 3600 * LOOKS; // 1200.2
        // Poisson: variance = mean, so the 4-sigma band is +-4 sqrt(mean) (about +-139).
        assertThat((double) d.size()).isBetween(mean - 4 * Math.sqrt(mean), mean + 4 * Math.sqrt(mean));
        assertThat(d).allMatch(x -> x.truthId().equals(StationDetection.NO_TRUTH));
        assertThat(d).allMatch(x -> x.stationType() == type);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void falsePlotsLieWithinRangeAndUniformOverTheDisc(long seed) {
        Station s = station(StationType.RADAR_TOWER);
        List<StationDetection> d = sim(s, 600).simulate(Map.of(), seed, FROM, TO);
        assertThat(d).hasSizeGreaterThan(5000);
        long inner = 0;
        for (StationDetection x : d) {
            double r =
                    Geodesy.distanceM(s.position().withHeight(0), x.position().withHeight(0));
            assertThat(r).isLessThanOrEqualTo(s.rangeM() + 1); // tangent-plane draw vs geodesic: well under 1 m
            inner += r <= s.rangeM() / 2 ? 1 : 0;
            assertThat(x.uncertainty().semiMajorM()).isPositive();
        }
        // Uniform over the disc: P(r <= R/2) = 1/4; binomial 4-sigma band.
        double n = d.size();
        double sigma = Math.sqrt(n * 0.25 * 0.75);
        assertThat((double) inner).isBetween(n / 4 - 4 * sigma, n / 4 + 4 * sigma);
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6})
    void crossersDetectionsDoNotDependOnTheFalseAlarmRate(long seed) {
        TimedPath path = DetectionTest.crossing(FLAT, CrosserKind.PEDESTRIAN_GROUP);
        Map<String, TimedPath> paths = Map.of("X1", path);
        List<StationDetection> before =
                new DetectionSimulator(FLAT, List.of(DetectionTest.RADAR)).simulate(paths, seed);
        assertThat(before).isNotEmpty();
        DetectionSimulator zero = new DetectionSimulator(
                FLAT,
                List.of(DetectionTest.RADAR),
                LookModel.LOOK_PERIOD_S,
                new FalseAlarmModel(Map.of(StationType.RADAR_TOWER, 0.0)));
        assertThat(zero.simulate(paths, seed, path.start(), path.end())).isEqualTo(before);
        DetectionSimulator noisy = new DetectionSimulator(
                FLAT,
                List.of(DetectionTest.RADAR),
                LookModel.LOOK_PERIOD_S,
                new FalseAlarmModel(Map.of(StationType.RADAR_TOWER, 3600.0)));
        List<StationDetection> with = noisy.simulate(paths, seed, path.start(), path.end());
        assertThat(with).hasSizeGreaterThan(before.size());
        assertThat(with.stream()
                        .filter(x -> !x.truthId().equals(StationDetection.NO_TRUTH))
                        .toList())
                .isEqualTo(before);
        for (int i = 1; i < with.size(); i++) {
            assertThat(with.get(i).time().isBefore(with.get(i - 1).time())).isFalse();
        }
    }

    @Test
    void ratesAreValidated() {
        assertThat(FalseAlarmModel.none().perHour(StationType.OUTPOST)).isZero();
        assertThat(FalseAlarmModel.none().any()).isFalse();
        assertThatThrownBy(() -> new FalseAlarmModel(Map.of(StationType.OUTPOST, -1.0)))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> new FalseAlarmModel(Map.of(StationType.OUTPOST, Double.NaN)))
                .isInstanceOf(SteeldomeException.class);
    }
}
