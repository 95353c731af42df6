package io.steeldome.interop.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.units.Units;
import io.steeldome.interop.asterix.AsterixCatalog;
import io.steeldome.interop.asterix.AsterixDecoder;
import io.steeldome.interop.asterix.AsterixEncoder;
import io.steeldome.interop.asterix.AsterixRecord;
import io.steeldome.interop.asterix.DecodeResult;
import io.steeldome.tracking.tracker.Detection;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AsterixFeedTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeodeticPoint ANTENNA = GeodeticPoint.ofDegrees(38.5, 43.3, 1800);
    private static final Instant EPOCH = Instant.parse("2026-11-26T00:00:00Z");
    private static final AsterixDecoder DECODER = AsterixDecoder.withDefaults();
    private static final AsterixEncoder ENCODER = new AsterixEncoder(AsterixCatalog.defaults());

    /**
     * A CAT048 plot of a target at 39.2 N 44.1 E, 35,000 ft (10,668 m), whose offset from the antenna GeographicLib
     * gives as (69218.783, 78138.062, 8014.312) m ({@code CartConvert -l 38.5 43.3 1800}). Encoded as a radar
     * would (RHO in 1/256 NM, THETA in 360/2^16 deg, FL in 1/4) and decoded again, the detection must land on that
     * offset to within the encoding's quantisation (3.6 m in range, 5.5 mdeg = 10 m across at 105 km).
     */
    @Test
    void anEncodedPlotLandsWhereGeographicLibPutsTheTarget() {
        double e = 69218.783176587;
        double n = 78138.062024914;
        double u = 8014.311616306;
        double rangeNm = Math.sqrt(e * e + n * n + u * u) / Units.M_PER_NM;
        double thetaDeg = Math.toDegrees(Math.atan2(e, n));
        byte[] bytes = ENCODER.encodeBlocks(List.of(cat048(25, 201, 27354.6015625, rangeNm, thetaDeg, 350)));

        DecodeResult decoded = DECODER.decode(bytes);
        assertThat(decoded.errors()).isEmpty();
        AsterixFeed feed = AsterixFeed.of(
                List.of(RadarSite.typicalSsr(25, 201, ANTENNA)),
                PlotConversion.of(LocalFrame.at(ANTENNA), 5000, 3000),
                EPOCH,
                EPOCH.plusSeconds(7 * 3600));
        List<Detection> ds = feed.detections(decoded.records());

        assertThat(ds).hasSize(1);
        Detection d = ds.get(0);
        assertThat(Math.hypot(d.eastM() - e, d.northM() - n)).isLessThan(12.0);
        assertThat(d.upM()).isCloseTo(u, within(5.0));
        assertThat(d.time().seconds()).isEqualTo(27354.6015625);
        assertThat(d.sensorId()).isEqualTo("asterix:25/201");
        assertThat(feed.stats()).isEqualTo(new AsterixFeed.Stats(1, 0, 0, 0, 0));
    }

    @Test
    void aRadarThatAnnouncesItsPositionInCat034IsLearned() {
        JsonNode service = JSON.readTree("""
                {"category": 34, "items": {"I034/010": {"SAC": 7, "SIC": 3}, "I034/000": 2,
                 "I034/030": 27350.0, "I034/120": {"HGT": 1800, "LAT": 38.5, "LON": 43.3}}}
                """);
        byte[] bytes = ENCODER.encodeBlocks(List.of(service, cat048(7, 3, 27354.0, 30, 45, 200)));
        AsterixFeed feed = AsterixFeed.of(
                List.of(), PlotConversion.of(LocalFrame.at(ANTENNA), 5000, 3000), EPOCH, EPOCH.plusSeconds(7 * 3600));

        List<Detection> ds = feed.detections(DECODER.decode(bytes).records());

        assertThat(feed.sites()).singleElement().satisfies(s -> {
            assertThat(s.antenna().latDeg()).isCloseTo(38.5, within(1e-5));
            assertThat(s.antenna().lonDeg()).isCloseTo(43.3, within(1e-5));
        });
        assertThat(ds).singleElement().satisfies(d -> {
            // 30 NM at 45 degrees: east and north equal.
            assertThat(d.eastM()).isCloseTo(d.northM(), within(15.0));
            assertThat(Math.hypot(d.eastM(), d.northM())).isCloseTo(30 * Units.M_PER_NM, within(200.0));
        });
    }

    @Test
    void theReferenceSampleBecomesOneDetectionOnlyWhereItsRadarIsKnown() throws IOException {
        List<AsterixRecord> records =
                DECODER.decode(resource("/asterix/cat048.raw")).records();
        AsterixFeed unknown = AsterixFeed.of(
                List.of(), PlotConversion.of(LocalFrame.at(ANTENNA), 5000, 3000), EPOCH, EPOCH.plusSeconds(7 * 3600));
        assertThat(unknown.detections(records)).isEmpty();
        assertThat(unknown.stats().unlocatedPlots()).isEqualTo(1);

        AsterixFeed known = AsterixFeed.of(
                List.of(RadarSite.typicalSsr(25, 201, ANTENNA)),
                PlotConversion.of(LocalFrame.at(ANTENNA), 5000, 3000),
                EPOCH,
                EPOCH.plusSeconds(7 * 3600));
        Detection d = known.detections(records).get(0);
        // 197.68359375 NM at 340.13671875 deg, FL330: the horizontal distance is the slant range less a little.
        double slantM = 197.68359375 * Units.M_PER_NM;
        double groundM = Math.hypot(d.eastM(), d.northM());
        assertThat(groundM).isBetween(slantM * 0.995, slantM);
        assertThat(Math.toDegrees(Math.atan2(d.eastM(), d.northM())) + 360).isCloseTo(340.13671875, within(0.01));
        assertThat(d.time().seconds()).isEqualTo(27354.6015625);
    }

    @Test
    void systemTracksFromCat062CarryPositionVelocityAndIdentity() throws IOException {
        List<AsterixRecord> records =
                DECODER.decode(resource("/asterix/cat062cat065.raw")).records();
        List<SystemTrackReport> tracks = records.stream()
                .map(SystemTrackReport::from)
                .flatMap(java.util.Optional::stream)
                .toList();

        // The reference decode: track 4980 at 44.7344130 N 13.0415279 E, Vx -51.25, Vy 170 m/s, 43,300 ft.
        assertThat(tracks).hasSize(2);
        SystemTrackReport t = tracks.get(0);
        assertThat(t.trackNumber()).isEqualTo(4980);
        assertThat(t.position().latDeg()).isCloseTo(44.7344130, within(1e-6));
        assertThat(t.position().lonDeg()).isCloseTo(13.0415279, within(1e-6));
        assertThat(t.position().hM()).isCloseTo(43300 * Units.M_PER_FT, within(0.01));
        assertThat(t.velocityEnu().orElseThrow().eastM()).isEqualTo(-51.25);
        assertThat(t.velocityEnu().orElseThrow().northM()).isEqualTo(170.0);
        assertThat(tracks.get(1).trackNumber()).isEqualTo(7977);
        assertThat(tracks.get(1).callsign()).contains("SXD4723");
    }

    private static JsonNode cat048(int sac, int sic, double tod, double rhoNm, double thetaDeg, double fl) {
        return JSON.readTree(String.format(java.util.Locale.ROOT, """
                {"category": 48, "items": {"I048/010": {"SAC": %d, "SIC": %d}, "I048/140": %s,
                 "I048/020": {"TYP": 5, "SIM": 0, "RDP": 0, "SPI": 0, "RAB": 0},
                 "I048/040": {"RHO": %s, "THETA": %s}, "I048/090": {"V": 0, "G": 0, "FL": %s}}}
                """, sac, sic, tod, rhoNm, thetaDeg, fl));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AsterixFeedTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
