package io.steeldome.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GeoTiffWriter;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.sensors.spec.RadarSpec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    // ---- terrain and radar presets

    /** A radar at the demo's radar site (inside the synthetic-terrain region). */
    static final String RADAR_AT_DEMO_SITE = """
            sensors:
              - id: r
                type: radar
                preset: multi-mission
                position: {latDeg: 39.620, lonDeg: 43.730, hM: 2250}
                maxRangeM: 50000
            """;

    @Test
    void withoutTerrainTheEarthIsSmooth() {
        assertThat(ScenarioLoader.parse(MINIMAL, "m.yaml").terrain()).isEmpty();
        assertThat(ScenarioLoader.parse(MINIMAL + "terrain:\n", "m.yaml").terrain())
                .isEmpty();
    }

    @Test
    void syntheticTerrainTakesItsSeedAndA30ArcSecondCellByDefault() {
        Scenario s = ScenarioLoader.parse(MINIMAL + RADAR_AT_DEMO_SITE + "terrain: {synthetic: {seed: 7}}\n", "t.yaml");
        Scenario fine = ScenarioLoader.parse(
                MINIMAL + RADAR_AT_DEMO_SITE + "terrain:\n  synthetic:\n    seed: -3\n    cellArcSec: 7.5\n", "t.yaml");

        assertThat(s.terrain()).contains(new TerrainConfig.Synthetic(7, 30));
        assertThat(s.terrain().orElseThrow().synthetic()).isTrue();
        assertThat(fine.terrain()).contains(new TerrainConfig.Synthetic(-3, 7.5));
    }

    /**
     * The grid covers the sensor's range circle with at most two cells to spare, on the 30" lattice. The circle's
     * extremes are GeographicLib's: {@code for i in 0..3599: echo 39.62 43.73 i/10 R | GeodSolve}, min and max of
     * latitude and longitude over the 3600 points.
     */
    @Test
    void syntheticTerrainGridCoversEverySensorsRangeClippedToTheRegion() {
        Scenario near =
                ScenarioLoader.parse(MINIMAL + RADAR_AT_DEMO_SITE + "terrain: {synthetic: {seed: 7}}\n", "t.yaml");
        GridGeometry g = ((TerrainConfig.Synthetic) near.terrain().orElseThrow())
                .grid(near.sensors())
                .orElseThrow();
        double cell = 30.0 / 3600;

        assertThat(g.crs().epsg()).isEqualTo(4326);
        assertThat(g.pixelWidth()).isEqualTo(cell);
        assertThat(g.pixelHeight()).isEqualTo(cell);
        assertThat(g.originX() / cell).isCloseTo(Math.rint(g.originX() / cell), within(1e-6));
        assertThat(g.originY() / cell).isCloseTo(Math.rint(g.originY() / cell), within(1e-6));
        // R = 50 km: latitude 39.16964298 .. 40.07032201, longitude 43.14768874 .. 44.31231126
        assertCovers(g, 39.16964298, 40.07032201, 43.14768874, 44.31231126, 2 * cell);

        Scenario far = ScenarioLoader.parse(
                MINIMAL + RADAR_AT_DEMO_SITE.replace("maxRangeM: 50000", "maxRangeM: 250000")
                        + "terrain: {synthetic: {seed: 7}}\n",
                "t.yaml");
        GridGeometry clipped = ((TerrainConfig.Synthetic) far.terrain().orElseThrow())
                .grid(far.sensors())
                .orElseThrow();
        // R = 250 km: latitude 37.36786699 .. 41.87125811, longitude 40.8179544 .. 46.6420456; north and east are
        // clipped to the region's 41 N and 46 E
        assertThat(clipped.originY()).isCloseTo(41, within(1e-9));
        assertThat(clipped.originX() + clipped.cols() * cell).isCloseTo(46, within(1e-9));
        assertCovers(clipped, 37.36786699, 41, 40.8179544, 46, 2 * cell);
    }

    /** {@code g} spans [south, north] x [west, east] and reaches at most {@code spare} beyond each edge. */
    private static void assertCovers(
            GridGeometry g, double south, double north, double west, double east, double spare) {
        double gSouth = g.originY() - g.rows() * g.pixelHeight();
        double gEast = g.originX() + g.cols() * g.pixelWidth();
        assertThat(g.originY()).isBetween(north, north + spare);
        assertThat(gSouth).isBetween(south - spare, south);
        assertThat(g.originX()).isBetween(west - spare, west);
        assertThat(gEast).isBetween(east, east + spare);
    }

    @Test
    void demFilesAreReadRelativeToTheScenarioAndMosaicked(@TempDir Path dir) throws IOException {
        // two 0.1 x 0.1 deg tiles side by side on a 0.01 deg lattice, heights 1000 + row * 10 + col
        Files.createDirectories(dir.resolve("dem"));
        GeoTiffWriter.writeElevation(dir.resolve("dem/west.tif"), tile(44.0, "west"));
        GeoTiffWriter.writeElevation(dir.resolve("dem/east.tif"), tile(44.1, "east"));
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, MINIMAL + "terrain: {dem: [dem/west.tif, dem/east.tif]}\n");

        Scenario s = ScenarioLoader.load(file);

        TerrainConfig.Dem dem = (TerrainConfig.Dem) s.terrain().orElseThrow();
        assertThat(dem.files()).containsExactly(dir.resolve("dem/west.tif"), dir.resolve("dem/east.tif"));
        assertThat(dem.synthetic()).isFalse();
        ElevationRaster r = dem.raster();
        assertThat(r.cols()).isEqualTo(20);
        assertThat(r.rows()).isEqualTo(10);
        assertThat(r.geometry().originX()).isCloseTo(44.0, within(1e-9));
        assertThat(r.geometry().originY()).isCloseTo(39.6, within(1e-9));
        assertThat(r.heightAt(3, 4)).isEqualTo(1034f); // west tile, row 3, column 4
        assertThat(r.heightAt(3, 14)).isEqualTo(1034f); // east tile, same cell
    }

    @Test
    void demFileLabelledSyntheticMakesTheTerrainSynthetic(@TempDir Path dir) throws IOException {
        ElevationRaster t = tile(44.0, "made up");
        GeoTiffWriter.writeElevation(
                dir.resolve("fake.tif"), ElevationRaster.of(t.geometry(), t.heights(), "made up", true));
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, MINIMAL + "terrain:\n  dem:\n    - fake.tif\n");

        assertThat(ScenarioLoader.load(file).terrain().orElseThrow().synthetic())
                .isTrue();
    }

    private static ElevationRaster tile(double westDeg, String name) {
        GridGeometry g = new GridGeometry(Crs.Geographic.WGS84, westDeg, 39.6, 0.01, 0.01, 10, 10);
        float[] h = new float[100];
        for (int i = 0; i < h.length; i++) {
            h[i] = 1000 + (i / 10) * 10 + i % 10;
        }
        return ElevationRaster.of(g, h, name, false);
    }

    @ParameterizedTest
    @CsvSource({
        "long-range-surveillance, LONG_RANGE_SURVEILLANCE",
        "multi-mission, MULTI_MISSION",
        "border-ground-surveillance, BORDER_GROUND_SURVEILLANCE",
    })
    void everyRadarPresetIsNamedAsInTheSensorsModule(String written, RadarPreset preset) {
        Scenario s = ScenarioLoader.parse(MINIMAL + RADAR_AT_DEMO_SITE.replace("multi-mission", written), "p.yaml");

        assertThat(s.sensors().getFirst().preset()).contains(preset);
        assertThat(s.sensors().getFirst().instrumentedRangeM()).isEqualTo(50_000.0);
    }

    @Test
    void presetsAreTheSensorsModulesSpecs() {
        assertThat(RadarPreset.LONG_RANGE_SURVEILLANCE.spec()).isEqualTo(RadarSpec.longRangeSurveillance());
        assertThat(RadarPreset.MULTI_MISSION.spec()).isEqualTo(RadarSpec.multiMission());
        assertThat(RadarPreset.BORDER_GROUND_SURVEILLANCE.spec()).isEqualTo(RadarSpec.borderGroundSurveillance());
        // the 40 km X-band tower radar of RadarSpec's Javadoc
        assertThat(RadarPreset.BORDER_GROUND_SURVEILLANCE.spec().maxInstrumentedRangeM())
                .isEqualTo(40_000.0);
        assertThat(RadarPreset.DEFAULT).isEqualTo(RadarPreset.LONG_RANGE_SURVEILLANCE);
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
