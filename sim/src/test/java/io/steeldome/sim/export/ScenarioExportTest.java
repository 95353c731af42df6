package io.steeldome.sim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.interop.czml.CzmlValidator;
import io.steeldome.interop.geojson.GeoJsonValidator;
import io.steeldome.interop.geojson.GeoJsonValidator.Region;
import io.steeldome.sim.border.BorderOutputs;
import io.steeldome.sim.border.BorderRunResult;
import io.steeldome.sim.border.BorderScenarioReader;
import io.steeldome.sim.border.BorderSimulation;
import io.steeldome.sim.output.RunOutputs;
import io.steeldome.sim.run.EngagementRecord;
import io.steeldome.sim.run.ProgressListener;
import io.steeldome.sim.run.RunResult;
import io.steeldome.sim.run.ScenarioRunner;
import io.steeldome.sim.run.ThreatOutcome;
import io.steeldome.sim.run.TrackSample;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo run's GeoJSON and CZML exports: valid, in [lon, lat] order, and timed like the run. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioExportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Eastern Turkey, north-west Iran and the radar's 250 km ring; a position written [lat, lon] (39.6, 43.7 becomes
     * lon 39.6, lat 43.7) falls north of it.
     */
    private static final Region REGION = new Region(38, 35, 50, 43);

    private RunResult demo;
    private JsonNode geo;
    private JsonNode czml;

    @BeforeAll
    void runTheDemo(@TempDir Path dir) throws Exception {
        demo = ScenarioRunner.run(ScenarioLoader.demo(), ProgressListener.NONE);
        RunOutputs.write(demo, dir);
        geo = JSON.readTree(Files.readString(dir.resolve("run.geojson")));
        czml = JSON.readTree(Files.readString(dir.resolve("run.czml")));
    }

    private JsonNode feature(String id) {
        for (JsonNode f : geo.get("features")) {
            if (f.path("id").asString("").equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + id);
    }

    private JsonNode packet(String id) {
        for (JsonNode p : czml) {
            if (p.get("id").asString().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no packet " + id);
    }

    @Test
    void runGeoJsonIsValidRfc7946InTheRegion() {
        assertThat(GeoJsonValidator.validate(geo, REGION)).isEmpty();
        assertThat(geo.has("crs")).isFalse();
        assertThat(geo.get("bbox")).hasSize(4);
        assertThat(geo.get("features"))
                .allSatisfy(f -> assertThat(f.get("id").isString()).isTrue());
    }

    @Test
    void runCzmlIsValidWithTheDocumentFirst() {
        assertThat(CzmlValidator.validate(czml, REGION)).isEmpty();
        assertThat(czml.get(0).get("id").asString()).isEqualTo("document");
        assertThat(czml.get(0).get("clock").get("interval").asString())
                .isEqualTo("2026-01-01T00:00:00Z/2026-01-01T00:20:00Z"); // durationS: 1200
    }

    /** demo.yaml puts radar-west at latDeg 39.620, lonDeg 43.730, hM 2250: written [43.73, 39.62, 2250]. */
    @Test
    void sitesAreLongitudeFirstAsInTheScenarioFile() {
        assertThat(feature("site:radar-west").get("geometry").get("coordinates").toString())
                .isEqualTo("[43.73,39.62,2250.0]");
        assertThat(packet("site:radar-west")
                        .get("position")
                        .get("cartographicDegrees")
                        .toString())
                .isEqualTo("[43.73,39.62,2250.0]");
        // the town polygon's first vertex in the file is [39.565, 44.065] (lat, lon); it is in the ring as lon, lat
        assertThat(feature("asset:dogubayazit")
                        .get("geometry")
                        .get("coordinates")
                        .get(0)
                        .toString())
                .contains("[44.065,39.565]");
    }

    /** Each confirmed track is a LineString with one ISO time per vertex, matching tracks.csv's samples. */
    @Test
    void tracksCarryOneTimePerVertex() {
        List<TrackSample> t1 = demo.tracks().stream()
                .filter(s -> s.status().equals("CONFIRMED"))
                .filter(s -> s.trackId()
                        == demo.tracks().stream()
                                .filter(x -> x.status().equals("CONFIRMED"))
                                .findFirst()
                                .orElseThrow()
                                .trackId())
                .toList();
        JsonNode f = feature("track:T" + t1.get(0).trackId());
        JsonNode coords = f.get("geometry").get("coordinates");
        JsonNode times = f.get("properties").get("times");
        assertThat(coords).hasSize(t1.size());
        assertThat(times).hasSize(t1.size());
        Instant first = Instant.parse(times.get(0).asString());
        assertThat(first.toEpochMilli() - ScenarioExport.DEFAULT_EPOCH.toEpochMilli())
                .isEqualTo(Math.round(t1.get(0).timeS() * 1000));
        for (int i = 1; i < times.size(); i++) {
            assertThat(Instant.parse(times.get(i).asString()))
                    .isAfterOrEqualTo(Instant.parse(times.get(i - 1).asString()));
        }
        assertThat(coords.get(0).get(0).asDouble())
                .isCloseTo(t1.get(0).position().lonDeg(), within(1e-7));
        assertThat(coords.get(0).get(1).asDouble())
                .isCloseTo(t1.get(0).position().latDeg(), within(1e-7));

        JsonNode samples =
                packet("track:T" + t1.get(0).trackId()).get("position").get("cartographicDegrees");
        assertThat(samples).hasSize(4 * t1.size());
        assertThat(samples.get(0).asDouble()).isCloseTo(t1.get(0).timeS(), within(1e-3));
        assertThat(samples.get(1).asDouble()).isCloseTo(t1.get(0).position().lonDeg(), within(1e-7));
        assertThat(samples.get(2).asDouble()).isCloseTo(t1.get(0).position().latDeg(), within(1e-7));
    }

    /** A threat's truth path ends at its recorded end point, at its end time, in both files. */
    @Test
    void threatPathsEndWhereAndWhenTheThreatEnded() {
        ThreatOutcome t = demo.threats().get(0);
        JsonNode f = feature("threat:" + t.threatId());
        JsonNode coords = f.get("geometry").get("coordinates");
        JsonNode last = coords.get(coords.size() - 1);
        assertThat(last.get(0).asDouble()).isCloseTo(t.endPoint().lonDeg(), within(1e-7));
        assertThat(last.get(1).asDouble()).isCloseTo(t.endPoint().latDeg(), within(1e-7));
        JsonNode times = f.get("properties").get("times_s");
        assertThat(times.get(times.size() - 1).asDouble()).isCloseTo(t.endTimeS(), within(1e-3));
        assertThat(times.get(0).asDouble()).isCloseTo(t.launchTimeS(), within(1e-3));

        JsonNode c = packet("threat:" + t.threatId()).get("position").get("cartographicDegrees");
        int n = c.size();
        assertThat(c.get(n - 4).asDouble()).isCloseTo(t.endTimeS(), within(1e-3));
        assertThat(c.get(n - 3).asDouble()).isCloseTo(t.endPoint().lonDeg(), within(1e-7));
        assertThat(c.get(n - 2).asDouble()).isCloseTo(t.endPoint().latDeg(), within(1e-7));
    }

    /** Every shot is a line from its launcher to its planned intercept point, with outcome and approval. */
    @Test
    void shotsRunFromLauncherToInterceptPoint() {
        assertThat(demo.engagements()).isNotEmpty();
        for (EngagementRecord e : demo.engagements()) {
            JsonNode f = feature("shot:" + e.id());
            JsonNode coords = f.get("geometry").get("coordinates");
            JsonNode site = feature("site:" + e.effectorId()).get("geometry").get("coordinates");
            assertThat(coords.get(0)).isEqualTo(site);
            assertThat(coords.get(1).get(0).asDouble())
                    .isCloseTo(e.plannedInterceptPoint().lonDeg(), within(1e-7));
            assertThat(coords.get(1).get(1).asDouble())
                    .isCloseTo(e.plannedInterceptPoint().latDeg(), within(1e-7));
            JsonNode p = f.get("properties");
            assertThat(p.get("outcome").asString()).isEqualTo(e.result().name());
            assertThat(p.get("effector").asString()).isEqualTo(e.effectorId());
            assertThat(p.get("approved_by").asString()).isEqualTo("simulation");
            assertThat(p.get("approval_mode").asString()).isEqualTo("auto");
            JsonNode show = packet("shot:" + e.id()).get("polyline").get("show");
            assertThat(show.toString()).contains("\"boolean\":true");
        }
    }

    /** Predicted impacts come with a 95 % ellipse polygon (closed, counter-clockwise: the validator checks). */
    @Test
    void predictedImpactsHaveEllipses() {
        long impacts = 0;
        Map<String, Integer> kinds = new HashMap<>();
        for (JsonNode f : geo.get("features")) {
            kinds.merge(f.get("properties").get("kind").asString(), 1, Integer::sum);
            if (f.get("id").asString().startsWith("impact-ellipse:")) {
                impacts++;
                assertThat(f.get("geometry").get("coordinates").get(0)).hasSize(73);
            }
        }
        assertThat(impacts).isPositive();
        assertThat(kinds).containsKeys("asset", "radar", "effector", "coverage", "threat-truth", "track", "shot");
    }

    /**
     * The radar's terrain-masked coverage (demo.yaml: groundHeightM 1625, so targets at 1925 and 4625 m) is a
     * MultiPolygon inside its 250 km nominal ring, marked SYNTHETIC like every other output of this run.
     */
    @Test
    void terrainMaskedCoverageLiesInsideTheNominalRingAndSaysSynthetic() {
        io.steeldome.core.geo.GeodeticPoint radar = io.steeldome.core.geo.GeodeticPoint.ofDegrees(39.62, 43.73);
        for (String h : List.of("1925m", "4625m")) {
            JsonNode f = feature("coverage-masked:radar-west:" + h);
            assertThat(f.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
            assertThat(f.get("properties").get("terrain_synthetic").asBoolean()).isTrue();
            assertThat(f.get("properties").get("terrain").asString()).startsWith("SYNTHETIC");
            for (JsonNode polygon : f.get("geometry").get("coordinates")) {
                for (JsonNode p : polygon.get(0)) {
                    double d = io.steeldome.core.geo.Geodesy.distanceM(
                            radar,
                            io.steeldome.core.geo.GeodeticPoint.ofDegrees(
                                    p.get(1).asDouble(), p.get(0).asDouble()));
                    assertThat(d).isLessThanOrEqualTo(250_000 + 1500);
                }
            }
        }
    }

    @Test
    void scenarioOnlyExportsAreValid() {
        JsonNode g = ScenarioExport.scenarioGeoJson(demo.layout()).toJson();
        JsonNode c = ScenarioExport.scenarioCzml("demo", demo.layout(), 600, Instant.parse("2030-06-01T12:00:00Z"))
                .toJson();
        assertThat(GeoJsonValidator.validate(g, REGION)).isEmpty();
        assertThat(CzmlValidator.validate(c, REGION)).isEmpty();
        assertThat(c.get(0).get("clock").get("interval").asString())
                .isEqualTo("2030-06-01T12:00:00Z/2030-06-01T12:10:00Z");
    }

    /** The border example's run writes border.geojson and border.czml, both valid, with alerts in lon, lat order. */
    @Test
    void borderRunExportsAreValid(@TempDir Path dir) throws Exception {
        BorderRunResult r = BorderSimulation.run(
                BorderScenarioReader.load(Path.of("..", "examples", "border", "iraq-turkey-sector.yaml")),
                1,
                (t, d) -> {});
        BorderOutputs.write(r, dir);
        JsonNode g = JSON.readTree(Files.readString(dir.resolve(BorderOutputs.GEOJSON)));
        JsonNode c = JSON.readTree(Files.readString(dir.resolve(BorderOutputs.CZML)));
        assertThat(GeoJsonValidator.validate(g, REGION)).isEmpty();
        assertThat(CzmlValidator.validate(c, REGION)).isEmpty();
        assertThat(r.alerts()).isNotEmpty();
        var a = r.alerts().get(0);
        for (JsonNode f : g.get("features")) {
            if (f.get("id").asString().equals("alert:" + a.id())) {
                assertThat(f.get("geometry").get("coordinates").get(0).asDouble())
                        .isCloseTo(a.position().lonDeg(), within(1e-7));
                assertThat(f.get("geometry").get("coordinates").get(1).asDouble())
                        .isCloseTo(a.position().latDeg(), within(1e-7));
            }
        }
    }
}
