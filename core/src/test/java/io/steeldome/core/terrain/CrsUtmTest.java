package io.steeldome.core.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.GeodeticPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Crs.Utm} against GeographicLib 2.1.2 {@code GeoConvert} (Krüger series to 6th order, ~5 nm accuracy). */
class CrsUtmTest {

    /**
     * {@code echo "LAT LON" | GeoConvert -u -p 3} (with {@code -z 38} / {@code -z 31} to force the zone on the last two
     * rows, outside the standard zone and in the Norway exception).
     */
    @ParameterizedTest
    @CsvSource({
        "39.5, 44.1, 38, true, 422618.273, 4372651.105",
        "37.0, 42.0, 38, true, 233037.880, 4099080.693",
        "41.0, 45.9, 38, true, 575691.818, 4539147.095",
        "35.2, 38.1, 37, true, 418072.701, 3895593.597",
        "0.5, 10.5, 32, true, 666925.326, 55284.108",
        "44.656, 14.42, 33, true, 454014.413, 4944901.110",
        "-33.9, 18.4, 34, false, 259583.222, 6245888.045",
        "-9.05, 45.0, 38, false, 500000.000, 8999619.955",
        "0.0, 9.0, 32, true, 500000.000, 0.000",
        "-0.0001, 12.0, 33, false, 166021.443, 9999988.932",
        "41.0, 48.5, 38, true, 794381.147, 4544659.880",
        "60.0, 3.0, 31, true, 500000.000, 6651411.190"
    })
    void forwardAndInverseMatchGeoConvert(
            double lat, double lon, int zone, boolean north, double eastingM, double northingM) {
        Crs.Utm utm = new Crs.Utm(zone, north);
        double[] en = utm.fromGeodetic(GeodeticPoint.ofDegrees(lat, lon, 0));
        // GeoConvert prints to the millimetre, so agreement is within 0.5 mm + our error; the brief asks < 1 cm.
        assertThat(en[0]).isCloseTo(eastingM, within(0.002));
        assertThat(en[1]).isCloseTo(northingM, within(0.002));
        GeodeticPoint back = utm.toGeodetic(eastingM, northingM, 12.5);
        // 1e-7 degrees is about 1 cm; the printed millimetres limit the round trip to ~1e-8.
        assertThat(back.latDeg()).isCloseTo(lat, within(1e-7));
        assertThat(back.lonDeg()).isCloseTo(lon, within(1e-7));
        assertThat(back.hM()).isEqualTo(12.5);
        assertThat(utm.epsg()).isEqualTo((north ? 32600 : 32700) + zone);
    }

    /** {@code GeoConvert -u} picks the standard zone: {@link Crs.Utm#containing} agrees outside Norway/Svalbard. */
    @ParameterizedTest
    @CsvSource({"39.5, 44.1, 38, true", "35.2, 38.1, 37, true", "-33.9, 18.4, 34, false", "0.5, 10.5, 32, true"})
    void containingPicksTheStandardZone(double lat, double lon, int zone, boolean north) {
        assertThat(Crs.Utm.containing(lat, lon)).isEqualTo(new Crs.Utm(zone, north));
    }
}
