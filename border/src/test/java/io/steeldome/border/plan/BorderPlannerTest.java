package io.steeldome.border.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.geometry.BorderLine;
import io.steeldome.border.io.BorderGeoJson;
import io.steeldome.border.siting.MclpSolver;
import io.steeldome.border.siting.RidgeOptions;
import io.steeldome.border.siting.SitingProblem;
import io.steeldome.border.siting.StationSpec;
import io.steeldome.border.siting.StationType;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.terrain.SyntheticTerrain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole plans on small synthetic DEMs (core's SyntheticTerrain: ETOPO1 1-degree relief plus seeded fractal detail)
 * around a 20 km stretch of the real Turkey-Iran line, checked against brute force over the same coverage sets.
 */
class BorderPlannerTest {
    static final BorderLine STRETCH = BorderGeoJson.turkeyIran().part("stretch", 180_000, 200_000);

    /** A 3-arc-second geographic grid around the stretch, 0.12 degree beyond its extent. */
    static ElevationRaster terrain(long seed) {
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (GeodeticPoint p : STRETCH.vertices()) {
            minLat = Math.min(minLat, p.latDeg());
            maxLat = Math.max(maxLat, p.latDeg());
            minLon = Math.min(minLon, p.lonDeg());
            maxLon = Math.max(maxLon, p.lonDeg());
        }
        double cell = 3.0 / 3600;
        double west = Math.floor((minLon - 0.12) / cell) * cell;
        double north = Math.ceil((maxLat + 0.12) / cell) * cell;
        int cols = (int) Math.ceil((maxLon + 0.12 - west) / cell);
        int rows = (int) Math.ceil((north - minLat + 0.12) / cell);
        return SyntheticTerrain.generate(new GridGeometry(Crs.ofEpsg(4326), west, north, cell, cell, cols, rows), seed);
    }

    static PlanOptions small(PlanOptions o) {
        return o.withZoneDepthM(8_000)
                .withRidges(RidgeOptions.defaults().withMaxCount(20).withMinSeparationM(1_000))
                .withStationTypes(List.of(
                        StationSpec.defaultFor(StationType.EOIR_TOWER),
                        StationSpec.defaultFor(StationType.OUTPOST),
                        StationSpec.defaultFor(StationType.UGS_FIELD)))
                .withBaseline(StationType.EOIR_TOWER, 2_000);
    }

    static double bruteForce(SitingProblem p, int from, int[] chosen) {
        double b = p.coveredWeight(chosen);
        if (chosen.length == Math.min(p.maxStations(), p.options())) {
            return b;
        }
        for (int j = from; j < p.options(); j++) {
            int[] next = Arrays.copyOf(chosen, chosen.length + 1);
            next[chosen.length] = j;
            if (p.feasible(next)) {
                b = Math.max(b, bruteForce(p, j + 1, next));
            }
        }
        return b;
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 2026})
    void sitingEqualsBruteForceOnSyntheticTerrain(long seed) {
        ElevationRaster dem = terrain(seed);
        for (int n = 1; n <= 3; n++) {
            BorderPlan plan = BorderPlanner.plan(STRETCH, dem, small(PlanOptions.stations(n)));
            SitingProblem p = plan.problem();
            assertThat(p.options()).isBetween(30, 80); // a few dozen: up to 20 ridge tops x 3 types + 20 UGS line sites
            double opt = bruteForce(p, 0, new int[0]);
            assertThat(plan.solution().coveredWeight()).isCloseTo(opt, within(1e-6));
            assertThat(plan.solution().upperBound()).isGreaterThanOrEqualTo(opt - 1e-6);
            assertThat(plan.solution().lagrangianBound()).isGreaterThanOrEqualTo(opt - 1e-6);
            assertThat(plan.stations()).hasSizeLessThanOrEqualTo(n);
            assertThat(plan.baseline()).hasSize(n);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11})
    void budgetIsRespectedAndEqualsBruteForce(long seed) {
        ElevationRaster dem = terrain(seed);
        PlanOptions o = small(PlanOptions.budget(2_500))
                .withStationTypes(List.of(
                        StationSpec.defaultFor(StationType.EOIR_TOWER), StationSpec.defaultFor(StationType.OUTPOST)));
        BorderPlan plan = BorderPlanner.plan(STRETCH, dem, o);
        assertThat(plan.cost()).isLessThanOrEqualTo(2_500);
        double opt = bruteForce(plan.problem(), 0, new int[0]);
        assertThat(plan.solution().coveredWeight()).isCloseTo(opt, within(1e-6));
        assertThat(plan.upperBoundFraction()).isGreaterThanOrEqualTo(plan.coveredFraction());
        // Two EO/IR towers (1,200 each) are all the baseline can buy.
        assertThat(plan.baseline()).hasSize(2);
        assertThat(plan.baselineCost()).isLessThanOrEqualTo(2_500);
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 2026})
    void coverageNeverDecreasesWhenAStationIsAdded(long seed) {
        ElevationRaster dem = terrain(seed);
        double last = -1;
        for (int n = 1; n <= 5; n++) {
            BorderPlan plan = BorderPlanner.plan(
                    STRETCH, dem, small(PlanOptions.stations(n)).withSolver(new MclpSolver.Options(200_000, 500)));
            assertThat(plan.coveredFraction()).isGreaterThanOrEqualTo(last - 1e-12);
            last = plan.coveredFraction();
            // Adding any one more option to the chosen set never lowers what it covers.
            SitingProblem p = plan.problem();
            int[] chosen = plan.solution().chosen();
            for (int j = 0; j < p.options(); j++) {
                int[] more = Arrays.copyOf(chosen, chosen.length + 1);
                more[chosen.length] = j;
                assertThat(p.coveredWeight(more)).isGreaterThanOrEqualTo(p.coveredWeight(chosen));
            }
        }
    }

    @Test
    void writesQgisReadyFilesThatSaySynthetic(@TempDir Path dir) throws Exception {
        ElevationRaster dem = terrain(7);
        BorderPlan plan = BorderPlanner.plan(STRETCH, dem, small(PlanOptions.stations(3)));
        plan.write(dir);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode planJson = json.readTree(Files.readString(dir.resolve("plan.json")));
        assertThat(planJson.get("coveredFraction").asDouble()).isCloseTo(plan.coveredFraction(), within(1e-6));
        assertThat(planJson.get("upperBound").asDouble())
                .isGreaterThanOrEqualTo(planJson.get("coveredFraction").asDouble());
        assertThat(planJson.get("gap").asDouble()).isBetween(0.0, 1.0);
        assertThat(planJson.has("baselineCoveredFraction")).isTrue();
        assertThat(planJson.get("stations").asInt()).isEqualTo(plan.stations().size());
        assertThat(planJson.get("terrain").get("label").asString()).startsWith("SYNTHETIC");
        assertThat(planJson.get("terrain").get("synthetic").asBoolean()).isTrue();

        JsonNode sites = json.readTree(Files.readString(dir.resolve("sites.geojson")));
        assertThat(sites.get("features")).hasSize(plan.stations().size());
        for (JsonNode f : sites.get("features")) {
            assertThat(f.get("geometry").get("type").asString()).isEqualTo("Point");
            double lon = f.get("geometry").get("coordinates").get(0).asDouble();
            double lat = f.get("geometry").get("coordinates").get(1).asDouble();
            assertThat(lon).isBetween(43.0, 46.0); // [lon, lat] order: the stretch is near 44.5 E, 38 N
            assertThat(lat).isBetween(37.0, 40.0);
            assertThat(f.get("properties").get("type").asString()).isIn("EOIR_TOWER", "OUTPOST", "UGS_FIELD");
            assertThat(f.get("properties").get("terrain").asString()).startsWith("SYNTHETIC");
        }

        // Covered and gap pieces tile the line: their lengths add up to its geodesic length.
        JsonNode cov = json.readTree(Files.readString(dir.resolve("coverage.geojson")));
        double covered = 0;
        double total = 0;
        for (JsonNode f : cov.get("features")) {
            if (!f.get("properties").get("kind").asString().equals("border")) {
                continue;
            }
            List<GeodeticPoint> pts = new java.util.ArrayList<>();
            for (JsonNode c : f.get("geometry").get("coordinates")) {
                pts.add(GeodeticPoint.ofDegrees(c.get(1).asDouble(), c.get(0).asDouble()));
            }
            double len = io.steeldome.core.geo.Geodesy.pathLengthM(pts);
            assertThat(len).isCloseTo(f.get("properties").get("length_m").asDouble(), within(0.2));
            total += len;
            if (f.get("properties").get("status").asString().equals("covered")) {
                covered += len;
            }
        }
        assertThat(total).isCloseTo(STRETCH.lengthM(), within(1.0));
        assertThat(covered / total).isCloseTo(plan.coveredFraction(), within(1e-4));

        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("SYNTHETIC")
                .contains("data:image/png;base64,")
                .doesNotContain("<script")
                .doesNotContain("http://")
                .doesNotContain("https://");
        byte[] png = Files.readAllBytes(dir.resolve("coverage.png"));
        assertThat(Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
    }

    /**
     * With no snapping the baseline's N towers stand on the line at (k + 1/2) L / N; with snapping each is a candidate
     * of the baseline type within the snap distance, or on the line.
     */
    @Test
    void baselineTowersAreEquallySpaced() {
        ElevationRaster dem = terrain(11);
        int n = 4;
        BorderPlan exact = BorderPlanner.plan(
                STRETCH, dem, small(PlanOptions.stations(n)).withBaseline(StationType.EOIR_TOWER, 0));
        assertThat(exact.baseline()).hasSize(n);
        for (int k = 0; k < n; k++) {
            GeodeticPoint expected = STRETCH.pointAt((k + 0.5) * STRETCH.lengthM() / n);
            assertThat(io.steeldome.core.geo.Geodesy.distanceM(
                            exact.baseline().get(k).position(), expected))
                    .isLessThan(1e-3);
            assertThat(exact.baseline().get(k).spec().type()).isEqualTo(StationType.EOIR_TOWER);
        }
        BorderPlan snapped = BorderPlanner.plan(STRETCH, dem, small(PlanOptions.stations(n)));
        for (int k = 0; k < n; k++) {
            GeodeticPoint expected = STRETCH.pointAt((k + 0.5) * STRETCH.lengthM() / n);
            assertThat(io.steeldome.core.geo.Geodesy.distanceM(
                            snapped.baseline().get(k).position(), expected))
                    .isLessThanOrEqualTo(2_000);
        }
        // Snapping to the best nearby candidate can only help here, and the optimiser beats both.
        assertThat(snapped.coveredFraction()).isGreaterThanOrEqualTo(snapped.baselineCoveredFraction());
        assertThat(exact.coveredFraction()).isGreaterThanOrEqualTo(exact.baselineCoveredFraction());
    }

    @Test
    void measuredTerrainIsNotCalledSynthetic(@TempDir Path dir) throws Exception {
        ElevationRaster synthetic = terrain(7);
        ElevationRaster measured = ElevationRaster.of(synthetic.geometry(), synthetic.heights(), "N38E044.hgt", false);
        BorderPlan plan = BorderPlanner.plan(STRETCH, measured, small(PlanOptions.stations(2)));
        plan.write(dir);
        assertThat(plan.terrainLabel()).isEqualTo("N38E044.hgt");
        for (String f : List.of("plan.json", "sites.geojson", "coverage.geojson", "report.html")) {
            assertThat(Files.readString(dir.resolve(f))).doesNotContain("SYNTHETIC");
        }
    }
}
