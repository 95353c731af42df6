package io.steeldome.border.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.BorderError;
import io.steeldome.border.io.BorderGeoJson;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SectorsTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 10})
    void equalSectorsTileTheLineWithEqualGeodesicLengths(int n) {
        BorderLine ti = BorderGeoJson.turkeyIran();
        List<Sector> s = Sectors.byCount(ti, n);
        assertThat(s).hasSize(n);
        double sum = 0;
        for (Sector x : s) {
            assertThat(x.lengthM()).isCloseTo(ti.lengthM() / n, within(1e-3));
            sum += x.lengthM();
        }
        assertThat(sum).isCloseTo(ti.lengthM(), within(1e-3));
        for (int k = 1; k < n; k++) {
            // Consecutive sectors share their cut point exactly.
            List<GeodeticPoint> prev = s.get(k - 1).line().vertices();
            assertThat(Geodesy.distanceM(
                            prev.get(prev.size() - 1),
                            s.get(k).line().vertices().get(0)))
                    .isLessThan(1e-6);
        }
    }

    @Test
    void maxLengthGivesTheFewestSectorsNotLongerThanIt() {
        List<Sector> s = Sectors.byMaxLength(BorderGeoJson.iraqTurkey(), 50_000);
        assertThat(s).hasSize(6); // 291.0 km / 50 km = 5.8
    }

    @Test
    void agencyRangesBecomeSectorsAndOverlapsAreRefused() {
        BorderLine it = BorderGeoJson.iraqTurkey();
        List<Sector> s = Sectors.byRanges(
                it, List.of(new AgencyRange("B", 100_000, it.lengthM()), new AgencyRange("A", 0, 100_000)));
        assertThat(s).extracting(Sector::agencyId).containsExactly("A", "B");
        assertThat(s.get(0).lengthM()).isCloseTo(100_000, within(1e-3));
        assertThatThrownBy(() -> Sectors.byRanges(
                        it, List.of(new AgencyRange("A", 0, 100_000), new AgencyRange("B", 90_000, 200_000))))
                .isInstanceOf(SteeldomeException.class)
                .extracting(e -> ((SteeldomeException) e).code())
                .isEqualTo(BorderError.OVERLAPPING_SECTORS);
    }

    /**
     * A straight meridian line from 38 N to 39 N at 44 E split by two boxes at latitude 38.4: the cut lies where the
     * meridian crosses 38.4 N, whose distance from 38 N is the meridian arc (GeodSolve -i 38 44 38.4 44: 44,403.7 m,
     * recomputed here through Geodesy, which wraps the same GeographicLib).
     */
    @Test
    void agencyAreasCutTheLineWhereItLeavesThem() {
        BorderLine l =
                BorderLine.of("m", "m", List.of(GeodeticPoint.ofDegrees(38, 44), GeodeticPoint.ofDegrees(39, 44)));
        AgencyArea south = new AgencyArea(
                "south",
                List.of(
                        GeodeticPoint.ofDegrees(37.9, 43.9),
                        GeodeticPoint.ofDegrees(37.9, 44.1),
                        GeodeticPoint.ofDegrees(38.4, 44.1),
                        GeodeticPoint.ofDegrees(38.4, 43.9)));
        AgencyArea north = new AgencyArea(
                "north",
                List.of(
                        GeodeticPoint.ofDegrees(38.4, 43.9),
                        GeodeticPoint.ofDegrees(38.4, 44.1),
                        GeodeticPoint.ofDegrees(39.1, 44.1),
                        GeodeticPoint.ofDegrees(39.1, 43.9)));
        List<Sector> s = Sectors.byAreas(l, List.of(north, south));
        assertThat(s).extracting(Sector::agencyId).containsExactly("south", "north");
        double cut = Geodesy.distanceM(GeodeticPoint.ofDegrees(38, 44), GeodeticPoint.ofDegrees(38.4, 44));
        // The box edge is straight in the plane frame, not along the parallel: it sags south of 38.4 N by about
        // (8.7 km)^2 / (2 R) tan(lat) ... well under 100 m at these sizes.
        assertThat(s.get(0).toM()).isCloseTo(cut, within(100.0));
        assertThat(s.get(1).fromM()).isCloseTo(s.get(0).toM(), within(1e-6));
        assertThat(s.get(1).toM()).isCloseTo(l.lengthM(), within(1e-6));
    }
}
