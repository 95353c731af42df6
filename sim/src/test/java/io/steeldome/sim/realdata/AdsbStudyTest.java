package io.steeldome.sim.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.sensors.spec.RadarSpec;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.tracker.TrackerConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdsbStudyTest {
    private static final String HEADER = "time,lat,lon,altitude_m,heading\n";

    private static AdsbFlight parse(String csv) throws IOException {
        return AdsbCsv.parse(new BufferedReader(new StringReader(csv)), "f.csv", "f");
    }

    @Test
    void repeatedPositionsAndMissingAltitudesAreSkipped() throws IOException {
        AdsbFlight f = parse(HEADER
                + "100,40.0,33.0,1000,90\n"
                + "110,40.0,33.0,1000,90\n" // repeated report: same position
                + "120,40.0,33.1,,90\n" // no altitude
                + "130,40.0,33.2,1100,90\n");
        assertThat(f.samples()).hasSize(2);
        assertThat(f.samples().get(1).timeS()).isEqualTo(130);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("time,lat,lon\n1,2,3\n", "no column 'altitude_m'"),
                Arguments.of("time,lat,lon,altitude_m\n1,40,33,100\n2,40.1,abc,100\n", "f.csv:3: lon = 'abc'"),
                Arguments.of("time,lat,lon,altitude_m\n1,40,33,100\n2,40.1,33,NaN\n", "f.csv:3: altitude_m = 'NaN'"),
                Arguments.of("time,lat,lon,altitude_m\n5,40,33,100\n4,40.1,33,100\n", "f.csv:3: time 4"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFilesNameTheLine(String csv, String expected) {
        assertThatThrownBy(() -> parse(csv))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void truthIsInterpolatedLinearlyInEcef() throws IOException {
        AdsbFlight f = parse(HEADER + "0,40.0,33.0,1000,90\n10,40.0,33.01,1000,90\n");
        EcefPoint a = Wgs84.toEcef(GeodeticPoint.ofDegrees(40.0, 33.0, 1000));
        EcefPoint b = Wgs84.toEcef(GeodeticPoint.ofDegrees(40.0, 33.01, 1000));
        EcefPoint mid = f.positionAt(5);
        assertThat(mid.xM()).isCloseTo((a.xM() + b.xM()) / 2, within(1e-6));
        assertThat(mid.yM()).isCloseTo((a.yM() + b.yM()) / 2, within(1e-6));
        assertThat(mid.zM()).isCloseTo((a.zM() + b.zM()) / 2, within(1e-6));
        assertThat(f.positionAt(-50)).isEqualTo(a);
    }

    /**
     * A straight, level flight at 200 m/s, 60-100 km from the radar: the filter (quiet CV, or the multi-target
     * CV + CT IMM) must beat the raw plots, whose rms
     * position error follows from the radar's sigmas (sqrt(sr^2 + (r saz)^2 + (r sel)^2) at each scan's range).
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void straightFlightIsTrackedMoreAccuratelyThanSinglePlots(boolean imm) throws IOException {
        GeodeticPoint radarSite = GeodeticPoint.ofDegrees(39.0, 32.0, 500);
        StringBuilder csv = new StringBuilder(HEADER);
        GeodeticPoint start =
                Geodesy.direct(radarSite, Math.toRadians(30), 60_000).withHeight(8000);
        for (int k = 0; k <= 200; k++) {
            GeodeticPoint p = Geodesy.direct(start, Math.toRadians(90), 200.0 * k);
            csv.append(k)
                    .append(',')
                    .append(p.latDeg())
                    .append(',')
                    .append(p.lonDeg())
                    .append(",8000,90\n");
        }
        // one report per second: 200 s of flight
        AdsbFlight f = parse(csv.toString());
        RadarSpec spec = RadarSpec.multiMission();
        AircraftTrackingStudy.Result r = AircraftTrackingStudy.run(
                f,
                new AircraftTrackingStudy.Setup(
                        "CV",
                        radarSite,
                        spec,
                        10,
                        3,
                        TrackerConfig.defaults().withMotionModel(ConstantVelocity.continuousEnu(1)),
                        imm
                                ? java.util.Optional.of(AircraftTrackingStudy.ImmSettings.AIRCRAFT)
                                : java.util.Optional.empty()));
        List<Double> plotRms = new ArrayList<>();
        for (AircraftTrackingStudy.ScanRow row : r.rows()) {
            double range = row.truthEnuM().norm();
            plotRms.add(Math.sqrt(spec.rangeSigmaM() * spec.rangeSigmaM()
                    + Math.pow(range * spec.azimuthSigmaRad(), 2)
                    + Math.pow(range * spec.elevationSigmaRad(), 2)));
        }
        double meanPlotRms =
                plotRms.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(r.coverage()).isGreaterThan(0.9);
        assertThat(r.trackIdChanges()).isZero();
        assertThat(r.rmseM()).isLessThan(0.8 * meanPlotRms);
        assertThat(r.rmseTurningM()).isNaN(); // it never turns
    }

    @Test
    void realTurkishFlagFlightIsFollowedThroughItsTurns() throws URISyntaxException {
        Path file = Path.of(
                AdsbStudyTest.class.getResource("/adsb/turkish_flag.csv").toURI());
        AdsbFlight f = AdsbCsv.read(file);
        assertThat(f.samples().size()).isBetween(850, 917);
        AircraftTrackingStudy.Result r = AircraftTrackingStudy.run(
                f,
                new AircraftTrackingStudy.Setup(
                        "CV q=100",
                        GeodeticPoint.ofDegrees(39.47, 33.92, 500),
                        RadarSpec.longRangeSurveillance(),
                        10,
                        20261125,
                        TrackerConfig.defaults(),
                        java.util.Optional.empty()));
        assertThat(r.rows().stream()
                        .filter(AircraftTrackingStudy.ScanRow::turning)
                        .count())
                .isGreaterThan(20);
        assertThat(r.coverage()).isGreaterThan(0.95);
        assertThat(r.rmseTurningM()).isFinite();
        // At 100-200 km a single plot is off by ~0.15 deg x range = 260-520 m across; the track must do better on
        // average than the worst single plots and keep one identity for most of the flight.
        assertThat(r.rmseM()).isLessThan(600);
        assertThat(r.trackIdChanges()).isLessThan(10);
    }
}
