package io.steeldome.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.GeodesicSolution;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in demo checked against geography it does not compute itself: the Natural Earth border line (read here
 * with Jackson directly) decides which side of the border each site is on, and GeographicLib distances check the
 * ranges the scenario claims.
 */
class DemoScenarioTest {
    private static final LatLon TOWN_CENTRE = new LatLon(39.547, 44.084); // Doğubayazıt
    private static Scenario demo;
    /** The border as [lon, lat] from the resource file, south to north. */
    private static List<double[]> border;
    /** Iranian side: the border closed by a loop far to the east (valid for points south of the north tripoint). */
    private static List<double[]> iran;

    @BeforeAll
    static void load() throws IOException {
        demo = ScenarioLoader.demo();
        border = new ArrayList<>();
        try (InputStream in = ScenarioLoader.class.getResourceAsStream("turkey_iran.geojson")) {
            JsonNode coordinates = JsonMapper.builder()
                    .build()
                    .readTree(in)
                    .get("features")
                    .get(0)
                    .get("geometry")
                    .get("coordinates");
            for (JsonNode c : coordinates) {
                border.add(new double[] {c.get(0).doubleValue(), c.get(1).doubleValue()});
            }
        }
        iran = new ArrayList<>(border);
        double[] north = border.getLast();
        double[] south = border.getFirst();
        iran.add(new double[] {50.0, north[1]});
        iran.add(new double[] {50.0, south[1]});
    }

    /** Even-odd ray casting in the (lon, lat) plane; fine at this scale for points away from the line. */
    private static boolean inside(List<double[]> ring, double lon, double lat) {
        boolean in = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double[] a = ring.get(i);
            double[] b = ring.get(j);
            if ((a[1] > lat) != (b[1] > lat) && lon < (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]) + a[0]) {
                in = !in;
            }
        }
        return in;
    }

    private static boolean inIran(LatLon p) {
        return inside(iran, p.lonDeg(), p.latDeg());
    }

    private static boolean inTown(LatLon p) {
        AssetArea.Polygon town = (AssetArea.Polygon) asset("dogubayazit").area();
        List<double[]> ring = town.vertices().stream()
                .map(v -> new double[] {v.lonDeg(), v.latDeg()})
                .toList();
        return inside(ring, p.lonDeg(), p.latDeg());
    }

    private static AssetConfig asset(String id) {
        return demo.assets().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static GeodesicSolution inverse(LatLon from, LatLon to) {
        return Geodesy.inverse(
                GeodeticPoint.ofDegrees(from.latDeg(), from.lonDeg()),
                GeodeticPoint.ofDegrees(to.latDeg(), to.lonDeg()));
    }

    private static double km(LatLon from, LatLon to) {
        return inverse(from, to).distanceM() / 1000;
    }

    private static List<ThreatConfig> threats(ThreatKind kind) {
        return demo.threats().stream().filter(t -> t.type() == kind).toList();
    }

    @Test
    void runParameters() {
        assertThat(demo.seed()).isEqualTo(20261125L);
        assertThat(demo.durationS()).isBetween(900.0, 1200.0);
        assertThat(demo.groundHeightM()).isBetween(1600.0, 1650.0);
        assertThat(km(demo.origin().latLon(), TOWN_CENTRE)).isLessThan(1);
    }

    @Test
    void borderSegmentIsTheNaturalEarthLineReadInLatitudeLongitudeOrder() {
        List<LatLon> line = demo.border().orElseThrow().segments().getFirst().line();

        assertThat(line).hasSize(206).hasSameSizeAs(border);
        for (int i = 0; i < line.size(); i++) {
            assertThat(line.get(i)).isEqualTo(new LatLon(border.get(i)[1], border.get(i)[0]));
        }
        // shared/data/borders/README.md: 440.516 km by summed Vincenty geodesics
        double lengthKm =
                Geodesy.pathLengthM(line.stream().map(p -> p.toGeodetic(0)).toList()) / 1000;
        assertThat(lengthKm).isCloseTo(440.5, within(0.1));
    }

    @Test
    void defendedSitesAndDefencesAreOnTheTurkishSide() {
        List<LatLon> turkish = new ArrayList<>();
        for (AssetConfig a : demo.assets()) {
            switch (a.area()) {
                case AssetArea.Polygon p -> turkish.addAll(p.vertices());
                case AssetArea.Circle c -> turkish.add(c.centre());
            }
        }
        Stream.of(
                        demo.sensors().stream().map(SensorConfig::position),
                        demo.effectors().stream().map(EffectorConfig::position),
                        demo.border().orElseThrow().stations().stream().map(StationConfig::position))
                .flatMap(s -> s)
                .map(GeoPosition::latLon)
                .forEach(turkish::add);
        demo.threats().stream().map(ThreatConfig::aim).forEach(turkish::add);

        assertThat(turkish).hasSizeGreaterThan(15).noneMatch(DemoScenarioTest::inIran);
    }

    @Test
    void everyThreatIsLaunchedFromIran() {
        assertThat(demo.threats()).allMatch(t -> inIran(t.launch().latLon()));
    }

    @Test
    void sanityOfTheRayCastingItself() {
        assertThat(inIran(new LatLon(39.29, 44.51))).as("Maku").isTrue();
        assertThat(inIran(new LatLon(38.08, 46.29))).as("Tabriz").isTrue();
        assertThat(inIran(TOWN_CENTRE)).as("Doğubayazıt").isFalse();
        assertThat(inIran(new LatLon(39.72, 43.05))).as("Ağrı").isFalse();
    }

    @Test
    void defendedAssets() {
        assertThat(asset("dogubayazit").value()).isEqualTo(100.0);
        assertThat(inTown(TOWN_CENTRE)).isTrue();
        AssetConfig gurbulak = asset("gurbulak");
        assertThat(gurbulak.value()).isEqualTo(40.0);
        AssetArea.Circle circle = (AssetArea.Circle) gurbulak.area();
        assertThat(circle.radiusM()).isEqualTo(800.0);
        // a border crossing: next to the line (nearest vertex within 3 km), ~30 km ESE of the town
        double nearestVertexKm = border.stream()
                .mapToDouble(v -> km(circle.centre(), new LatLon(v[1], v[0])))
                .min()
                .orElseThrow();
        assertThat(nearestVertexKm).isLessThan(3);
        assertThat(km(TOWN_CENTRE, circle.centre())).isBetween(25.0, 35.0);
    }

    @Test
    void radarIsOnHighGroundWestNorthWestOfTheTown() {
        SensorConfig radar = demo.sensors().getFirst();
        GeodesicSolution fromTown = inverse(TOWN_CENTRE, radar.position().latLon());

        assertThat(radar.preset()).contains(RadarPreset.MULTI_MISSION);
        assertThat(fromTown.distanceM() / 1000).isBetween(25.0, 40.0);
        double azimuthDeg = Math.floorMod(Math.round(Math.toDegrees(fromTown.azimuth1Rad())), 360);
        assertThat(azimuthDeg).isBetween(270.0, 315.0);
        assertThat(radar.position().hM()).isGreaterThan(demo.groundHeightM() + 300);
    }

    @Test
    void radarCoverageIsMaskedBySyntheticTerrainClippedToItsRegion() {
        assertThat(demo.terrain()).contains(new TerrainConfig.Synthetic(20261125L, 30));
        var grid = ((TerrainConfig.Synthetic) demo.terrain().orElseThrow())
                .grid(demo.sensors())
                .orElseThrow();
        // 250 km around the radar reaches 41.87 N and 46.64 E (GeodSolve), beyond the synthetic region (35-41 N,
        // 38-46 E): the grid stops at its edges
        assertThat(grid.originY()).isCloseTo(41.0, within(1e-9));
        assertThat(grid.originX() + grid.cols() * grid.pixelWidth()).isCloseTo(46.0, within(1e-9));
    }

    @Test
    void shortRangeBatteryByTheTownMediumRangeBehindIt() {
        EffectorConfig shortRange = demo.effectors().stream()
                .filter(e -> e.layer() == EffectorLayer.SHORT_RANGE)
                .findFirst()
                .orElseThrow();
        EffectorConfig mediumRange = demo.effectors().stream()
                .filter(e -> e.layer() == EffectorLayer.MEDIUM_RANGE)
                .findFirst()
                .orElseThrow();

        assertThat(km(TOWN_CENTRE, shortRange.position().latLon())).isLessThan(5);
        assertThat(km(TOWN_CENTRE, mediumRange.position().latLon())).isBetween(15.0, 20.0);
        assertThat(mediumRange.position().lonDeg())
                .as("behind: west of the town")
                .isLessThan(TOWN_CENTRE.lonDeg());
    }

    @Test
    void gradSalvoWithinRocketRangeAndOneRocketAimedAtAnEmptyField() {
        List<ThreatConfig> grads = threats(ThreatKind.GRAD_ROCKET);
        List<ThreatConfig> salvo =
                grads.stream().filter(t -> t.salvoId().isPresent()).toList();

        assertThat(salvo).hasSizeBetween(4, 6);
        assertThat(grads)
                .allSatisfy(t -> assertThat(km(t.launch().latLon(), t.aim())).isLessThan(35));
        AssetArea.Circle gurbulak = (AssetArea.Circle) asset("gurbulak").area();
        assertThat(grads).anySatisfy(t -> {
            assertThat(inTown(t.aim())).isFalse();
            assertThat(km(t.aim(), gurbulak.centre()) * 1000).isGreaterThan(gurbulak.radiusM());
        });
    }

    @Test
    void twoScudClassMissilesFromDeepInIranOneAtTheTown() {
        List<ThreatConfig> srbms = threats(ThreatKind.SRBM);

        assertThat(srbms).hasSize(2);
        assertThat(srbms)
                .allSatisfy(t -> assertThat(km(t.launch().latLon(), t.aim())).isBetween(250.0, 300.0));
        assertThat(srbms).anyMatch(t -> inTown(t.aim()));
    }

    @Test
    void dronesFromAfarArriveWithinTheRun() {
        List<ThreatConfig> drones = threats(ThreatKind.SHAHED_DRONE);

        assertThat(drones).hasSizeBetween(4, 5);
        for (ThreatConfig d : drones) {
            assertThat(km(d.launch().latLon(), d.aim())).isBetween(150.0, 200.0);
            assertThat(d.waypoints()).isNotEmpty();
            List<GeodeticPoint> path = new ArrayList<>();
            path.add(d.launch().toGeodetic());
            d.waypoints().forEach(w -> path.add(w.toGeodetic(0)));
            path.add(d.aim().toGeodetic(0));
            double arrivalS =
                    d.launchTimeS() + Geodesy.pathLengthM(path) / d.speedMps().orElseThrow();
            assertThat(arrivalS).as(d.id()).isBetween(0.0, demo.durationS());
        }
    }
}
