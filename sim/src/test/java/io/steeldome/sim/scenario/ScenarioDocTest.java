package io.steeldome.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * docs/scenario.md is the contract: its full example must parse to what the text says, and its error example must
 * give exactly the output printed below it. Expected values are read off the document, not from the loader.
 */
class ScenarioDocTest {
    private static final Path DOC = Path.of("..", "docs", "scenario.md");

    static String doc() {
        try {
            return Files.readString(DOC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first fenced block of {@code language} after the marker comment. */
    static String block(String marker, String language) {
        String doc = doc();
        int at = doc.indexOf("<!-- " + marker + " -->");
        assertThat(at).as("marker %s in %s", marker, DOC).isNotNegative();
        int start = doc.indexOf("```" + language + "\n", at) + language.length() + 4;
        return doc.substring(start, doc.indexOf("```", start));
    }

    static String exampleYaml() {
        return block("scenario-example", "yaml");
    }

    static String errorExampleYaml() {
        return block("error-example", "yaml");
    }

    @Test
    void fullExampleParsesToWhatTheDocumentSays() {
        Scenario s = ScenarioLoader.parse(exampleYaml(), "example.yaml");

        assertThat(s.name()).isEqualTo("Example – two layers, one salvo");
        assertThat(s.seed()).isEqualTo(42L);
        assertThat(s.durationS()).isEqualTo(900.0);
        assertThat(s.timeStepS()).isEqualTo(OptionalDouble.of(0.5));
        assertThat(s.origin()).isEqualTo(new GeoPosition(39.547, 44.084, 1625));
        assertThat(s.terrain()).contains(new TerrainConfig.Synthetic(7, 30));

        assertThat(s.assets()).extracting(AssetConfig::id).containsExactly("town", "depot");
        assertThat(s.assets().get(0).area())
                .isEqualTo(new AssetArea.Polygon(List.of(
                        new LatLon(39.560, 44.070),
                        new LatLon(39.560, 44.100),
                        new LatLon(39.535, 44.100),
                        new LatLon(39.535, 44.070))));
        assertThat(s.assets().get(1).area()).isEqualTo(new AssetArea.Circle(new LatLon(39.520, 44.150), 400));
        assertThat(s.assets().get(1).value()).isEqualTo(25.0);

        SensorConfig radar = s.sensors().getFirst();
        assertThat(radar.type()).isEqualTo(SensorType.RADAR);
        assertThat(radar.preset()).contains(RadarPreset.LONG_RANGE_SURVEILLANCE);
        assertThat(radar.maxRangeM()).isEqualTo(OptionalDouble.of(250_000));
        assertThat(radar.azimuthSigmaDeg()).isEqualTo(OptionalDouble.of(0.2));
        assertThat(radar.probabilityFalseAlarm()).isEqualTo(OptionalDouble.of(1e-6));
        assertThat(radar.referenceSnrDb()).isEqualTo(OptionalDouble.of(13));
        assertThat(s.sensors()).hasSize(1);
        EoirConfig camera = s.cameras().getFirst();
        assertThat(camera.id()).isEqualTo("camera-1");
        assertThat(camera.preset()).contains(EoirPreset.BORDER_TOWER);
        assertThat(camera.cameraHeightM()).isEqualTo(1640.0);
        assertThat(camera.atmosphereOrDefault()).isEqualTo(AtmosphereKind.HAZE);
        assertThat(camera.modeOrDefault()).isEqualTo(EoirMode.BOTH);
        assertThat(camera.maxRangeM()).isEqualTo(OptionalDouble.of(30_000));
        // the example's optics overrides repeat the preset's values (3.74 urad = 2.9 um / 775 mm)
        assertThat(camera.sensor().day().ifovRad()).isCloseTo(3.74e-6, within(1e-9));
        assertThat(camera.sensor().night().ifovRad()).isCloseTo(37.5e-6, within(1e-12));
        assertThat(camera.sensor().night().thresholdContrast()).isEqualTo(0.1);
        UgsConfig ugs = s.groundSensors().getFirst();
        assertThat(ugs.preset()).isEqualTo(UgsPreset.SEISMIC);
        assertThat(ugs.spec().ratedRangeM())
                .containsEntry(io.steeldome.sensors.signature.TargetType.PERSON, 60.0)
                .containsEntry(io.steeldome.sensors.signature.TargetType.VEHICLE, 350.0);
        assertThat(ugs.spec().maxProbability()).isEqualTo(0.9);
        assertThat(ugs.spec().falseAlarmsPerHour()).isEqualTo(1.0);
        assertThat(ugs.spec().reportPeriodS()).isEqualTo(10.0);

        EffectorConfig sr = s.effectors().get(0);
        assertThat(sr.layer()).isEqualTo(EffectorLayer.SHORT_RANGE);
        assertThat(sr.magazine()).isEqualTo(OptionalInt.of(8));
        assertThat(sr.minRangeM()).isEqualTo(OptionalDouble.of(500));
        assertThat(sr.reloadS()).isEqualTo(OptionalDouble.of(600));
        EffectorConfig mr = s.effectors().get(1);
        assertThat(mr.layer()).isEqualTo(EffectorLayer.MEDIUM_RANGE);
        assertThat(mr.magazine()).isEmpty();
        assertThat(mr.maxRangeM()).isEmpty();

        assertThat(s.threats())
                .extracting(ThreatConfig::id)
                .containsExactly("rockets-1", "rockets-2", "rockets-3", "rockets-4", "drone-1");
        assertThat(s.threats()).extracting(ThreatConfig::launchTimeS).containsExactly(30.0, 30.5, 31.0, 31.5, -600.0);
        ThreatConfig rocket = s.threats().getFirst();
        assertThat(rocket.launch()).isEqualTo(new GeoPosition(39.370, 44.100, 1625));
        assertThat(rocket.flightTimeS()).isEqualTo(OptionalDouble.of(70));
        ThreatConfig drone = s.threats().getLast();
        assertThat(drone.type()).isEqualTo(ThreatKind.SHAHED_DRONE);
        assertThat(drone.type().ballistic()).isFalse();
        assertThat(drone.speedMps()).isEqualTo(OptionalDouble.of(50));
        assertThat(drone.cruiseHeightM()).isEqualTo(OptionalDouble.of(2200));
        assertThat(drone.waypoints()).containsExactly(new LatLon(39.300, 44.500), new LatLon(39.450, 44.300));
        assertThat(drone.salvoId()).isEmpty();

        BorderConfig border = s.border().orElseThrow();
        assertThat(border.segments().getFirst().line()).hasSize(5).startsWith(new LatLon(39.37, 44.01));
        assertThat(border.stations())
                .containsExactly(
                        new StationConfig("tower-1", StationType.RADAR_TOWER, new GeoPosition(39.425, 44.355, 1700)));

        assertThat(s.engagement())
                .isEqualTo(new EngagementConfig(
                        EngagementPolicy.SHOOT_LOOK_SHOOT,
                        0.05,
                        2,
                        2,
                        List.of(
                                new EngagementConfig.WcsChange(0, EngagementConfig.WeaponsControl.TIGHT, List.of()),
                                new EngagementConfig.WcsChange(
                                        120, EngagementConfig.WeaponsControl.FREE, List.of(EffectorLayer.SHORT_RANGE))),
                        java.util.Map.of(
                                EngagementConfig.DoctrineClass.BALLISTIC_MISSILE,
                                new EngagementConfig.ClassDoctrine(
                                        java.util.Optional.of(EngagementPolicy.SHOOT_SHOOT),
                                        OptionalInt.of(2),
                                        OptionalInt.of(2)),
                                EngagementConfig.DoctrineClass.ONE_WAY_ATTACK_DRONE,
                                new EngagementConfig.ClassDoctrine(
                                        java.util.Optional.empty(), OptionalInt.empty(), OptionalInt.of(3))),
                        java.util.Optional.of(new EngagementConfig.HostileAreaConfig.BeyondBorder("east")),
                        EngagementConfig.Approval.AUTO));
        assertThat(s.tracker())
                .isEqualTo(new TrackingConfig(
                        OptionalInt.of(3), OptionalInt.of(5), OptionalInt.of(4), OptionalDouble.of(25)));
    }

    @Test
    void exampleUsesEveryKeyOfTheFormat() {
        String example = exampleYaml();
        List<List<String>> keyLists = List.of(
                ScenarioReader.TOP_KEYS,
                ScenarioReader.POSITION_KEYS,
                ScenarioReader.ASSET_KEYS,
                ScenarioReader.SENSOR_KEYS,
                ScenarioReader.EOIR_KEYS,
                ScenarioReader.UGS_KEYS,
                ScenarioReader.EFFECTOR_KEYS,
                ScenarioReader.THREAT_KEYS,
                ScenarioReader.BORDER_KEYS,
                ScenarioReader.SEGMENT_KEYS,
                ScenarioReader.STATION_KEYS,
                ScenarioReader.ENGAGEMENT_KEYS,
                ScenarioReader.WCS_KEYS,
                ScenarioReader.DOCTRINE_KEYS,
                ScenarioReader.HOSTILE_AREA_KEYS,
                ScenarioReader.TRACKER_KEYS,
                ScenarioReader.TERRAIN_KEYS,
                ScenarioReader.SYNTHETIC_KEYS);
        for (List<String> keys : keyLists) {
            for (String key : keys) {
                assertThat(example).as("key %s in the doc example", key).containsPattern("\\b" + key + ":");
            }
        }
    }

    @Test
    void errorExampleGivesExactlyThePrintedOutput() {
        String expected = block("error-example", "text");

        ScenarioException e = catchThrowableOfType(
                ScenarioException.class, () -> ScenarioLoader.parse(errorExampleYaml(), "broken.yaml"));

        String actual = String.join(
                        "\n", e.problems().stream().map(ScenarioProblem::format).toList()) + "\n";
        assertThat(actual).isEqualTo(expected);
    }
}
