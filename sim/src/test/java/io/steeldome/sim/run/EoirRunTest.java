package io.steeldome.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.terrain.GeoTiffWriter;
import io.steeldome.sensors.eoir.Task;
import io.steeldome.sim.output.RunOutputs;
import io.steeldome.sim.scenario.AtmosphereKind;
import io.steeldome.sim.scenario.EoirConfig;
import io.steeldome.sim.scenario.EoirMode;
import io.steeldome.sim.scenario.EoirPreset;
import io.steeldome.sim.scenario.GeoPosition;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;
import io.steeldome.sim.scenario.UgsConfig;
import io.steeldome.sim.scenario.UgsPreset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EO/IR cameras in a run: a drone flying straight at a tower is first detected, recognised and identified where the
 * Johnson model (computed here from its published formulas, not by the sensors module) puts the drawn threshold; a
 * ridge holds detection back until the line of sight clears; and observers change nothing else in a run.
 */
class EoirRunTest {
    private static final double LON = RidgeFixture.LON;
    private static final double GROUND_M = RidgeFixture.GROUND_M;
    private static final double DRONE_M = RidgeFixture.DRONE_M;
    private static final double SPEED_MPS = RidgeFixture.SPEED_MPS;
    /** Shahed-class critical dimension (2.5 m span). */
    private static final double DC_M = 2.5;

    private static String scenario(String terrain, String preset, double launchLat, double mastM, long seed) {
        return """
                name: eoir
                seed: %d
                durationS: %s
                origin: {latDeg: 40.0, lonDeg: 44.0, hM: 1000}
                groundHeightM: 1000
                %s
                sensors:
                  - id: tower
                    type: eo-ir
                    preset: %s
                    position: {latDeg: 40.0, lonDeg: 44.0, hM: 1000}
                    mastHeightM: %s
                    mode: night
                    atmosphere: clear
                    frameIntervalS: 1
                threats:
                  - id: drone
                    type: shahed-drone
                    launch: {latDeg: %s, lonDeg: 44.0, hM: 1400}
                    aim: {latDeg: 40.0, lonDeg: 44.0}
                    launchTimeS: 0
                    speedMps: 50
                    cruiseHeightM: 1400
                """.formatted(
                        seed,
                        (int) (RidgeFixture.meridianArcM(40.0, launchLat) / SPEED_MPS) + 30,
                        terrain,
                        preset,
                        mastM,
                        launchLat);
    }

    /** Target transfer probability function (NVL / ACQUIRE): P = x^E / (1 + x^E), E = 2.7 + 0.7 x, x = N / N50. */
    private static double ttpf(double x) {
        double xe = Math.pow(x, 2.7 + 0.7 * x);
        return xe / (1 + xe);
    }

    /** x = N / N50 for probability p, by bisection on the TTPF (increasing in x). */
    private static double cyclesRatio(double p) {
        double lo = 1e-6;
        double hi = 50;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (ttpf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Johnson range for a task at probability p: R = Dc / (2 IFOV N), N = N50 x(p). */
    private static double johnsonRangeM(double ifovRad, double n50, double p) {
        return DC_M / (2 * ifovRad * n50 * cyclesRatio(p));
    }

    /**
     * Contrast-limited range, Beer-Lambert with Koschmieder scattering scaled by Kim's exponent (q = 1.3 for 23 km)
     * plus molecular absorption: ln(2 K / threshold) / beta.
     */
    private static double contrastCapM(double wavelengthUm, double absorptionPerM, double thresholdK) {
        double beta = 3.912 / 23_000 * Math.pow(wavelengthUm / 0.55, -1.3) + absorptionPerM;
        return Math.log(2 / thresholdK) / beta;
    }

    private static List<LoggedEvent> eoirEvents(RunResult r) {
        return r.events().stream().filter(e -> e.type().equals("eoir")).toList();
    }

    private static LoggedEvent task(RunResult r, String task) {
        return eoirEvents(r).stream()
                .filter(e -> e.fields().get("task").equals(task))
                .findFirst()
                .orElseThrow();
    }

    private static double num(LoggedEvent e, String key) {
        return ((Number) e.fields().get(key)).doubleValue();
    }

    /**
     * Short-range turret, uncooled LWIR (12 um / 75 mm: IFOV 160 urad), N50 1 / 4 / 8: each task is first achieved in
     * the first 1 s frame at or inside min(Johnson range at the drawn threshold, contrast cap), so within one frame's
     * flight (50 m) of it.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void tasksAreAchievedAtTheJohnsonRangeOfTheDrawnThreshold(long seed) {
        RunResult run = ScenarioRunner.run(
                ScenarioLoader.parse(scenario("", "short-range", 40.2, 20, seed), "s.yaml"), ProgressListener.NONE);
        double ifov = 12e-6 / 0.075;
        // LWIR at 10 um, 0.1/km absorption, 0.3 K threshold: about 18.2 km
        double cap = contrastCapM(10, 0.1e-3, 0.3);
        assertThat(cap).isBetween(18_000.0, 18_400.0);

        List<LoggedEvent> events = eoirEvents(run);
        assertThat(events)
                .extracting(e -> e.fields().get("task"))
                .containsExactly("detection", "recognition", "identification");
        double u = num(events.getFirst(), "threshold");
        double[] n50 = {1, 4, 8};
        double previousT = -1;
        for (int k = 0; k < 3; k++) {
            LoggedEvent e = events.get(k);
            double expected = Math.min(johnsonRangeM(ifov, n50[k], u), cap);
            assertThat(num(e, "threshold")).isEqualTo(u);
            assertThat(num(e, "range_m"))
                    .as("seed %d %s", seed, e.fields().get("task"))
                    .isBetween(expected - SPEED_MPS - 1, expected + 0.01);
            assertThat(e.timeS()).isGreaterThan(previousT);
            previousT = e.timeS();
        }
        assertThat(run.sightings()).hasSize(3);
        assertThat(run.sightings().get(1).task()).isEqualTo(Task.RECOGNITION);
        assertThat(run.sightings().get(1).rangeM())
                .isLessThan(run.sightings().get(0).rangeM());
        // observers only: nothing reaches the tracker
        assertThat(run.threats().getFirst().firstDetectionS()).isNaN();
        assertThat(run.tracks()).isEmpty();
    }

    /**
     * Over many seeds the threshold is uniform, so the first detection lies beyond the Pd = 0.5 Johnson range
     * (Dc / (2 IFOV N50) = 7812.5 m) in about half the runs: 60 runs, 30 +- 12 (3 sigma of Binomial(60, 0.5)).
     */
    @Test
    void halfTheRunsDetectBeyondTheFiftyPercentRange() {
        Scenario base = ScenarioLoader.parse(scenario("", "short-range", 40.2, 20, 1), "s.yaml");
        double r50 = DC_M / (2 * (12e-6 / 0.075) * 1.0);
        assertThat(r50).isCloseTo(7812.5, org.assertj.core.api.Assertions.within(1e-6));
        int beyond = 0;
        for (long seed = 100; seed < 160; seed++) {
            RunResult run = ScenarioRunner.run(base.withSeed(seed), ProgressListener.NONE);
            if (run.sightings().getFirst().rangeM() > r50) {
                beyond++;
            }
        }
        assertThat(beyond).isBetween(18, 42);
    }

    @Test
    void aSeededRunIsReproducible() {
        Scenario s = ScenarioLoader.parse(scenario("", "short-range", 40.2, 20, 42), "s.yaml");
        RunResult a = ScenarioRunner.run(s, ProgressListener.NONE);
        RunResult b = ScenarioRunner.run(s, ProgressListener.NONE);
        RunResult c = ScenarioRunner.run(s.withSeed(43), ProgressListener.NONE);
        assertThat(a.events()).isEqualTo(b.events());
        assertThat(a.sightings()).isEqualTo(b.sightings());
        assertThat(c.sightings().getFirst().rangeM())
                .isNotEqualTo(a.sightings().getFirst().rangeM());
    }

    // ---- a ridge between the tower and the drone (RidgeFixture, the DEM of TerrainRunTest)

    /**
     * Border tower, cooled MWIR (IFOV 37.5 urad): the Johnson detection range of a Shahed is about 33 km at Pd 0.5,
     * so on a smooth earth the drone launched 61 km out is detected far out, while behind a 300 m ridge 10-12 km out
     * it is detected only when it rises above the ridge line (optical refraction, k = 7/6, earth radius along the
     * meridian as LineOfSight uses).
     */
    @Test
    void aRidgeHoldsDetectionBackUntilTheLineOfSightClears(@TempDir Path dir) throws IOException {
        GeoTiffWriter.writeElevation(dir.resolve("ridge.tif"), RidgeFixture.dem());
        Path withRidge = dir.resolve("ridge.yaml");
        Files.writeString(withRidge, scenario("terrain: {dem: [ridge.tif]}", "border-tower", 40.55, 8, 11));
        Path smooth = dir.resolve("smooth.yaml");
        Files.writeString(smooth, scenario("", "border-tower", 40.55, 8, 11));
        RunResult ridgeRun = ScenarioRunner.run(ScenarioLoader.load(withRidge), ProgressListener.NONE);
        RunResult smoothRun = ScenarioRunner.run(ScenarioLoader.load(smooth), ProgressListener.NONE);

        double lat = Math.toRadians(40.0);
        double re = 7.0 / 6.0 * Wgs84.meridianRadiusM(lat);
        double nearestM = RidgeFixture.emergenceM(RidgeFixture.crestM(), re);
        double farthestM = RidgeFixture.emergenceM(RidgeFixture.crestM() + RidgeFixture.halfCellM(), re);
        double launchM = RidgeFixture.meridianArcM(40.0, 40.55);
        double earliestS = (launchM - farthestM) / SPEED_MPS;
        double latestS = (launchM - nearestM) / SPEED_MPS;
        assertThat(nearestM).isBetween(13_000.0, 14_000.0);

        LoggedEvent hidden = task(ridgeRun, "detection");
        double u = num(hidden, "threshold");
        double ifov = 15e-6 / 0.4;
        // the drawn threshold must allow detection at the ridge line for the ridge to decide the time
        assertThat(johnsonRangeM(ifov, 1, u)).isGreaterThan(farthestM + 500);
        assertThat(hidden.timeS()).isBetween(earliestS - 0.5, latestS + 1 + 0.5);

        LoggedEvent seen = task(smoothRun, "detection");
        double expected = Math.min(johnsonRangeM(ifov, 1, num(seen, "threshold")), launchM);
        assertThat(num(seen, "range_m")).isBetween(expected - SPEED_MPS - 400, expected + 400);
        assertThat(seen.timeS()).isLessThan(hidden.timeS());
    }

    // ---- observers change nothing else

    /**
     * The demo with two cameras and two ground sensors added: tracks, engagements, decisions, outcomes and every
     * event other than the observers' own (and the summary line, which gains the ground-sensor counts) are the same.
     */
    @Test
    void observersDoNotChangeTheRestOfARun(@TempDir Path dir) throws IOException {
        Scenario demo = ScenarioLoader.demo();
        GeoPosition site = demo.origin();
        List<EoirConfig> cameras = List.of(
                new EoirConfig(
                        "cam-1",
                        site,
                        Optional.of(EoirPreset.BORDER_TOWER),
                        OptionalDouble.of(20),
                        Optional.of(AtmosphereKind.HAZE),
                        Optional.of(EoirMode.BOTH),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty()),
                new EoirConfig(
                        "cam-2",
                        site,
                        Optional.of(EoirPreset.SHORT_RANGE),
                        OptionalDouble.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalDouble.of(0.5),
                        OptionalDouble.of(20_000),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty()));
        List<UgsConfig> ugs = List.of(
                new UgsConfig(
                        "ugs-1",
                        site,
                        UgsPreset.SEISMIC,
                        Map.of(),
                        OptionalDouble.empty(),
                        OptionalDouble.of(30),
                        OptionalDouble.empty()),
                new UgsConfig(
                        "ugs-2",
                        site,
                        UgsPreset.ACOUSTIC,
                        Map.of(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty()));
        Scenario observed = new Scenario(
                demo.name(),
                demo.description(),
                demo.seed(),
                demo.durationS(),
                demo.timeStepS(),
                demo.origin(),
                demo.groundHeightM(),
                demo.assets(),
                demo.sensors(),
                demo.effectors(),
                demo.threats(),
                demo.border(),
                demo.engagement(),
                demo.tracker(),
                demo.terrain(),
                cameras,
                ugs);

        RunResult plain = ScenarioRunner.run(demo, ProgressListener.NONE);
        RunResult withObservers = ScenarioRunner.run(observed, ProgressListener.NONE);
        RunOutputs.write(plain, dir.resolve("plain"));
        RunOutputs.write(withObservers, dir.resolve("observed"));

        for (String file : List.of("tracks.csv", "engagements.csv", "threats.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("observed").resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("plain").resolve(file)));
        }
        assertThat(withObservers.decisions()).isEqualTo(plain.decisions());
        List<String> plainEvents = Files.readAllLines(dir.resolve("plain/events.jsonl"));
        List<String> otherEvents = Files.readAllLines(dir.resolve("observed/events.jsonl")).stream()
                .filter(l -> !l.contains("\"type\":\"eoir\"") && !l.contains("\"type\":\"ugs\""))
                .toList();
        assertThat(otherEvents.subList(0, otherEvents.size() - 1))
                .isEqualTo(plainEvents.subList(0, plainEvents.size() - 1));
        assertThat(plain.sightings()).isEmpty();
        assertThat(plain.groundSensors()).isEmpty();
        assertThat(plain.summary().toText()).doesNotContain("Ground sensors");

        // the observers did observe: cameras saw threats, and a 30/h seismic sensor raised false alarms
        assertThat(withObservers.sightings()).isNotEmpty();
        UgsTally seismic = withObservers.groundSensors().getFirst();
        assertThat(seismic.polls()).isEqualTo((int) (demo.durationS() / 10));
        assertThat(seismic.detections()).isZero();
        assertThat(seismic.falseAlarms()).isPositive();
        assertThat(withObservers.summary().toText())
                .contains("ugs-1 (seismic) 0 detections, " + seismic.falseAlarms() + " false alarms in "
                        + seismic.polls() + " polls");
        String report = Files.readString(dir.resolve("observed/report.html"));
        assertThat(report).contains("<table id=\"eoir\">").contains("<table id=\"ugs\">");
        assertThat(Files.readString(dir.resolve("plain/report.html"))).doesNotContain("id=\"eoir\"");
    }
}
