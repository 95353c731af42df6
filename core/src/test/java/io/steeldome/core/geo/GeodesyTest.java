package io.steeldome.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeodesyTest {

    /**
     * Reference: GeographicLib 2.1 C++ {@code GeodSolve -i -p 9}. The first line is Karney's published JFK-LHR example
     * (Karney 2013, J. Geodesy 87, 43-55: 5551.759400 km).
     */
    @ParameterizedTest
    @CsvSource({
        "40.6, -73.8, 51.6, -0.5, 51.19888284557983, 107.82177673551426, 5551759.400318678",
        "39.55, 44.08, 37.14, 44.77, 167.07841563732757, 167.50658647118510, 274230.565824008",
        "-30, 0, 29.9, 179.8, 161.89052473632697, 18.09073724573950, 19989832.827609532"
    })
    void inverseMatchesGeodSolve(
            double lat1, double lon1, double lat2, double lon2, double azi1, double azi2, double s12) {
        GeodesicSolution g = Geodesy.inverse(GeodeticPoint.ofDegrees(lat1, lon1), GeodeticPoint.ofDegrees(lat2, lon2));
        assertThat(g.distanceM()).isCloseTo(s12, within(1e-6));
        assertThat(Math.toDegrees(g.azimuth1Rad())).isCloseTo(azi1, within(1e-9));
        assertThat(Math.toDegrees(g.azimuth2Rad())).isCloseTo(azi2, within(1e-9));
    }

    /** Reference: {@code echo "39.55 44.08 135 300000" | GeodSolve -p 12}. */
    @Test
    void directMatchesGeodSolve() {
        GeodeticPoint p = Geodesy.direct(GeodeticPoint.ofDegrees(39.55, 44.08, 10), Math.toRadians(135), 300_000);
        assertThat(p.latDeg()).isCloseTo(37.613863681251054, within(1e-11));
        assertThat(p.lonDeg()).isCloseTo(46.482464796657247, within(1e-11));
        assertThat(p.hM()).isEqualTo(10);
    }

    @Test
    void pathLengthIsSumOfLegs() {
        GeodeticPoint a = GeodeticPoint.ofDegrees(0, 0);
        GeodeticPoint b = GeodeticPoint.ofDegrees(0, 1);
        GeodeticPoint c = GeodeticPoint.ofDegrees(0, 2);
        // Along the equator a geodesic is the equator: a * dlon (Karney 2013, sec. 2).
        double degreeOfEquatorM = Wgs84.A_M * Math.toRadians(1);
        assertThat(Geodesy.pathLengthM(List.of(a, b, c))).isCloseTo(2 * degreeOfEquatorM, within(1e-6));
    }
}
