package io.steeldome.border.crossing;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.border.geometry.BorderLine;
import io.steeldome.border.geometry.PlaneFrame;
import io.steeldome.border.geometry.ProtectedSide;
import io.steeldome.border.geometry.Sector;
import io.steeldome.border.geometry.Sectors;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;

class CrossingGeneratorTest {
    /** A 40 km west-east line; the protected side is the north (the left of travel). */
    static final BorderLine LINE =
            BorderLine.of("L", "test", List.of(GeodeticPoint.ofDegrees(38, 44), GeodeticPoint.ofDegrees(38, 44.457)));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void sameSeedSameCrossingsStartsSouthGoalsNorthMostlyAtNight(long seed) {
        CrossingGenerator gen = CrossingGenerator.along(LINE, ProtectedSide.LEFT);
        List<PlannedCrossing> a = gen.generate(200, 10, seed);
        assertThat(gen.generate(200, 10, seed)).isEqualTo(a);
        assertThat(a).hasSize(2000);
        PlaneFrame f = PlaneFrame.centredOn(LINE);
        int night = 0;
        for (PlannedCrossing c : a) {
            Coordinate s = f.toPlane(c.start());
            Coordinate g = f.toPlane(c.goal());
            Coordinate on = f.toPlane(LINE.pointAt(c.alongM()));
            assertThat(s.y - on.y).isCloseTo(-2000, org.assertj.core.api.Assertions.within(30.0));
            assertThat(g.y - on.y).isCloseTo(3000, org.assertj.core.api.Assertions.within(30.0));
            night += DayClock.isDay(c.departure()) ? 0 : 1;
        }
        // nightWeight 3: P(night) = 3*12 / (3*12 + 12) = 0.75; 4-sigma binomial band
        double p = 0.75;
        assertThat(gen.nightFraction()).isEqualTo(p);
        double sigma = Math.sqrt(p * (1 - p) / a.size());
        assertThat(night / (double) a.size()).isCloseTo(p, org.assertj.core.api.Assertions.within(4 * sigma));
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8})
    void sectorWeightsSteerTheCrossings(long seed) {
        List<Sector> sectors = Sectors.byCount(LINE, 4);
        CrossingGenerator gen =
                CrossingGenerator.bySector(LINE, ProtectedSide.LEFT, sectors, new double[] {0, 1, 3, 0});
        List<PlannedCrossing> a = gen.generate(400, 1, seed);
        long second =
                a.stream().filter(c -> c.sectorId().equals(sectors.get(1).id())).count();
        long third =
                a.stream().filter(c -> c.sectorId().equals(sectors.get(2).id())).count();
        assertThat(second + third).isEqualTo(400);
        for (PlannedCrossing c : a) {
            Sector s = c.sectorId().equals(sectors.get(1).id()) ? sectors.get(1) : sectors.get(2);
            assertThat(c.alongM()).isBetween(s.fromM(), s.toM());
        }
        double sigma = Math.sqrt(0.25 * 0.75 / 400);
        assertThat(second / 400.0).isCloseTo(0.25, org.assertj.core.api.Assertions.within(4 * sigma));
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void withoutANightPreferenceHalfLeaveAtNightAndTheMixIsKept(long seed) {
        CrossingGenerator base = CrossingGenerator.along(LINE, ProtectedSide.LEFT);
        CrossingGenerator even = base.withNightWeight(1).withMix(java.util.Map.of(CrosserKind.VEHICLE, 1.0));
        assertThat(base.nightFraction()).isEqualTo(0.75);
        assertThat(even.nightFraction()).isEqualTo(0.5);
        List<PlannedCrossing> a = even.generate(100, 20, seed);
        assertThat(a).allMatch(c -> c.kind() == CrosserKind.VEHICLE);
        long night = a.stream().filter(c -> !DayClock.isDay(c.departure())).count();
        double sigma = Math.sqrt(0.25 / a.size());
        assertThat(night / (double) a.size()).isCloseTo(0.5, org.assertj.core.api.Assertions.within(4 * sigma));
        // departures fall on their day
        for (PlannedCrossing c : a) {
            int day = Integer.parseInt(c.id().substring(1, c.id().indexOf('-')));
            assertThat(c.departure().seconds()).isBetween(day * 86_400.0, (day + 1) * 86_400.0);
        }
    }
}
