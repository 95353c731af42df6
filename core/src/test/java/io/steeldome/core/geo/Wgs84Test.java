package io.steeldome.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Wgs84Test {

    /** Reference: GeographicLib 2.1 C++ CartConvert -p 9 (Debian geographiclib-tools), run 2026-11-25. */
    @ParameterizedTest
    @CsvSource({
        "33.3, 44.4, 6000, 3816209.604493091, 3737108.550254264, 3485109.572568041",
        "39.55, 44.08, 1800, 3538730.299260975, 3426873.778340251, 4040731.631702682",
        "-33.85, 151.2, 50, -4646691.298203760, 2554540.158491180, -3532668.596292782",
        "89.9999, 10, 0, 10.999709704, 1.939545601, 6356752.314235432",
        "0, 0, 0, 6378137.000000000, 0.000000000, 0.000000000",
        "37.14, 44.77, -400, 3613811.623665135, 3584913.931977826, 3829548.661171568",
        "51.4778, -0.0015, 45, 3980609.237097504, -104.212106158, 4966859.728504293"
    })
    void matchesCartConvertBothWays(double latDeg, double lonDeg, double hM, double x, double y, double z) {
        EcefPoint ecef = Wgs84.toEcef(GeodeticPoint.ofDegrees(latDeg, lonDeg, hM));
        assertThat(ecef.xM()).isCloseTo(x, within(1e-6));
        assertThat(ecef.yM()).isCloseTo(y, within(1e-6));
        assertThat(ecef.zM()).isCloseTo(z, within(1e-6));

        GeodeticPoint back = Wgs84.toGeodetic(new EcefPoint(x, y, z));
        assertThat(back.latDeg()).isCloseTo(latDeg, within(1e-11));
        if (Math.abs(latDeg) < 89.99) {
            assertThat(back.lonDeg()).isCloseTo(lonDeg, within(1e-11));
        }
        assertThat(back.hM()).isCloseTo(hM, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void roundTripIsBelowAMillimetreEverywhere(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 20_000; i++) {
            GeodeticPoint p = GeodeticPoint.ofDegrees(
                    rnd.nextDouble(-90, 90), rnd.nextDouble(-180, 180), rnd.nextDouble(-12_000, 2_000_000));
            EcefPoint e = Wgs84.toEcef(p);
            EcefPoint again = Wgs84.toEcef(Wgs84.toGeodetic(e));
            assertThat(again.distanceM(e)).as("round trip of %s", p).isLessThan(1e-3);
        }
    }

    @org.junit.jupiter.api.Test
    void polesAndCentreNeighbourhood() {
        GeodeticPoint north = Wgs84.toGeodetic(new EcefPoint(0, 0, Wgs84.B_M + 100));
        assertThat(north.latDeg()).isEqualTo(90.0);
        assertThat(north.hM()).isCloseTo(100, within(1e-9));
        // 100 km from the centre: still a consistent round trip.
        EcefPoint deep = new EcefPoint(60_000, 40_000, 70_000);
        assertThat(Wgs84.toEcef(Wgs84.toGeodetic(deep)).distanceM(deep)).isLessThan(1e-3);
    }
}
