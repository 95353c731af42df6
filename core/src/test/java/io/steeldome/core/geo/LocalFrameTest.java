package io.steeldome.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalFrameTest {
    private static final LocalFrame FRAME = LocalFrame.at(GeodeticPoint.ofDegrees(39.5, 44.0, 1500));

    /** Reference: GeographicLib 2.1 C++ {@code CartConvert -l 39.5 44.0 1500 -p 9}. */
    @ParameterizedTest
    @CsvSource({
        "33.3, 44.4, 6000, 37288.973196623, -687217.590189988, -32816.840632050",
        "39.55, 44.08, 1800, 6878.076318527, 5555.900352919, 293.871920280"
    })
    void matchesCartConvertLocal(double latDeg, double lonDeg, double hM, double e, double n, double u) {
        EnuVector enu = FRAME.toEnu(GeodeticPoint.ofDegrees(latDeg, lonDeg, hM));
        assertThat(enu.eastM()).isCloseTo(e, within(1e-6));
        assertThat(enu.northM()).isCloseTo(n, within(1e-6));
        assertThat(enu.upM()).isCloseTo(u, within(1e-6));
        GeodeticPoint back = FRAME.toGeodetic(new EnuVector(e, n, u));
        assertThat(back.latDeg()).isCloseTo(latDeg, within(1e-10));
        assertThat(back.lonDeg()).isCloseTo(lonDeg, within(1e-10));
        assertThat(back.hM()).isCloseTo(hM, within(1e-6));
    }

    @Test
    void nedIsEnuWithAxesSwappedAndUpNegated() {
        GeodeticPoint p = GeodeticPoint.ofDegrees(39.55, 44.08, 1800);
        NedVector ned = FRAME.toNed(p);
        assertThat(ned.northM()).isCloseTo(5555.900352919, within(1e-6));
        assertThat(ned.eastM()).isCloseTo(6878.076318527, within(1e-6));
        assertThat(ned.downM()).isCloseTo(-293.871920280, within(1e-6));
        assertThat(FRAME.toGeodetic(ned).hM()).isCloseTo(1800, within(1e-6));
    }

    @Test
    void rotationIsOrthonormalAndRoundTripsBelowAMillimetre() {
        double[][] r = FRAME.ecefToEnuRotation();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = r[i][0] * r[j][0] + r[i][1] * r[j][1] + r[i][2] * r[j][2];
                assertThat(dot).isCloseTo(i == j ? 1 : 0, within(1e-15));
            }
        }
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            EnuVector v = new EnuVector(
                    rnd.nextDouble(-500e3, 500e3), rnd.nextDouble(-500e3, 500e3), rnd.nextDouble(-20e3, 200e3));
            assertThat(FRAME.toEnu(FRAME.toGeodetic(v)).minus(v).norm()).isLessThan(1e-3);
        }
    }
}
