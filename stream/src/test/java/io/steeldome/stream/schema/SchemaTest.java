package io.steeldome.stream.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.stream.error.StreamError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON field names and units are those documented in stream/README.md: the examples there are decoded here. */
class SchemaTest {
    /** The plots example of stream/README.md, verbatim. */
    static final String PLOT_SCAN_EXAMPLE = """
            {"schemaVersion":1,"sectorId":"S02","sensorId":"radar-S02","scanNumber":17,"timeS":17.0,
             "origin":{"latDeg":40.0,"lonDeg":44.0,"hM":1500.0},
             "plots":[
              {"plotId":"S02/17/0","measurement":{"type":"polar","rangeM":21450.5,"azimuthRad":1.2031,
               "elevationRad":0.0912,"rangeSigmaM":30.0,"azimuthSigmaRad":0.001,"elevationSigmaRad":0.001,
               "siteLatDeg":40.0,"siteLonDeg":44.0,"siteHM":1510.0}},
              {"plotId":"S02/17/1","measurement":{"type":"enu","eastM":-1200.0,"northM":8800.5,"upM":3020.0,
               "varEastM2":625.0,"varNorthM2":625.0,"varUpM2":625.0,"covEastNorthM2":0.0,"covEastUpM2":0.0,
               "covNorthUpM2":0.0}}]}
            """;

    @Test
    void documentedPlotScanDecodes() {
        PlotScan scan = Json.decode(PLOT_SCAN_EXAMPLE.getBytes(StandardCharsets.UTF_8), PlotScan.class, "doc");
        GeoOrigin origin = new GeoOrigin(40.0, 44.0, 1500.0);
        assertThat(scan)
                .isEqualTo(PlotScan.of(
                        "S02",
                        "radar-S02",
                        17,
                        17.0,
                        origin,
                        List.of(
                                new Plot(
                                        "S02/17/0",
                                        new PolarPlot(21450.5, 1.2031, 0.0912, 30.0, 0.001, 0.001, 40.0, 44.0, 1510.0)),
                                new Plot(
                                        "S02/17/1",
                                        new EnuPlot(-1200.0, 8800.5, 3020.0, 625.0, 625.0, 625.0, 0, 0, 0)))));
        assertThat(Json.decode(Json.encode(scan), PlotScan.class, "again")).isEqualTo(scan);
    }

    @Test
    void tracksAlertsAndDecisionsRoundTrip() {
        List<Double> cov = java.util.Collections.nCopies(TrackState.COVARIANCE_ENTRIES, 0.25);
        SectorTracks tracks = new SectorTracks(
                1,
                "S01",
                "radar-S01",
                3,
                3.0,
                new GeoOrigin(39.5, 44.0, 1500),
                List.of("S01/3/0"),
                List.of(new TrackState("S01/T1", 1, "CONFIRMED", 1, 2, 3, 4, 5, 6, cov, 3.0, 3, 0)));
        BorderAlert alert = new BorderAlert(
                1, "A-1", "TR-IR-07", 12.5, BorderAlert.Kind.CROSSING, "S01/T1", 39.6, 44.3, "crossed at km 7");
        Decision decision = new Decision(
                1,
                "D-1",
                "S01/T1",
                13.0,
                Decision.Kind.APPROVE,
                Optional.of("SHORAD-1"),
                Optional.of("op-17"),
                "defended asset in the footprint");
        Decision hold =
                new Decision(1, "D-2", "S01/T2", 13.5, Decision.Kind.HOLD, Optional.empty(), Optional.empty(), "");
        assertThat(Json.decode(Json.encode(tracks), SectorTracks.class, "t")).isEqualTo(tracks);
        assertThat(Json.decode(Json.encode(alert), BorderAlert.class, "a")).isEqualTo(alert);
        assertThat(Json.decode(Json.encode(decision), Decision.class, "d")).isEqualTo(decision);
        assertThat(Json.decode(Json.encode(hold), Decision.class, "d")).isEqualTo(hold);
        assertThat(new String(Json.encode(hold), StandardCharsets.UTF_8)).contains("\"effectorId\":null");
    }

    @Test
    void newerSchemaVersionIsRefused() {
        String v2 = PLOT_SCAN_EXAMPLE.replace("\"schemaVersion\":1", "\"schemaVersion\":2");
        assertThatThrownBy(() -> Json.decode(v2.getBytes(StandardCharsets.UTF_8), PlotScan.class, "p-0@5"))
                .isInstanceOfSatisfying(
                        SteeldomeException.class,
                        e -> assertThat(e.code()).isEqualTo(StreamError.UNSUPPORTED_SCHEMA_VERSION));
    }

    @Test
    void unknownFieldsAreIgnoredButMissingOnesAreNot() {
        String extra = PLOT_SCAN_EXAMPLE.replace("\"scanNumber\":17,", "\"scanNumber\":17,\"quality\":\"good\",");
        assertThat(Json.decode(extra.getBytes(StandardCharsets.UTF_8), PlotScan.class, "x")
                        .scanNumber())
                .isEqualTo(17);
        String missing = PLOT_SCAN_EXAMPLE.replace("\"timeS\":17.0,", "");
        assertThatThrownBy(() -> Json.decode(missing.getBytes(StandardCharsets.UTF_8), PlotScan.class, "p-0@6"))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(StreamError.UNDECODABLE_RECORD));
    }

    @Test
    void invalidValuesAreRefused() {
        String badVar = PLOT_SCAN_EXAMPLE.replace("\"varEastM2\":625.0", "\"varEastM2\":-1.0");
        assertThatThrownBy(() -> Json.decode(badVar.getBytes(StandardCharsets.UTF_8), PlotScan.class, "p"))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(StreamError.INVALID_RECORD));
        assertThatThrownBy(() -> new Decision(
                        1, "D", "S01/T1", 0, Decision.Kind.APPROVE, Optional.empty(), Optional.empty(), "no one"))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("operatorId");
    }
}
