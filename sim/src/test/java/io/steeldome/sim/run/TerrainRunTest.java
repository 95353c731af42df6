package io.steeldome.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GeoTiffWriter;
import io.steeldome.core.terrain.LineOfSight;
import io.steeldome.core.terrain.LineOfSightOptions;
import io.steeldome.core.terrain.SyntheticTerrain;
import io.steeldome.core.time.SimTime;
import io.steeldome.sensors.coverage.TerrainMask;
import io.steeldome.sensors.radar.Radar;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;
import io.steeldome.sim.scenario.TerrainConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terrain reaches the radars' plots: a drone behind a ridge is detected when geometry says it comes out from behind
 * it, not earlier, while on a smooth earth it is seen at once.
 */
class TerrainRunTest {
    private static final double RADAR_LAT = RidgeFixture.SITE_LAT;
    private static final double LON = RidgeFixture.LON;
    private static final double GROUND_M = RidgeFixture.GROUND_M;
    private static final double DRONE_M = RidgeFixture.DRONE_M;
    /** Multi-mission preset: antenna 8 m above the site. */
    private static final double ANTENNA_M = RidgeFixture.EYE_M;

    private static final double LAUNCH_LAT = RidgeFixture.LAUNCH_LAT;
    private static final double SPEED_MPS = RidgeFixture.SPEED_MPS;

    /**
     * A radar on a plain at 1000 m, a ridge 300 m high 10-12 km north of it, and a drone at 1400 m flying south
     * straight at the radar from 61 km. Both runs use the same seed.
     */
    private static String scenario(String terrain) {
        return """
                name: ridge
                seed: 11
                durationS: 1100
                origin: {latDeg: 40.0, lonDeg: 44.0, hM: 1000}
                groundHeightM: 1000
                %s
                sensors:
                  - id: radar
                    type: radar
                    preset: multi-mission
                    position: {latDeg: 40.0, lonDeg: 44.0, hM: 1000}
                    maxRangeM: 80000
                    falseAlarmsPerScan: 0
                threats:
                  - id: drone
                    type: shahed-drone
                    launch: {latDeg: 40.55, lonDeg: 44.0, hM: 1400}
                    aim: {latDeg: 40.0, lonDeg: 44.0}
                    launchTimeS: 0
                    speedMps: 50
                    cruiseHeightM: 1400
                """.formatted(terrain);
    }

    @Test
    void droneBehindARidgeIsDetectedWhenItRisesAboveTheRidgeLineAndOnASmoothEarthAtOnce(@TempDir Path dir)
            throws IOException {
        GeoTiffWriter.writeElevation(dir.resolve("ridge.tif"), RidgeFixture.dem());
        Path withRidge = dir.resolve("ridge.yaml");
        Files.writeString(withRidge, scenario("terrain: {dem: [ridge.tif]}"));
        Path smooth = dir.resolve("smooth.yaml");
        Files.writeString(smooth, scenario(""));

        RunResult ridgeRun = ScenarioRunner.run(ScenarioLoader.load(withRidge), ProgressListener.NONE);
        RunResult smoothRun = ScenarioRunner.run(ScenarioLoader.load(smooth), ProgressListener.NONE);

        // Geometry, independent of the mask: the highest point of the ridge seen from the antenna is the top of its
        // near face (RidgeFixture.crestM). The mask samples every half cell (range step), so its maximum lies between
        // that point's elevation and the elevation one step farther.
        double lat = Math.toRadians(RADAR_LAT);
        double re = 4.0 / 3.0 * Math.sqrt(Wgs84.meridianRadiusM(lat) * Wgs84.primeVerticalRadiusM(lat));
        double nearestM = RidgeFixture.emergenceM(RidgeFixture.crestM(), re);
        double farthestM = RidgeFixture.emergenceM(RidgeFixture.crestM() + RidgeFixture.halfCellM(), re);
        double launchM = RidgeFixture.meridianArcM(RADAR_LAT, LAUNCH_LAT);
        double earliestS = (launchM - farthestM) / SPEED_MPS;
        double latestS = (launchM - nearestM) / SPEED_MPS;
        // ~13.3 km out, 3 km before the ridge: the drone is seen over it well before it crosses it
        assertThat(nearestM).isBetween(13_000.0, 13_600.0);
        assertThat(latestS - earliestS).isLessThan(3);

        ThreatOutcome hidden = ridgeRun.threats().getFirst();
        ThreatOutcome seen = smoothRun.threats().getFirst();
        // 2 s scans, Pd ~ 1 at 13 km (0.1 m^2, 50 dB): the first scan after it emerges sees it. Allowance: the radar
        // measures ground range on the Gaussian sphere, 0.2 % longer than the meridian arc here (~0.5 s later).
        assertThat(hidden.firstDetectionS()).isBetween(earliestS - 0.5, latestS + 2 + 1);
        assertThat(hidden.firstTrackS()).isGreaterThan(hidden.firstDetectionS());
        assertThat(seen.firstDetectionS()).isLessThanOrEqualTo(5);
        assertThat(ridgeRun.summary().terrain()).contains(new TerrainNote("ridge.tif", false));
        assertThat(smoothRun.summary().terrain()).isEmpty();
    }

    /**
     * The geometry above checked against core's LineOfSight (validated against gdal_viewshed): just inside the
     * emergence distance the drone is visible, just outside it is blocked by the ridge.
     */
    @Test
    void lineOfSightAgreesWithTheRidgeGeometry() {
        ElevationRaster dem = RidgeFixture.dem();
        GeodeticPoint radar = GeodeticPoint.ofDegrees(RADAR_LAT, LON, GROUND_M);
        double lat = Math.toRadians(RADAR_LAT);
        double re = 4.0 / 3.0 * Math.sqrt(Wgs84.meridianRadiusM(lat) * Wgs84.primeVerticalRadiusM(lat));
        double emergenceM = RidgeFixture.emergenceM(RidgeFixture.crestM(), re);
        LineOfSightOptions drone = LineOfSightOptions.of(ANTENNA_M - GROUND_M, DRONE_M - GROUND_M);

        assertThat(LineOfSight.check(dem, radar, Geodesy.direct(radar, 0, emergenceM - 100), drone)
                        .visible())
                .isTrue();
        assertThat(LineOfSight.check(dem, radar, Geodesy.direct(radar, 0, emergenceM + 100), drone)
                        .visible())
                .isFalse();
    }

    /**
     * A drone at 2300 m coming from the east at the demo's radar (antenna 2258 m) over the demo's synthetic terrain:
     * on a smooth earth it is seen at once; with the terrain only once core's LineOfSight finds it clear of the
     * relief (the mask's bins are a fraction of a cell, so the two agree to a few scans).
     */
    @Test
    void lowDroneOverSyntheticTerrainIsSeenOnlyWhenClearOfTheRelief() {
        String yaml = """
                name: low drone
                seed: 5
                durationS: 1300
                origin: {latDeg: 39.547, lonDeg: 44.084, hM: 1625}
                groundHeightM: 1625
                %s
                sensors:
                  - id: radar
                    type: radar
                    preset: multi-mission
                    position: {latDeg: 39.620, lonDeg: 43.730, hM: 2250}
                    falseAlarmsPerScan: 0
                threats:
                  - id: drone
                    type: shahed-drone
                    launch: {latDeg: 39.620, lonDeg: 44.430, hM: 2300}
                    aim: {latDeg: 39.620, lonDeg: 43.760}
                    launchTimeS: 0
                    speedMps: 50
                    cruiseHeightM: 2300
                """;
        Scenario withTerrain = ScenarioLoader.parse(
                yaml.formatted("terrain: {synthetic: {seed: 20261125, cellArcSec: 30}}"), "synthetic.yaml");
        Scenario smooth = ScenarioLoader.parse(yaml.formatted(""), "smooth.yaml");

        RunResult masked = ScenarioRunner.run(withTerrain, ProgressListener.NONE);
        RunResult open = ScenarioRunner.run(smooth, ProgressListener.NONE);

        assertThat(open.threats().getFirst().firstDetectionS()).isLessThanOrEqualTo(5);
        double detectedS = masked.threats().getFirst().firstDetectionS();
        // the first time (on the 2 s scan grid) from which LineOfSight sees the drone for good
        TerrainConfig.Synthetic t =
                (TerrainConfig.Synthetic) withTerrain.terrain().orElseThrow();
        ElevationRaster dem =
                SyntheticTerrain.generate(t.grid(withTerrain.sensors()).orElseThrow(), t.seed());
        World world = World.build(withTerrain);
        Radar radar = world.radars().getFirst();
        var path = world.threats().getFirst().trajectory();
        double visibleFromS = Double.NaN;
        for (double s = 1; s < 1200; s += 2) {
            GeodeticPoint p = Wgs84.toGeodetic(path.positionEcefAt(SimTime.ofSeconds(s)));
            double groundAtDrone = dem.sample(p).orElseThrow();
            boolean visible = LineOfSight.check(
                            dem,
                            radar.site(),
                            p,
                            new LineOfSightOptions(
                                    radar.antenna().hM()
                                            - dem.sample(radar.site()).orElseThrow(),
                                    Math.max(0, p.hM() - groundAtDrone),
                                    radar.spec().refractionK()))
                    .visible();
            if (!visible) {
                visibleFromS = Double.NaN;
            } else if (Double.isNaN(visibleFromS)) {
                visibleFromS = s;
            }
        }
        assertThat(visibleFromS)
                .as("LineOfSight finds the drone hidden at first")
                .isGreaterThan(100);
        assertThat(detectedS).isGreaterThan(open.threats().getFirst().firstDetectionS() + 100);
        assertThat(detectedS).isCloseTo(visibleFromS, within(10.0));
    }

    @Test
    void maskBinsFollowTheCellSizeAndTheInstrumentedRange() {
        Scenario demo = ScenarioLoader.demo();
        World world = World.build(demo);
        TerrainMask mask = world.radars().getFirst().terrainMask().orElseThrow();

        // 30" of longitude at 39.62 N is 715.544 m (GeodSolve -i: 39.62 43.73 39.62 43.7383333333333), less than
        // 30" of latitude (925 m): one such cell at 250 km is 0.16399 deg, and 360 deg / 0.16399 deg rounds to 2195
        // bins of 0.164009 deg; the range step is half the cell, 357.77 m
        assertThat(Math.toDegrees(mask.azimuthBinRad())).isCloseTo(360.0 / 2195, within(1e-9));
        assertThat(mask.rangeStepM()).isCloseTo(357.77, within(0.01));
        assertThat(mask.maxRangeM()).isEqualTo(250_000.0);
        assertThat(mask.synthetic()).isTrue();
        assertThat(world.terrain())
                .hasValueSatisfying(n -> assertThat(n.synthetic()).isTrue());
        assertThat(Optional.of(mask.source()))
                .hasValueSatisfying(s -> assertThat(s).startsWith("SYNTHETIC"));
    }
}
