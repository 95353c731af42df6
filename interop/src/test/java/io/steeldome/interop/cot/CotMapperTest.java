package io.steeldome.interop.cot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.alert.AlertClass;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.alert.Releasability;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.tracker.Track;
import io.steeldome.tracking.tracker.TrackId;
import io.steeldome.tracking.tracker.TrackStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CotMapperTest {
    private static final Instant EPOCH = Instant.parse("2024-03-01T06:00:00Z");
    private static final CotMapper MAPPER = CotMapper.withDefaults("steeldome", EPOCH);

    private static TrackReport report(CotIdentity id, CotPlatform platform, EnuVector v) {
        return new TrackReport(
                new TrackId(7),
                GeodeticPoint.ofDegrees(45, 7, 1000),
                v,
                id,
                platform,
                EPOCH.plusSeconds(5),
                OptionalDouble.of(12),
                OptionalDouble.of(20),
                false,
                Optional.empty());
    }

    /** Types from the MIL-STD-2525B battle dimension / function IDs, as the CoT base schema composes them. */
    @ParameterizedTest
    @CsvSource({
        "HOSTILE, AIR, a-h-A",
        "UNKNOWN, AIR, a-u-A",
        "FRIEND, AIR, a-f-A",
        "NEUTRAL, AIR, a-n-A",
        "HOSTILE, AIR_MISSILE, a-h-A-W-M",
        "HOSTILE, AIR_DRONE, a-h-A-M-F-Q",
        "FRIEND, AIR_FIXED_WING, a-f-A-M-F",
        "NEUTRAL, AIR_ROTARY_WING, a-n-A-M-H",
        "UNKNOWN, GROUND, a-u-G",
        "SUSPECT, GROUND_VEHICLE, a-s-G-E-V"
    })
    void trackTypes(CotIdentity id, CotPlatform platform, String type) {
        assertThat(MAPPER.track(report(id, platform, EnuVector.ZERO)).type()).isEqualTo(type);
    }

    /** Course is clockwise from true north; speed the 3-D magnitude and slope the climb angle (MITRE track schema). */
    @ParameterizedTest
    @CsvSource({
        "0, 10, 0, 0, 10, 0",
        "10, 0, 0, 90, 10, 0",
        "10, -10, 0, 135, 14.142135623730951, 0",
        "-10, 0, 0, 270, 10, 0",
        "-1, 1, 0, 315, 1.4142135623730951, 0",
        "3, 4, 12, 36.86989764584402, 13, 67.38013505195957",
        "0, 0, -50, 0, 50, -90",
        "0, 0, 0, 0, 0, 0"
    })
    void courseSpeedSlope(double e, double n, double u, double course, double speed, double slope) {
        CotEvent ev = MAPPER.track(report(CotIdentity.HOSTILE, CotPlatform.AIR, new EnuVector(e, n, u)));
        CotDetail.Track t = ev.detail().track().orElseThrow();
        assertThat(t.courseDeg()).isCloseTo(course, within(1e-9));
        assertThat(t.speedMps()).isCloseTo(speed, within(1e-9));
        assertThat(t.slopeDeg().orElseThrow()).isCloseTo(slope, within(1e-9));
    }

    @Test
    void trackEventFieldsAndSchema() throws Exception {
        TrackReport r = new TrackReport(
                new TrackId(42),
                GeodeticPoint.ofDegrees(32.5, 35.25, 4500),
                new EnuVector(-150, 150, -5),
                CotIdentity.HOSTILE,
                CotPlatform.AIR_DRONE,
                EPOCH.plusMillis(1500),
                OptionalDouble.of(35.5),
                OptionalDouble.of(60),
                true,
                Optional.of("Bogey 42"));
        CotEvent e = MAPPER.track(r);
        assertThat(e.uid()).isEqualTo("steeldome.track.42");
        assertThat(e.type()).isEqualTo("a-h-A-M-F-Q");
        assertThat(e.how()).isEqualTo("m-p"); // coasting: predicted
        assertThat(e.time()).isEqualTo(Instant.parse("2024-03-01T06:00:01.500Z"));
        assertThat(e.start()).isEqualTo(e.time());
        assertThat(e.stale()).isEqualTo(Instant.parse("2024-03-01T06:00:31.500Z"));
        assertThat(e.point().latDeg()).isCloseTo(32.5, within(1e-12));
        assertThat(e.point().lonDeg()).isCloseTo(35.25, within(1e-12));
        assertThat(e.point().haeM()).isEqualTo(OptionalDouble.of(4500));
        assertThat(e.point().ceM()).isEqualTo(OptionalDouble.of(35.5));
        assertThat(e.point().leM()).isEqualTo(OptionalDouble.of(60));
        assertThat(e.detail().contact().orElseThrow().callsign()).contains("Bogey 42");
        assertThat(e.detail().flowTags())
                .containsExactly(new CotDetail.FlowTag("steeldome", Instant.parse("2024-03-01T06:00:01.500Z")));
        String xml = CotXml.write(e);
        CotTestFiles.validate(CotTestFiles.mapperSchema(), xml);
        assertThat(CotXml.read(xml)).isEqualTo(e);
        assertThat(MAPPER.track(new TrackReport(
                                r.trackId(),
                                r.position(),
                                r.velocityMps(),
                                r.identity(),
                                r.platform(),
                                r.time(),
                                r.horizontalSigmaM(),
                                r.verticalSigmaM(),
                                false,
                                r.callsign()))
                        .how())
                .isEqualTo("m-f");
    }

    @Test
    void ceIsTheOneSigmaSemiMajorAxisAndLeTheVerticalSigma() {
        // At the frame origin no rotation applies. Horizontal covariance [[9, 2], [2, 6]] has eigenvalues
        // 7.5 +- sqrt(1.5^2 + 2^2) = 10 and 5, so ce = sqrt(10); le = sqrt(16) = 4.
        LocalFrame frame = LocalFrame.at(GeodeticPoint.ofDegrees(45, 7, 0));
        double[][] p = diag(0, 0, 16, 1, 1, 1);
        p[0][0] = 9;
        p[1][1] = 6;
        p[0][1] = 2;
        p[1][0] = 2;
        Track t = track(new double[] {0, 0, 0, 3, 4, 0}, p, SimTime.ofSeconds(12.5), 0);
        TrackReport r = TrackReport.fromTrack(t, frame, EPOCH, CotIdentity.UNKNOWN, CotPlatform.AIR, Optional.empty());
        assertThat(r.horizontalSigmaM().orElseThrow()).isCloseTo(Math.sqrt(10), within(1e-12));
        assertThat(r.verticalSigmaM().orElseThrow()).isCloseTo(4, within(1e-12));
        assertThat(r.time()).isEqualTo(Instant.parse("2024-03-01T06:00:12.500Z"));
        assertThat(r.position().latDeg()).isCloseTo(45, within(1e-12));
        assertThat(r.position().lonDeg()).isCloseTo(7, within(1e-12));
        assertThat(r.coasted()).isFalse();
        CotEvent e = MAPPER.track(r);
        assertThat(e.point().ceM().orElseThrow()).isCloseTo(Math.sqrt(10), within(1e-12));
        assertThat(e.detail().track().orElseThrow().courseDeg()).isCloseTo(36.86989764584402, within(1e-9));
        assertThat(e.detail().track().orElseThrow().speedMps()).isCloseTo(5, within(1e-12));
    }

    /**
     * A track 100 km east and 20 km north of the frame origin, flying due north in the origin's axes. At its own
     * position north is rotated (meridian convergence) and the origin's horizontal is tilted. Reference values from
     * GeographicLib 2.x:
     *
     * <pre>
     * echo "100000 20000 3000" | CartConvert -r -l 45 7 0 -p 12
     *   45.172800525555807 8.271456738780419 3813.5826765118
     * echo "100000 20001 3000" | CartConvert -r -l 45 7 0 -p 12      (1 m further along the velocity)
     *   45.172809517071663 8.271456938258106 3813.5858152571
     * echo "45.172809517071663 8.271456938258106 3813.5858152571" \
     *   | CartConvert -l 45.172800525555807 8.271456738780419 3813.5826765118 -p 12   (that step in ENU at the track)
     *   0.0156901941 0.9998719760 0.0031386671
     * course = atan2(e, n) = 0.899023219116 deg, slope = atan2(u, hypot(e, n)) = 0.179832673227 deg
     * </pre>
     *
     * (GeodSolve's azimuth between the two points, 0.899025 deg, differs by 3e-8 rad because it projects both onto
     * the ellipsoid, where north and east shrink by different factors M/(M+h) and N/(N+h); the ENU route avoids that.)
     * The 10 printed decimals of the step limit the reference to about 1e-6 deg.
     */
    @Test
    void trackFarFromTheFrameOriginGetsCourseAndSlopeInItsOwnAxes() throws Exception {
        LocalFrame frame = LocalFrame.at(GeodeticPoint.ofDegrees(45, 7, 0));
        Track t = track(new double[] {100000, 20000, 3000, 0, 200, 0}, diag(25, 9, 16, 1, 1, 1), SimTime.ZERO, 2);
        TrackReport r =
                TrackReport.fromTrack(t, frame, EPOCH, CotIdentity.HOSTILE, CotPlatform.AIR_MISSILE, Optional.of("M1"));
        assertThat(r.position().latDeg()).isCloseTo(45.172800525555807, within(1e-9));
        assertThat(r.position().lonDeg()).isCloseTo(8.271456738780419, within(1e-9));
        assertThat(r.position().hM()).isCloseTo(3813.5826765118, within(1e-4));
        assertThat(r.coasted()).isTrue();
        CotEvent e = MAPPER.track(r);
        CotDetail.Track tr = e.detail().track().orElseThrow();
        assertThat(tr.courseDeg()).isCloseTo(0.899023219116, within(1e-6));
        assertThat(tr.slopeDeg().orElseThrow()).isCloseTo(0.179832673227, within(1e-6));
        assertThat(tr.speedMps()).isCloseTo(200, within(1e-9));
        // sigmas 5 (east), 3 (north), 4 (up) rotated by about 0.9 deg about up and 0.9 deg of tilt: the largest
        // horizontal sigma stays within 25 * (1 - sin^2(1 deg)) .. 25, so ce in [4.9992, 5]; le likewise near 4.
        assertThat(e.point().ceM().orElseThrow()).isBetween(4.999, 5.0);
        assertThat(e.point().leM().orElseThrow()).isBetween(4.0, 4.001);
        assertThat(e.type()).isEqualTo("a-h-A-W-M");
        assertThat(e.how()).isEqualTo("m-p");
        CotTestFiles.validate(CotTestFiles.mapperSchema(), CotXml.write(e));
    }

    @ParameterizedTest
    @CsvSource({"VEHICLE, a-u-G-E-V", "PEDESTRIAN_GROUP, a-u-G", "SMALL_DRONE, a-u-A-M-F-Q", "UNKNOWN, a-u-G"})
    void borderAlertIsAnUnknownAtomWithItsErrorAndMarking(AlertClass c, String type) throws Exception {
        BorderAlert a = new BorderAlert(
                "A-17",
                SimTime.ofSeconds(60),
                GeodeticPoint.ofDegrees(38.5, 44.25, 1200),
                new PositionUncertainty(50, 20, 0.3),
                c,
                0.8,
                "S3",
                "BORDER-POLICE",
                Releasability.to("ARMY", "CUSTOMS"));
        CotEvent e = MAPPER.borderAlert(a);
        assertThat(e.type()).isEqualTo(type).startsWith("a-u-");
        assertThat(e.uid()).isEqualTo("steeldome.alert.A-17");
        assertThat(e.time()).isEqualTo(Instant.parse("2024-03-01T06:01:00Z"));
        assertThat(e.stale()).isEqualTo(Instant.parse("2024-03-01T06:11:00Z"));
        assertThat(e.point().latDeg()).isCloseTo(38.5, within(1e-12));
        assertThat(e.point().lonDeg()).isCloseTo(44.25, within(1e-12));
        assertThat(e.point().haeM()).isEqualTo(OptionalDouble.of(1200));
        assertThat(e.point().ceM()).isEqualTo(OptionalDouble.of(50)); // 1-sigma semi-major axis
        assertThat(e.point().leM()).isEmpty();
        assertThat(e.access()).contains("REL BORDER-POLICE,ARMY,CUSTOMS");
        assertThat(e.detail().remarks().orElseThrow().text())
                .contains("Border alert A-17")
                .contains("sector S3")
                .contains("confidence 0.80")
                .contains("50 x 20 m")
                .contains("Detection only");
        XmlElement own = e.detail().element("__steeldome_alert").orElseThrow();
        assertThat(own.attribute("classification")).contains(c.name());
        assertThat(own.attribute("confidence")).contains("0.8");
        assertThat(Double.parseDouble(own.attribute("orientationDeg").orElseThrow()))
                .isCloseTo(Math.toDegrees(0.3), within(1e-9));
        String xml = CotXml.write(e);
        CotTestFiles.validate(CotTestFiles.mapperSchema(), xml);
        assertThat(CotXml.read(xml)).isEqualTo(e);
    }

    @Test
    void releasabilityMarkings() {
        assertThat(CotMapper.access("A", Releasability.OWN_ONLY)).isEqualTo("REL A");
        assertThat(CotMapper.access("A", Releasability.ALL_PARTNERS)).isEqualTo("REL A,PARTNERS");
        assertThat(CotMapper.access("A", Releasability.to("C", "B"))).isEqualTo("REL A,B,C");
    }

    @Test
    void sensorPointOfInterestLinksItsSensor() throws Exception {
        CotEvent site =
                MAPPER.sensorSite("radar-1", GeodeticPoint.ofDegrees(38, 44, 900), "Radar 1", SimTime.ofSeconds(1));
        assertThat(site.type()).isEqualTo("a-f-G-E-S");
        assertThat(site.how()).isEqualTo("m-c");
        CotEvent poi = MAPPER.sensorPointOfInterest(
                "p1",
                GeodeticPoint.ofDegrees(38.1, 44.1, 950),
                OptionalDouble.of(30),
                "Crossing point",
                SimTime.ofSeconds(2),
                Optional.of(MAPPER.sensorUid("radar-1")),
                Optional.of("Repeated detections here"));
        assertThat(poi.type()).isEqualTo("b-m-p-s-p-i");
        assertThat(poi.uid()).isEqualTo("steeldome.poi.p1");
        assertThat(poi.stale()).isEqualTo(poi.time().plus(Duration.ofHours(1)));
        assertThat(poi.point().ceM()).isEqualTo(OptionalDouble.of(30));
        assertThat(poi.detail().links())
                .containsExactly(new CotDetail.Link(
                        Optional.of(site.uid()),
                        Optional.of("a-f-G-E-S"),
                        Optional.of("p-p"),
                        Optional.empty(),
                        Optional.empty()));
        assertThat(poi.detail().remarks().orElseThrow().text()).isEqualTo("Repeated detections here");
        CotTestFiles.validate(CotTestFiles.mapperSchema(), CotXml.write(poi));
        CotTestFiles.validate(CotTestFiles.mapperSchema(), CotXml.write(site));
    }

    private static Track track(double[] mean, double[][] cov, SimTime t, int misses) {
        return new Track(new TrackId(3), GaussianState.of(t, mean, cov), TrackStatus.CONFIRMED, t, 5, misses);
    }

    private static double[][] diag(double... d) {
        double[][] m = new double[d.length][d.length];
        for (int i = 0; i < d.length; i++) {
            m[i][i] = d[i];
        }
        return m;
    }
}
