package io.steeldome.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid files: what the records hold, defaults, salvo expansion, file references, determinism. */
class ScenarioLoaderTest {
    static final String MINIMAL = """
            name: minimal
            seed: -12
            durationS: 600
            origin: {latDeg: 39.547, lonDeg: 44.084, hM: 1625}
            groundHeightM: 1610
            """;

    static Path resource(String name) {
        try {
            return Path.of(
                    ScenarioLoaderTest.class.getResource("/scenarios/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void minimalFileGetsEmptyListsAndDefaults() {
        Scenario s = ScenarioLoader.parse(MINIMAL, "minimal.yaml");

        assertThat(s.name()).isEqualTo("minimal");
        assertThat(s.description()).isEmpty();
        assertThat(s.seed()).isEqualTo(-12L);
        assertThat(s.durationS()).isEqualTo(600.0);
        assertThat(s.timeStepS()).isEmpty();
        assertThat(s.origin()).isEqualTo(new GeoPosition(39.547, 44.084, 1625));
        assertThat(s.groundHeightM()).isEqualTo(1610.0);
        assertThat(s.assets()).isEmpty();
        assertThat(s.sensors()).isEmpty();
        assertThat(s.effectors()).isEmpty();
        assertThat(s.threats()).isEmpty();
        assertThat(s.border()).isEmpty();
        assertThat(s.engagement())
                .isEqualTo(new EngagementConfig(EngagementPolicy.SHOOT_LOOK_SHOOT, 0.05, 2))
                .isEqualTo(EngagementConfig.DEFAULTS);
        assertThat(s.tracker()).isEqualTo(TrackingConfig.DEFAULTS);
        assertThat(s.frame().origin().latDeg()).isCloseTo(39.547, within(1e-12));
    }

    @Test
    void optionalKeysWrittenWithoutValueCountAsAbsent() {
        Scenario s = ScenarioLoader.parse(MINIMAL + "timeStepS:\nassets: ~\nengagement:\n", "nulls.yaml");

        assertThat(s.timeStepS()).isEmpty();
        assertThat(s.assets()).isEmpty();
        assertThat(s.engagement()).isEqualTo(EngagementConfig.DEFAULTS);
    }

    @Test
    void engagementKeysOverrideOnlyWhatTheyName() {
        Scenario s = ScenarioLoader.parse(MINIMAL + "engagement: {policy: shoot-shoot}\n", "e.yaml");

        assertThat(s.engagement()).isEqualTo(new EngagementConfig(EngagementPolicy.SHOOT_SHOOT, 0.05, 2));
    }

    @Test
    void salvoIsExpandedIntoRoundsWithSuffixedIdsAndSpacedLaunchTimes() {
        Scenario s = ScenarioLoader.parse(MINIMAL + """
                threats:
                  - id: grad
                    type: grad-rocket
                    launch: {latDeg: 39.37, lonDeg: 44.10}
                    aim: {latDeg: 39.547, lonDeg: 44.084}
                    launchTimeS: 10
                    count: 3
                    intervalS: 2.5
                  - id: single
                    type: srbm
                    launch: {latDeg: 37.95, lonDeg: 46.25, hM: 1500}
                    aim: {latDeg: 39.547, lonDeg: 44.084}
                    launchTimeS: 0
                    count: 1
                """, "salvo.yaml");

        assertThat(s.threats()).extracting(ThreatConfig::id).containsExactly("grad-1", "grad-2", "grad-3", "single");
        assertThat(s.threats()).extracting(ThreatConfig::launchTimeS).containsExactly(10.0, 12.5, 15.0, 0.0);
        assertThat(s.threats().get(0).salvoId()).contains("grad");
        assertThat(s.threats().get(3).salvoId()).isEmpty();
        // launch hM omitted: the scenario's ground height (1610 in MINIMAL)
        assertThat(s.threats().get(0).launch()).isEqualTo(new GeoPosition(39.37, 44.10, 1610));
        assertThat(s.threats().get(3).launch().hM()).isEqualTo(1500.0);
        assertThat(s.threats().get(0).type().threatClass()).isEqualTo(io.steeldome.defence.threat.ThreatClass.ROCKET);
    }

    @Test
    void closedPolygonRingDropsTheRepeatedVertex() {
        Scenario s = ScenarioLoader.parse(MINIMAL + """
                assets:
                  - id: a
                    name: A
                    value: 1
                    polygon: [[39.50, 44.00], [39.50, 44.10], [39.60, 44.10], [39.50, 44.00]]
                """, "ring.yaml");

        assertThat(s.assets().getFirst().area())
                .isEqualTo(new AssetArea.Polygon(
                        List.of(new LatLon(39.50, 44.00), new LatLon(39.50, 44.10), new LatLon(39.60, 44.10))));
    }

    @Test
    void yamlCoreSchemaNumbersAreAccepted() {
        Scenario s = ScenarioLoader.parse(
                MINIMAL.replace("durationS: 600", "durationS: 1.2e3").replace("seed: -12", "seed: 0x1F"),
                "numbers.yaml");

        assertThat(s.durationS()).isEqualTo(1200.0);
        assertThat(s.seed()).isEqualTo(31L);
    }

    @Test
    void borderFileIsResolvedRelativeToTheScenarioAndReadAsLongitudeLatitude() {
        Scenario s = ScenarioLoader.load(resource("with-border-file.yaml"));

        BorderSegmentConfig segment = s.border().orElseThrow().segments().getFirst();
        assertThat(segment.id()).isEqualTo("east");
        // borders/three-vertices.geojson: [[44.10, 39.40], [44.37, 39.40], [44.41, 39.56, 1700.0]]
        assertThat(segment.line())
                .containsExactly(new LatLon(39.40, 44.10), new LatLon(39.40, 44.37), new LatLon(39.56, 44.41));
        assertThat(s.border().orElseThrow().stations()).isEmpty();
    }

    @Test
    void parseResolvesFileReferencesAgainstTheDirectoryOfTheSourceName() throws IOException {
        Path file = resource("with-border-file.yaml");
        String text = Files.readString(file);

        Scenario s = ScenarioLoader.parse(text, file.toString());

        assertThat(s.border().orElseThrow().segments().getFirst().line()).hasSize(3);
    }

    @Test
    void missingFileIsReportedAsUnreadableWithoutLocation() {
        ScenarioException e = catchThrowableOfType(
                ScenarioException.class, () -> ScenarioLoader.load(Path.of("no/such/scenario.yaml")));

        assertThat(e.code()).isEqualTo(ScenarioError.UNREADABLE);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.format()).startsWith("no/such/scenario.yaml: cannot read the file: no such file");
        });
    }

    @Test
    void fileThatIsNotUtf8IsReportedNotMisread(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("turkish.yaml");
        // "Doğubayazıt" in ISO-8859-9: g-breve is the single byte 0xF0, which starts no valid UTF-8 sequence here
        byte[] head = "name: Do".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "ubayaz\u0131t\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xF0;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);

        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file));

        assertThat(e.code()).isEqualTo(ScenarioError.UNREADABLE);
        assertThat(e.getMessage()).endsWith("not UTF-8 text");
    }

    @Test
    void loadingIsDeterministic() {
        String text = ScenarioDocTest.exampleYaml();

        assertThat(ScenarioLoader.parse(text, "a.yaml")).isEqualTo(ScenarioLoader.parse(text, "a.yaml"));
        String broken = ScenarioDocTest.errorExampleYaml();
        List<ScenarioProblem> first = catchThrowableOfType(
                        ScenarioException.class, () -> ScenarioLoader.parse(broken, "b.yaml"))
                .problems();
        List<ScenarioProblem> second = catchThrowableOfType(
                        ScenarioException.class, () -> ScenarioLoader.parse(broken, "b.yaml"))
                .problems();
        assertThat(first).isEqualTo(second);
    }

    @Test
    void recordsAreImmutable() {
        Scenario s = ScenarioLoader.parse(ScenarioDocTest.exampleYaml(), "example.yaml");

        assertThatThrownBy(() -> s.threats().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.assets().add(s.assets().getFirst()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(s.timeStepS()).isEqualTo(OptionalDouble.of(0.5));
    }
}
