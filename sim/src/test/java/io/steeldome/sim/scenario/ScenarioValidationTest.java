package io.steeldome.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.GeoTiffWriter;
import io.steeldome.core.terrain.GridGeometry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of problem the loader reports, with the exact line:column (counted by hand in the text blocks) and
 * message. Text blocks strip their common indentation, so column 1 is the first character of each line.
 */
class ScenarioValidationTest {
    /** Lines 1-5 of most files below. */
    private static final String HEAD = """
            name: t
            seed: 1
            durationS: 600
            origin: {latDeg: 39.5, lonDeg: 44.0, hM: 1600}
            groundHeightM: 1600
            """;

    static List<String> problems(String yaml) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "s.yaml"));
        assertThat(e).as("expected problems in:\n%s", yaml).isNotNull();
        assertThat(e.code()).isEqualTo(ScenarioError.INVALID_SCENARIO);
        return e.problems().stream().map(ScenarioProblem::format).toList();
    }

    static String only(String yaml) {
        List<String> all = problems(yaml);
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    // ---- unknown keys

    @Test
    void unknownKeyPointsAtTheKeyAndSuggestsTheClosestValidOne() {
        String yaml = HEAD + """
                sensors:
                  - id: r1
                    type: radar
                    position:
                      lattitude: 39.6
                      lonDeg: 44.0
                      hM: 1700
                """;

        // reported once: the misspelt latDeg is not reported again as missing
        assertThat(only(yaml))
                .isEqualTo("s.yaml:10:7: unknown key 'lattitude' in sensors[0].position; did you mean 'latDeg'?");
    }

    @ParameterizedTest
    @CsvSource({
        "duration, durationS",
        "DurationS, durationS",
        "groundHeight, groundHeightM",
        "sed, seed",
        "timestep, timeStepS",
        "treats, threats",
    })
    void unknownTopLevelKeySuggestsByDistanceStemOrCase(String typed, String suggested) {
        String yaml = HEAD + typed + ": 1\n";

        assertThat(problems(yaml))
                .contains(
                        "s.yaml:6:1: unknown key '" + typed + "' at the top level; did you mean '" + suggested + "'?");
    }

    @Test
    void unknownKeyWithNothingCloseListsTheValidKeys() {
        assertThat(only(HEAD + "colour: red\n"))
                .isEqualTo("s.yaml:6:1: unknown key 'colour' at the top level; valid keys here: name, description,"
                        + " seed, durationS, timeStepS, origin, groundHeightM, terrain, assets, sensors, effectors,"
                        + " threats, border, engagement, tracker");
    }

    @Test
    void duplicateKeyInOneMappingIsReportedAtTheSecondOccurrence() {
        assertThat(only(HEAD + "seed: 2\n"))
                .isEqualTo("s.yaml:6:1: duplicate key 'seed' at the top level (first at line 2); remove one of them");
    }

    // ---- missing keys, wrong types

    @Test
    void missingRequiredKeyNamesTheKeyAndThePlace() {
        String yaml = """
                name: t
                seed: 1
                origin: {latDeg: 39.5, lonDeg: 44.0, hM: 1600}
                groundHeightM: 1600
                assets:
                  - id: a
                    name: A
                    value: 3
                    point: {latDeg: 39.5, lonDeg: 44.0}
                """;

        assertThat(problems(yaml))
                .containsExactly(
                        "s.yaml:1:1: missing required key 'durationS' at the top level",
                        "s.yaml:6:5: missing required key 'radiusM' in assets[0]");
    }

    @Test
    void requiredKeyWithoutValueIsReportedAtTheKey() {
        assertThat(only(HEAD.replace("seed: 1", "seed:")))
                .isEqualTo("s.yaml:2:1: key 'seed' at the top level has no value");
    }

    @Test
    void textWhereANumberIsExpectedIsAWrongType() {
        assertThat(only(HEAD.replace("durationS: 600", "durationS: 15 min")))
                .isEqualTo("s.yaml:3:12: expected a number for durationS, got the text '15 min'; write a plain"
                        + " number without quotes or units (the unit is in the key name)");
    }

    @Test
    void quotedNumberIsTextNotANumber() {
        assertThat(only(HEAD.replace("durationS: 600", "durationS: \"600\"")))
                .startsWith("s.yaml:3:12: expected a number for durationS, got the text '600'");
    }

    @Test
    void fractionWhereAWholeNumberIsExpected() {
        assertThat(only(HEAD.replace("seed: 1", "seed: 1.5")))
                .isEqualTo("s.yaml:2:7: expected a whole number for seed, got the number 1.5");
    }

    @Test
    void listWhereAMappingIsExpected() {
        assertThat(only(HEAD.replace("origin: {latDeg: 39.5, lonDeg: 44.0, hM: 1600}", "origin: [39.5, 44.0]")))
                .isEqualTo("s.yaml:4:9: expected a mapping (key: value lines) for origin, got a list; valid keys"
                        + " here: latDeg, lonDeg, hM");
    }

    @Test
    void mappingWhereAListIsExpected() {
        assertThat(only(HEAD + "threats: {id: x}\n"))
                .startsWith("s.yaml:6:10: expected a list for threats, got a mapping");
    }

    @Test
    void nonFiniteNumberIsRejected() {
        assertThat(only(HEAD.replace("durationS: 600", "durationS: .inf")))
                .isEqualTo("s.yaml:3:12: durationS must be a finite number, got .inf");
    }

    // ---- ranges

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "durationS: 600|durationS: 0|3:12|durationS = 0 s must be > 0",
                "durationS: 600|durationS: -5|3:12|durationS = -5 s must be > 0",
                "hM: 1600}|hM: 12000}|4:42|origin.hM = 12000 m must be within [-500, 9000] m",
                "groundHeightM: 1600|groundHeightM: 16400|5:16|groundHeightM = 16400 m must be within [-500, 9000] m",
                "lonDeg: 44.0|lonDeg: 200|4:32|origin.lonDeg = 200 deg must be within [-180, 180] deg",
            })
    void outOfRangeValuesNameTheRuleAndTheUnit(String from, String to, String at, String message) {
        assertThat(only(HEAD.replace(from, to))).isEqualTo("s.yaml:" + at + ": " + message);
    }

    @Test
    void latitudeBeyondNinetyIsOutOfRange() {
        assertThat(only(HEAD.replace("latDeg: 39.5", "latDeg: 95")))
                .isEqualTo("s.yaml:4:18: origin.latDeg = 95 deg must be within [-90, 90] deg; latitude and"
                        + " longitude look swapped; write latDeg first");
    }

    @Test
    void negativeRadiusAndProbabilitiesOutsideZeroOne() {
        String yaml = HEAD + """
                assets:
                  - id: a
                    name: A
                    value: 3
                    point: {latDeg: 39.5, lonDeg: 44.0}
                    radiusM: -800
                sensors:
                  - id: r
                    type: radar
                    position: {latDeg: 39.6, lonDeg: 44.0, hM: 1700}
                    probabilityFalseAlarm: 1.5
                engagement:
                  engageThreshold: -0.1
                """;

        assertThat(problems(yaml))
                .containsExactly(
                        "s.yaml:11:14: assets[0].radiusM = -800 m must be > 0",
                        "s.yaml:16:28: sensors[0].probabilityFalseAlarm = 1.5 must be within [0, 1]",
                        "s.yaml:18:20: engagement.engageThreshold = -0.1 must be within [0, 1]");
    }

    // ---- swapped coordinates and distance from the origin

    @Test
    void pointWrittenLongitudeFirstNearTheOriginIsReportedAsSwapped() {
        String yaml = HEAD + """
                sensors:
                  - id: r
                    type: radar
                    position: {latDeg: 44.08, lonDeg: 39.55, hM: 1700}
                """;

        assertThat(only(yaml))
                .isEqualTo("s.yaml:9:24: sensors[0].position (latDeg 44.08, lonDeg 39.55) is 629 km from the origin"
                        + " but 9 km with latitude and longitude exchanged; latitude and longitude look swapped;"
                        + " write latDeg first");
    }

    @Test
    void swappedPairInAPolygonIsReportedAtTheLatitude() {
        String yaml = HEAD + """
                assets:
                  - id: a
                    name: A
                    value: 1
                    polygon: [[39.5, 44.0], [44.1, 39.5], [39.6, 44.1]]
                """;

        assertThat(only(yaml)).startsWith("s.yaml:10:30: assets[0].polygon[1] (latDeg 44.1, lonDeg 39.5) is ");
    }

    @Test
    void swapHeuristicFlagsEverySwappedPointNearTheOriginAndNoCorrectPointAround() {
        SplittableRandom random = new SplittableRandom(20261125L);
        StringBuilder swapped = new StringBuilder(HEAD + "threats:\n");
        StringBuilder correct = new StringBuilder(HEAD + "threats:\n");
        int n = 60;
        for (int i = 0; i < n; i++) {
            // swapped: within ~0.4 deg of the origin (39.5 N 44.0 E), written longitude first
            double lat = 39.5 + random.nextDouble(-0.4, 0.4);
            double lon = 44.0 + random.nextDouble(-0.4, 0.4);
            swapped.append(threat("s" + i, lon, lat));
            // correct: anywhere within ~3.5 deg, well away from the mirror point 44.0 N 39.5 E
            correct.append(threat("c" + i, 39.5 + random.nextDouble(-3.5, 3.5), 44.0 + random.nextDouble(-3.5, 3.5)));
        }

        assertThat(problems(swapped.toString()))
                .hasSize(n)
                .allSatisfy(p -> assertThat(p).endsWith("latitude and longitude look swapped; write latDeg first"));
        assertThat(ScenarioLoader.parse(correct.toString(), "c.yaml").threats()).hasSize(n);
    }

    private static String threat(String id, double aimLat, double aimLon) {
        return String.format(
                Locale.ROOT,
                "  - {id: %s, type: srbm, launch: {latDeg: 37.95, lonDeg: 46.25}, aim: {latDeg: %.5f, lonDeg: %.5f},"
                        + " launchTimeS: 0}\n",
                id,
                aimLat,
                aimLon);
    }

    @Test
    void aimFarFromTheOriginIsReported() {
        String yaml = HEAD + """
                threats:
                  - id: t
                    type: srbm
                    launch: {latDeg: 37.95, lonDeg: 46.25}
                    aim: {latDeg: 51.5, lonDeg: 44.0}
                    launchTimeS: 0
                """;

        // 12 degrees of latitude along the meridian from 39.5 to 51.5 N: 111.03 km/deg at 39.5, 111.26 at 51.5
        // (WGS-84 meridian radius of curvature), mean ~111.14 km/deg: 1333.7 km
        assertThat(only(yaml))
                .isEqualTo("s.yaml:10:10: threats[0].aim is 1334 km from the origin; this position must be within"
                        + " 1000 km of it; check the coordinates, or move the origin into the scenario area");
    }

    // ---- ids and enumerated values

    @Test
    void duplicateIdsAcrossListsAndFromSalvoExpansion() {
        String yaml = HEAD + """
                sensors:
                  - {id: x, type: radar, position: {latDeg: 39.6, lonDeg: 44.0, hM: 1700}}
                effectors:
                  - {id: x, layer: short-range, position: {latDeg: 39.6, lonDeg: 44.0, hM: 1700}}
                threats:
                  - id: grad
                    type: grad-rocket
                    launch: {latDeg: 39.37, lonDeg: 44.1}
                    aim: {latDeg: 39.5, lonDeg: 44.0}
                    launchTimeS: 0
                    count: 2
                    intervalS: 1
                  - {id: grad-2, type: grad-rocket, launch: {latDeg: 39.37, lonDeg: 44.1},
                     aim: {latDeg: 39.5, lonDeg: 44.0}, launchTimeS: 0}
                """;

        assertThat(problems(yaml))
                .containsExactly(
                        "s.yaml:9:10: duplicate id 'x' in effectors[0]; already used by sensors[0] at line 7;" + " "
                                + ScenarioReader.ID_HINT,
                        "s.yaml:18:10: duplicate id 'grad-2' in threats[1]; already used by threats[0] at line 11;"
                                + " " + ScenarioReader.ID_HINT);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "srmb|srbm",
                "Shahed-Drone|shahed-drone",
                "grad|grad-rocket",
                "cruise_missile|cruise-missile",
                "aircaft|aircraft",
            })
    void unknownThreatTypeSuggestsTheIntendedOne(String written, String suggested) {
        String yaml = HEAD + """
                threats:
                  - id: t
                    type: %s
                    launch: {latDeg: 37.95, lonDeg: 46.25}
                    aim: {latDeg: 39.5, lonDeg: 44.0}
                    launchTimeS: 0
                """.formatted(written);

        assertThat(only(yaml))
                .isEqualTo("s.yaml:8:11: unknown value '" + written + "' for threats[0].type; did you mean '"
                        + suggested + "'?");
    }

    @Test
    void unknownValueWithNothingCloseListsTheValidValues() {
        String yaml = HEAD + "engagement: {policy: banana}\n";

        assertThat(only(yaml))
                .isEqualTo("s.yaml:6:22: unknown value 'banana' for engagement.policy; valid values:"
                        + " shoot-look-shoot, shoot-shoot");
    }

    @Test
    void unknownLayerAndPreset() {
        String yaml = HEAD + """
                sensors:
                  - {id: r, type: radar, preset: long-range, position: {latDeg: 39.6, lonDeg: 44.0, hM: 1700}}
                effectors:
                  - {id: e, layer: iron-dome, position: {latDeg: 39.6, lonDeg: 44.0, hM: 1700}}
                """;

        assertThat(problems(yaml))
                .containsExactly(
                        "s.yaml:7:34: unknown value 'long-range' for sensors[0].preset;"
                                + " did you mean 'long-range-surveillance'?",
                        "s.yaml:9:20: unknown value 'iron-dome' for effectors[0].layer;"
                                + " did you mean 'iron-dome-class'?");
    }

    // ---- keys that contradict each other

    @Test
    void inconsistentKeys() {
        String yaml = """
                name: t
                seed: 1
                durationS: 100
                timeStepS: 200
                origin: {latDeg: 39.5, lonDeg: 44.0, hM: 1600}
                groundHeightM: 1600
                assets:
                  - {id: a, name: A, value: 1, point: {latDeg: 39.5, lonDeg: 44.0}, polygon: [[39.5, 44.0]]}
                  - {id: b, name: B, value: 1, polygon: [[39.5, 44.0], [39.6, 44.0], [39.6, 44.1]], radiusM: 5}
                effectors:
                  - {id: e, layer: c-uas-gun, position: {latDeg: 39.6, lonDeg: 44.0, hM: 1700},
                     minRangeM: 4000, maxRangeM: 4000}
                threats:
                  - {id: t1, type: srbm, launch: {latDeg: 37.95, lonDeg: 46.25},
                     aim: {latDeg: 39.5, lonDeg: 44.0}, launchTimeS: 0, speedMps: 200}
                  - {id: t2, type: shahed-drone, launch: {latDeg: 38.4, lonDeg: 45.7},
                     aim: {latDeg: 39.5, lonDeg: 44.0}, launchTimeS: 100, flightTimeS: 3000}
                  - {id: t3, type: grad-rocket, launch: {latDeg: 39.37, lonDeg: 44.1},
                     aim: {latDeg: 39.5, lonDeg: 44.0}, launchTimeS: 0, count: 3}
                  - {id: t4, type: grad-rocket, launch: {latDeg: 39.37, lonDeg: 44.1},
                     aim: {latDeg: 39.5, lonDeg: 44.0}, launchTimeS: 90, count: 3, intervalS: 5}
                  - {id: t5, type: grad-rocket, launch: {latDeg: 39.37, lonDeg: 44.1},
                     aim: {latDeg: 39.5, lonDeg: 44.0}, launchTimeS: 0, intervalS: 5}
                tracker: {confirmHits: 3, confirmWindow: 2}
                """;

        assertThat(problems(yaml))
                .containsExactly(
                        "s.yaml:4:12: timeStepS = 200 s is longer than the run (durationS = 100 s)",
                        "s.yaml:8:69: assets[0] has both point and polygon; give either point with radiusM (a"
                                + " circle) or polygon",
                        "s.yaml:9:85: radiusM applies only to a point (circle) asset, not to a polygon; remove"
                                + " radiusM",
                        "s.yaml:12:17: effectors[0].minRangeM = 4000 m must be less than maxRangeM = 4000 m",
                        "s.yaml:15:57: speedMps does not apply to srbm threats (ballistic) in threats[0];"
                                + " ballistic threats take flightTimeS and ballisticCoefficientKgM2",
                        "s.yaml:17:54: threats[1].launchTimeS = 100 s is not before the end of the run"
                                + " (durationS = 100 s); launch earlier or make durationS longer",
                        "s.yaml:17:59: flightTimeS does not apply to shahed-drone threats (air-breathing) in"
                                + " threats[1]; air-breathing threats take speedMps, cruiseHeightM and waypoints",
                        "s.yaml:19:64: threats[2] is a salvo of 3 but has no intervalS; add intervalS: the time"
                                + " between launches, s",
                        "s.yaml:21:65: the last round of threats[3] launches at 100 s, not before the end of the"
                                + " run (durationS = 100 s); reduce count or intervalS, or make durationS longer",
                        "s.yaml:23:57: intervalS applies only to a salvo (count > 1) in threats[4]; add count or"
                                + " remove intervalS",
                        "s.yaml:24:42: tracker.confirmWindow = 2 must be >= confirmHits = 3; M-of-N confirmation"
                                + " needs N >= M");
    }

    @Test
    void invalidSalvoCountIsReportedOnce() {
        String yaml = HEAD + """
                threats:
                  - {id: t, type: grad-rocket, launch: {latDeg: 39.37, lonDeg: 44.1},
                     aim: {latDeg: 39.5, lonDeg: 44.0}, launchTimeS: 0, count: 0, intervalS: 2}
                """;

        assertThat(only(yaml)).isEqualTo("s.yaml:8:64: threats[0].count = 0 must be within [1, 10000]");
    }

    @Test
    void cruiseHeightBelowTheGroundIsReportedWithTheCorrectedValue() {
        String yaml = HEAD + """
                threats:
                  - id: d
                    type: shahed-drone
                    launch: {latDeg: 38.4, lonDeg: 45.7}
                    aim: {latDeg: 39.5, lonDeg: 44.0}
                    launchTimeS: 0
                    cruiseHeightM: 800
                """;

        assertThat(only(yaml))
                .isEqualTo("s.yaml:12:20: threats[0].cruiseHeightM = 800 m is not above the ground (groundHeightM ="
                        + " 1600 m); cruiseHeightM is a height above the ellipsoid like hM: for 800 m above the ground"
                        + " write 2400");
    }

    // ---- border files

    @Test
    void unreadableBorderFileIsReportedAtTheFileValue() {
        ScenarioException e = catchThrowableOfType(
                ScenarioException.class,
                () -> ScenarioLoader.load(ScenarioLoaderTest.resource("missing-border-file.yaml")));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.column()).isEqualTo(13);
            assertThat(p.message())
                    .startsWith("cannot read border file 'borders/does-not-exist.geojson': no such file");
            assertThat(p.hint()).isEqualTo("the path is relative to the scenario file");
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"type\": \"MultiLineString\", \"coordinates\": []}"
                        + "|expected a LineString (or a Feature or FeatureCollection with one), found type"
                        + " 'MultiLineString'",
                "{\"type\": \"LineString\", \"coordinates\": [[44.1, 39.4], [44.2]]}"
                        + "|coordinate 1 is not a [longitude, latitude] pair of numbers: [44.2]",
                "{\"type\": \"FeatureCollection\", \"features\": []}"
                        + "|a FeatureCollection must hold exactly one Feature with a LineString, found 0 features",
                "{\"type\": \"LineString\", \"coordinates\": [[44.1, 39.4], [44.2, 95]]}"
                        + "|coordinate 1 is out of range (longitude 44.2, latitude 95.0)",
                "{\"type\": \"LineString\", \"coordinates\": [[44.1, 39.4]]}|needs at least 2 points, got 1",
                "{\"type\": \"LineString\", \"coordinates\": [[44.1, 39.4], [44.2, 39.5]]"
                        + "|is not usable: not valid JSON",
            })
    void unusableBorderFileIsReportedWithTheReason(String json, String reason, @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.geojson"), json);
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, HEAD + "border:\n  segments:\n    - {id: b, name: B, file: b.geojson}\n");

        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(scenario));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.column()).isEqualTo(30);
            assertThat(p.message()).startsWith("border file 'b.geojson'").contains(reason);
        });
    }

    // ---- terrain

    /** Line 6: a radar at 39.6 N 44.0 E (inside the synthetic-terrain region); terrain follows on line 7. */
    private static final String RADAR =
            "sensors: [{id: r, type: radar, position: {latDeg: 39.6, lonDeg: 44.0, hM: 1700}}]\n";

    @Test
    void unknownTerrainKeySuggestsTheFormMeantAndIsNotReportedAgainAsMissing() {
        assertThat(only(HEAD + "terrain: {synthetc: {seed: 1}}\n"))
                .isEqualTo("s.yaml:6:11: unknown key 'synthetc' in terrain; did you mean 'synthetic'?");
        assertThat(only(HEAD + "terrain: {srtm: [N39E044.hgt]}\n"))
                .isEqualTo("s.yaml:6:11: unknown key 'srtm' in terrain; did you mean 'dem'?");
    }

    @Test
    void unknownSyntheticTerrainKeySuggestsTheClosestOne() {
        assertThat(only(HEAD + "terrain: {synthetic: {seed: 1, cellArcSecs: 10}}\n"))
                .isEqualTo("s.yaml:6:32: unknown key 'cellArcSecs' in terrain.synthetic; did you mean 'cellArcSec'?");
    }

    @Test
    void terrainWithNeitherFormNamesBoth() {
        assertThat(only(HEAD + "terrain: {}\n"))
                .isEqualTo("s.yaml:6:10: missing required key 'dem' or 'synthetic' in terrain; give elevation files as"
                        + " dem: [N39E044.hgt, ...] or generated relief as synthetic: {seed: 1}");
    }

    @Test
    void bothTerrainFormsAreReportedAtTheSecond() {
        String yaml = HEAD + """
                terrain:
                  synthetic: {seed: 1}
                  dem: [N39E044.hgt]
                """;

        assertThat(only(yaml))
                .isEqualTo("s.yaml:8:3: terrain has both dem and synthetic; give one of them: dem for elevation files,"
                        + " synthetic for generated relief");
    }

    @Test
    void syntheticTerrainSeedMustBeAWholeNumber() {
        assertThat(only(HEAD + "terrain: {synthetic: {seed: 1.5}}\n"))
                .isEqualTo("s.yaml:6:29: expected a whole number for terrain.synthetic.seed, got the number 1.5");
        assertThat(only(HEAD + "terrain: {synthetic: {seed: seven}}\n"))
                .isEqualTo("s.yaml:6:29: expected a whole number for terrain.synthetic.seed, got the text 'seven'");
    }

    @Test
    void syntheticTerrainSeedIsRequired() {
        assertThat(only(HEAD + "terrain: {synthetic: {cellArcSec: 10}}\n"))
                .isEqualTo("s.yaml:6:22: missing required key 'seed' in terrain.synthetic");
    }

    @ParameterizedTest
    @CsvSource({"0.5", "0", "-30", "301", "3600"})
    void syntheticTerrainCellMustBeWithinOneTo300ArcSeconds(String cell) {
        assertThat(only(HEAD + "terrain: {synthetic: {seed: 1, cellArcSec: " + cell + "}}\n"))
                .isEqualTo("s.yaml:6:44: terrain.synthetic.cellArcSec = " + cell
                        + " arcsec must be within [1, 300] arcsec");
    }

    @Test
    void syntheticTerrainAroundASensorOutsideItsRegionAsksForDemFiles() {
        // 42 N is north of the region (35-41 N), 278 km from the origin
        String yaml = HEAD + RADAR.replace("latDeg: 39.6", "latDeg: 42.0") + "terrain: {synthetic: {seed: 1}}\n";

        assertThat(only(yaml))
                .isEqualTo("s.yaml:7:11: synthetic terrain exists only for 38-46 E, 35-41 N (it is conditioned on"
                        + " ETOPO1 heights there): sensors[0] 'r' at 42.0000 N, 44.0000 E is outside it; for terrain"
                        + " there give elevation files instead, e.g. terrain: {dem: [N42E044.hgt]} (SRTM tiles or"
                        + " GeoTIFFs, relative to the scenario file)");
    }

    /**
     * A 2000 km radar reaches the whole region, 8 x 6 deg: 28,800 x 21,600 one-arc-second cells. The smallest whole
     * cell within 16 million cells is 7" ((8 * 3600 / N) * (6 * 3600 / N) <= 16e6 needs N >= 6.24).
     */
    @Test
    void syntheticTerrainGridBeyondTheLimitNamesTheCellThatFits() {
        String yaml = HEAD + RADAR.replace("hM: 1700}", "hM: 1700}, maxRangeM: 2000000")
                + "terrain: {synthetic: {seed: 1, cellArcSec: 1}}\n";

        assertThat(only(yaml))
                .isEqualTo("s.yaml:7:44: synthetic terrain in 1-arc-second cells over the sensors' coverage needs"
                        + " 28800 x 21600 = 622080000 cells, more than the limit of 16000000; use cellArcSec >= 7 or"
                        + " shorter sensor ranges");
    }

    @Test
    void emptyDemListIsReported() {
        assertThat(only(HEAD + "terrain: {dem: []}\n"))
                .isEqualTo("s.yaml:6:16: terrain.dem needs at least one elevation file; list them as"
                        + " [N39E044.hgt, ...]");
    }

    @Test
    void missingDemFileIsReportedAtItsEntry(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, HEAD + "terrain:\n  dem:\n    - tiles/N39E044.hgt\n");

        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(scenario));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.column()).isEqualTo(7);
            assertThat(p.message())
                    .isEqualTo("cannot read DEM file 'tiles/N39E044.hgt': no such file ("
                            + dir.resolve("tiles/N39E044.hgt") + ")");
            assertThat(p.hint()).isEqualTo("the path is relative to the scenario file");
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bad.tif|not a tiff|not a TIFF file",
                "short.tif|II|not a TIFF file (2 bytes, shorter than the 8-byte TIFF header)",
                "N39E044.hgt|0123456789|10 bytes is not an SRTM tile",
                "N39E044.dem|0123456789|unknown elevation file type; expected .hgt, .hgt.gz (SRTM) or .tif, .tiff",
                "tile.hgt|0123456789|an SRTM tile must be named after its south-west corner",
            })
    void unusableDemFileIsReportedAtItsEntryWithTheReason(String name, String content, String reason, @TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve(name), content);
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, HEAD + "terrain: {dem: [" + name + "]}\n");

        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(scenario));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo(17);
            assertThat(p.message())
                    .startsWith("DEM file '" + name + "' is not usable: ")
                    .contains(reason);
        });
    }

    @Test
    void demFilesThatCannotBeMosaickedAreReportedAtTheList(@TempDir Path dir) throws IOException {
        GeoTiffWriter.writeFloat(
                dir.resolve("a.tif"),
                new GridGeometry(Crs.Geographic.WGS84, 44.0, 39.6, 0.01, 0.01, 2, 2),
                new float[4],
                Optional.empty());
        GeoTiffWriter.writeFloat(
                dir.resolve("b.tif"),
                new GridGeometry(Crs.Geographic.WGS84, 44.1, 39.6, 0.02, 0.02, 2, 2),
                new float[4],
                Optional.empty());
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, HEAD + "terrain: {dem: [a.tif, b.tif]}\n");

        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(scenario));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo(16);
            assertThat(p.message())
                    .startsWith("the files of terrain.dem cannot be combined: cannot mosaic b.tif with a.tif: pixel"
                            + " size 0.02 x 0.02 vs 0.01 x 0.01");
        });
    }

    @Test
    void demFilesNeedAScenarioOnDisk() {
        ScenarioException e = catchThrowableOfType(
                ScenarioException.class,
                () -> new ScenarioReader("res.yaml", IncludeResolver.classpath(ScenarioLoader.class))
                        .read(HEAD + "terrain: {dem: [N39E044.hgt]}\n"));

        assertThat(e.problems())
                .extracting(ScenarioProblem::format)
                .containsExactly("res.yaml:6:17: cannot read DEM file 'N39E044.hgt': this scenario was not read from a"
                        + " file; elevation files are read relative to a scenario file on disk");
    }

    @ParameterizedTest
    @CsvSource({"border-ground, border-ground-surveillance", "multimission, multi-mission"})
    void unknownRadarPresetSuggestsTheIntendedOne(String written, String suggested) {
        String yaml = HEAD + RADAR.replace("type: radar,", "type: radar, preset: " + written + ",");

        assertThat(only(yaml))
                .isEqualTo("s.yaml:6:40: unknown value '" + written + "' for sensors[0].preset; did you mean '"
                        + suggested + "'?");
    }

    // ---- files that are not scenarios at all

    @Test
    void yamlSyntaxErrorIsLocatedWithTheParsersMessage() {
        assertThat(only("name: x\n  seed: [1\n"))
                .isEqualTo("s.yaml:2:7: YAML syntax error: mapping values are not allowed here");
    }

    @Test
    void unclosedFlowSequenceIsASyntaxError() {
        assertThat(only(HEAD + "assets: [\n")).startsWith("s.yaml:7:1: YAML syntax error:");
    }

    @Test
    void emptyFileAndCommentOnlyFile() {
        String expected = "s.yaml:1:1: the file is empty; a scenario is a mapping with at least name, seed,"
                + " durationS, origin and groundHeightM";

        assertThat(only("")).isEqualTo(expected);
        assertThat(only("# nothing here\n\n")).isEqualTo(expected);
    }

    @Test
    void fileThatIsNotAMapping() {
        assertThat(only("- a\n- b\n"))
                .startsWith("s.yaml:1:1: expected a mapping (key: value lines) for the scenario, got a list");
        assertThat(only("just text\n"))
                .startsWith(
                        "s.yaml:1:1: expected a mapping (key: value lines) for the scenario, got the text 'just text'");
    }

    @Test
    void moreThanOneDocumentIsASyntaxError() {
        assertThat(only(HEAD + "---\nname: second\n"))
                .contains("YAML syntax error:")
                .contains("expected a single document");
    }

    // ---- all problems, in file order

    @Test
    void everyProblemIsReportedSortedByLineEvenWhenFoundOutOfOrder() {
        // the reader visits assets before threats; the file has threats first
        String yaml = HEAD + """
                threats:
                  - {id: t, type: srmb, launch: {latDeg: 37.95, lonDeg: 46.25},
                     aim: {latDeg: 39.5, lonDeg: 44.0}, launchTimeS: 0}
                assets:
                  - {id: a, name: A, value: -1, point: {latDeg: 39.5, lonDeg: 44.0}, radiusM: 10}
                name: again
                """;

        List<ScenarioProblem> all = catchThrowableOfType(
                        ScenarioException.class, () -> ScenarioLoader.parse(yaml, "s.yaml"))
                .problems();

        assertThat(all).extracting(ScenarioProblem::line).containsExactly(7, 10, 11);
        List<Integer> lines =
                new ArrayList<>(all.stream().map(ScenarioProblem::line).toList());
        assertThat(lines).isSorted();
    }

    @Test
    void exceptionMessageListsEveryProblem() {
        ScenarioException e = catchThrowableOfType(
                ScenarioException.class,
                () -> ScenarioLoader.parse(HEAD.replace("seed: 1", "seed: x") + "colour: red\n", "s.yaml"));

        assertThat(e.getMessage())
                .startsWith("s.yaml has 2 problem(s):\ns.yaml:2:7: expected a whole number for seed")
                .contains("\ns.yaml:6:1: unknown key 'colour'");
        assertThat(e.args()).first().isEqualTo("s.yaml");
    }
}
