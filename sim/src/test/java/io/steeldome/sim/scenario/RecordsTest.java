package io.steeldome.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.CoreError;
import io.steeldome.core.error.SteeldomeException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Records built in code check their invariants like the loader does. */
class RecordsTest {
    private static final GeoPosition HERE = new GeoPosition(39.5, 44.0, 1600);

    private static ThreatConfig threat(String id, ThreatKind type, OptionalDouble speedMps) {
        return new ThreatConfig(
                id,
                type,
                HERE,
                new LatLon(39.6, 44.1),
                0,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                speedMps,
                OptionalDouble.empty(),
                List.of(),
                Optional.empty());
    }

    private static Scenario scenario(List<SensorConfig> sensors, List<ThreatConfig> threats) {
        return scenario(sensors, threats, Optional.empty());
    }

    private static Scenario scenario(
            List<SensorConfig> sensors, List<ThreatConfig> threats, Optional<TerrainConfig> terrain) {
        return new Scenario(
                "s",
                "",
                1,
                60,
                OptionalDouble.empty(),
                HERE,
                1600,
                List.of(),
                sensors,
                List.of(),
                threats,
                Optional.empty(),
                EngagementConfig.DEFAULTS,
                TrackingConfig.DEFAULTS,
                terrain);
    }

    private static SensorConfig radar(String id, GeoPosition position) {
        return new SensorConfig(
                id,
                SensorType.RADAR,
                position,
                Optional.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    @Test
    void positionsRejectImpossibleCoordinates() {
        assertThatThrownBy(() -> new GeoPosition(91, 44, 0))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(CoreError.OUT_OF_RANGE));
        assertThatThrownBy(() -> new LatLon(39, 181)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> new GeoPosition(39, 44, Double.NaN)).isInstanceOf(SteeldomeException.class);
        assertThat(HERE.toGeodetic().latRad()).isEqualTo(Math.toRadians(39.5));
        assertThat(new LatLon(39.5, 44.0).atHeight(1600)).isEqualTo(HERE);
    }

    @Test
    void areasNeedAPositiveRadiusOrThreeDistinctVertices() {
        assertThatThrownBy(() -> new AssetArea.Circle(new LatLon(39, 44), 0)).isInstanceOf(SteeldomeException.class);
        LatLon a = new LatLon(39, 44);
        LatLon b = new LatLon(39.1, 44);
        assertThatThrownBy(() -> new AssetArea.Polygon(List.of(a, b, a)))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(ScenarioError.TOO_FEW_POINTS));
        assertThatThrownBy(() -> new AssetConfig("x", "X", 0, new AssetArea.Circle(a, 5)))
                .isInstanceOf(SteeldomeException.class);
    }

    @Test
    void effectorRangesMustBeOrdered() {
        assertThatThrownBy(() -> new EffectorConfig(
                        "e",
                        EffectorLayer.SHORT_RANGE,
                        HERE,
                        OptionalInt.empty(),
                        OptionalDouble.of(4000),
                        OptionalDouble.of(4000),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        java.util.List.of()))
                .isInstanceOfSatisfying(
                        SteeldomeException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("e: minRangeM = 4,000 m must be less than maxRangeM = 4,000 m"));
    }

    @Test
    void threatKeysMustFitTheThreatKind() {
        assertThatThrownBy(() -> threat("t", ThreatKind.SRBM, OptionalDouble.of(100)))
                .isInstanceOfSatisfying(
                        SteeldomeException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("speedMps does not apply to srbm threats; remove it"));
        assertThat(threat("t", ThreatKind.AIRCRAFT, OptionalDouble.of(200)).speedMps())
                .isEqualTo(OptionalDouble.of(200));
    }

    @Test
    void trackerWindowMustHoldTheHits() {
        assertThatThrownBy(() -> new TrackingConfig(
                        OptionalInt.of(3), OptionalInt.of(2), OptionalInt.empty(), OptionalDouble.empty()))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(ScenarioError.WINDOW_TOO_SHORT));
    }

    @Test
    void scenarioIdsMustBeUniqueAcrossLists() {
        SensorConfig sensor = new SensorConfig(
                "dup",
                SensorType.RADAR,
                HERE,
                Optional.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty());

        assertThat(scenario(List.of(sensor), List.of()).sensors()).containsExactly(sensor);
        assertThatThrownBy(() -> scenario(
                        List.of(sensor), List.of(threat("dup", ThreatKind.GRAD_ROCKET, OptionalDouble.empty()))))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(ScenarioError.DUPLICATE_ID));
    }

    @Test
    void syntheticTerrainNeedsACellWithinItsLimitsAndEverySensorInsideItsRegion() {
        assertThatThrownBy(() -> new TerrainConfig.Synthetic(1, 0.5))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(CoreError.OUT_OF_RANGE));
        assertThatThrownBy(() -> new TerrainConfig.Synthetic(1, 301)).isInstanceOf(SteeldomeException.class);
        Optional<TerrainConfig> terrain = Optional.of(new TerrainConfig.Synthetic(7, 30));

        assertThat(scenario(List.of(radar("in", HERE)), List.of(), terrain).terrain())
                .isEqualTo(terrain);
        // Zurich: outside 38-46 E, 35-41 N; origin and sensor must still be within 1000 km of each other
        GeoPosition zurich = new GeoPosition(47.37, 8.54, 400);
        assertThatThrownBy(() -> scenario(List.of(radar("in", HERE), radar("out", zurich)), List.of(), terrain))
                .isInstanceOfSatisfying(SteeldomeException.class, e -> {
                    assertThat(e.code()).isEqualTo(ScenarioError.SYNTHETIC_TERRAIN_OUTSIDE);
                    assertThat(e.getMessage()).contains("sensors[1] 'out' at 47.3700 N, 8.5400 E is outside it");
                });
    }

    @Test
    void demTerrainNeedsAFile() {
        assertThatThrownBy(() -> new TerrainConfig.Dem(List.of(), null))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(ScenarioError.NO_DEM_FILES));
    }

    @Test
    void problemFormatsLikeACompilerMessage() {
        assertThat(new ScenarioProblem("f.yaml", 12, 5, "unknown key 'x' in a", "did you mean 'y'?").format())
                .isEqualTo("f.yaml:12:5: unknown key 'x' in a; did you mean 'y'?");
        assertThat(new ScenarioProblem("f.yaml", 3, 1, "bad", "").toString()).isEqualTo("f.yaml:3:1: bad");
        assertThat(new ScenarioProblem("f.yaml", 0, 0, "cannot read the file: x", "").format())
                .isEqualTo("f.yaml: cannot read the file: x");
        assertThatThrownBy(() -> new ScenarioProblem("f", 0, 3, "m", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exceptionSortsProblemsByPositionKeepingTiesInOrder() {
        ScenarioProblem late = new ScenarioProblem("f", 9, 1, "late", "");
        ScenarioProblem firstTie = new ScenarioProblem("f", 2, 4, "first", "");
        ScenarioProblem secondTie = new ScenarioProblem("f", 2, 4, "second", "");
        ScenarioProblem early = new ScenarioProblem("f", 2, 1, "early", "");

        ScenarioException e = new ScenarioException("f", List.of(late, firstTie, secondTie, early));

        assertThat(e.problems()).containsExactly(early, firstTie, secondTie, late);
        assertThat(e.code()).isEqualTo(ScenarioError.INVALID_SCENARIO);
    }
}
