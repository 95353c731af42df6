package io.steeldome.interop.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.GeodeticPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlotGeolocatorTest {
    private static final GeodeticPoint SITE = GeodeticPoint.ofDegrees(38.5, 43.3, 1800);

    /**
     * Targets and their local east/north/up from the site, computed independently with GeographicLib's tool:
     * {@code printf "39.2 44.1 10668\n..." | CartConvert -l 38.5 43.3 1800 -p 9}. The slant range and azimuth a radar
     * would report come from the ENU offset; the geolocator, given only those and the height, must find the target.
     */
    @ParameterizedTest
    @CsvSource({
        "39.2, 44.1, 10668, 69218.783176587, 78138.062024914, 8014.311616306",
        "37.9, 42.5, 3000, -70392.042613072, -66324.431602100, 466.524305459",
        "38.51, 43.31, 1900, 872.466523564, 1110.439544077, 99.843514488",
        "36.5, 45.9, 12500, 233312.742006648, -219069.335923383, 2675.215844036"
    })
    void recoversTheTargetFromRangeAzimuthAndHeight(
            double latDeg, double lonDeg, double hM, double eastM, double northM, double upM) {
        double rangeM = Math.sqrt(eastM * eastM + northM * northM + upM * upM);
        double azimuthRad = Math.atan2(eastM, northM);

        GeodeticPoint p = PlotGeolocator.locate(SITE, rangeM, azimuthRad, hM).orElseThrow();

        assertThat(p.latDeg()).isCloseTo(latDeg, within(1e-8));
        assertThat(p.lonDeg()).isCloseTo(lonDeg, within(1e-8));
        assertThat(p.hM()).isCloseTo(hM, within(1e-3));
    }

    @ParameterizedTest
    @CsvSource({"1000, 3000", "500, 0", "10, 1900"})
    void aHeightOutOfReachOfTheSlantRangeHasNoPosition(double rangeM, double heightM) {
        // From 1800 m, 1000 m of slant range reaches at most 2800 m up and 800 m down.
        assertThat(PlotGeolocator.locate(SITE, rangeM, 0.3, heightM)).isEmpty();
    }
}
