package io.steeldome.border.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.io.BorderGeoJson;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BufferZoneTest {
    /**
     * A straight meridian line of length L (geodesic) buffered D to one side: the analytic strip area is L x D (the
     * ellipsoid's curvature changes it by about D^2 / (6 R^2), 1e-7 here).
     */
    @ParameterizedTest
    @CsvSource({"38, 38.5, 5000", "37, 38, 10000", "39, 39.2, 2000"})
    void straightLineBufferIsTheAnalyticRectangle(double lat0, double lat1, double depthM) {
        BorderLine l =
                BorderLine.of("m", "m", List.of(GeodeticPoint.ofDegrees(lat0, 44), GeodeticPoint.ofDegrees(lat1, 44)));
        double expected = l.lengthM() * depthM;
        for (ProtectedSide side : List.of(ProtectedSide.LEFT, ProtectedSide.RIGHT)) {
            BufferZone z = BufferZone.of(l, depthM, side);
            assertThat(z.areaM2()).isCloseTo(expected, within(expected * 2e-4));
        }
        // Going north, left is west.
        GeodeticPoint mid = l.pointAt(l.lengthM() / 2);
        GeodeticPoint west = Geodesy.direct(mid, -Math.PI / 2, depthM / 2);
        GeodeticPoint east = Geodesy.direct(mid, Math.PI / 2, depthM / 2);
        assertThat(BufferZone.of(l, depthM, ProtectedSide.LEFT).contains(west)).isTrue();
        assertThat(BufferZone.of(l, depthM, ProtectedSide.LEFT).contains(east)).isFalse();
        assertThat(BufferZone.of(l, depthM, ProtectedSide.RIGHT).contains(east)).isTrue();
    }

    /**
     * A right-angle bend (north 20 km, then east 20 km, built in one plane frame): outside the bend the buffer is
     * 2 L D + pi D^2 / 4 (a quarter disc at the corner; JTS draws it with 16 chords per quadrant, area (D^2 / 2) 16
     * sin(pi / 32)), inside it is 2 L D - D^2.
     */
    @Test
    void bendAddsAQuarterDiscOutsideAndLosesASquareInside() {
        PlaneFrame f = PlaneFrame.at(GeodeticPoint.ofDegrees(38.5, 44));
        double lM = 20_000;
        double d = 3_000;
        BorderLine l = BorderLine.of(
                "bend",
                "bend",
                List.of(
                        f.toGeodetic(new org.locationtech.jts.geom.Coordinate(0, -lM)),
                        f.toGeodetic(new org.locationtech.jts.geom.Coordinate(0, 0)),
                        f.toGeodetic(new org.locationtech.jts.geom.Coordinate(lM, 0))));
        double legs = l.lengthM() * d; // the two legs, each measured geodesically
        double outside = legs + d * d / 2 * 16 * Math.sin(Math.PI / 32);
        double inside = legs - d * d;
        // Turning right (north then east): the outside of the bend is the left.
        assertThat(BufferZone.of(l, d, ProtectedSide.LEFT).areaM2()).isCloseTo(outside, within(outside * 5e-4));
        assertThat(BufferZone.of(l, d, ProtectedSide.RIGHT).areaM2()).isCloseTo(inside, within(inside * 5e-4));
    }

    /** Doğubayazıt (39.547 N, 44.084 E) is in Turkey, Maku (39.295 N, 44.517 E) in Iran. */
    @Test
    void turkeyIsOnTheLeftOfTheBundledLines() {
        BorderLine ti = BorderGeoJson.turkeyIran();
        GeodeticPoint dogubayazit = GeodeticPoint.ofDegrees(39.547, 44.084);
        GeodeticPoint maku = GeodeticPoint.ofDegrees(39.295, 44.517);
        assertThat(ProtectedSide.towards(dogubayazit).signFor(ti)).isEqualTo(1);
        assertThat(ProtectedSide.towards(maku).signFor(ti)).isEqualTo(-1);
        BufferZone tr = BufferZone.of(ti, 40_000, ProtectedSide.LEFT);
        assertThat(tr.contains(dogubayazit)).isTrue();
        assertThat(tr.contains(maku)).isFalse();
        // Van (38.494 N, 43.380 E) is about 80 km from the border: outside a 40 km zone.
        assertThat(tr.contains(GeodeticPoint.ofDegrees(38.494, 43.380))).isFalse();
        // Hakkari (37.574 N, 43.741 E) lies on the Turkish side of the Iraq-Turkey line.
        assertThat(ProtectedSide.towards(GeodeticPoint.ofDegrees(37.574, 43.741))
                        .signFor(BorderGeoJson.iraqTurkey()))
                .isEqualTo(1);
        // Of the order of length x depth: bends add area on their outside and lose it inside (17,657 km^2 against
        // L x D = 17,621 km^2).
        assertThat(tr.areaM2()).isBetween(0.8 * ti.lengthM() * 40_000, 1.2 * ti.lengthM() * 40_000);
    }

    /** Sectors of a straight line: each sector's buffer is its own rectangle, and they add up to the whole. */
    @Test
    void sectorBuffersAreTheirRectangles() {
        BorderLine l =
                BorderLine.of("m", "m", List.of(GeodeticPoint.ofDegrees(38, 44), GeodeticPoint.ofDegrees(38.6, 44)));
        double sum = 0;
        for (Sector s : Sectors.byCount(l, 3)) {
            double a = s.bufferZone(4_000, ProtectedSide.towards(GeodeticPoint.ofDegrees(38.3, 43.9)), l)
                    .areaM2();
            assertThat(a).isCloseTo(s.lengthM() * 4_000, within(s.lengthM() * 4_000 * 2e-4));
            sum += a;
        }
        assertThat(sum).isCloseTo(l.lengthM() * 4_000, within(l.lengthM() * 4_000 * 2e-4));
    }
}
