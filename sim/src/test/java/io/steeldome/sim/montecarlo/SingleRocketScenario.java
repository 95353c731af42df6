package io.steeldome.sim.montecarlo;

import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;

/**
 * One Grad-class rocket at a town defended by one short-range battery (Pk 0.5 against rockets), seen by a radar so
 * sensitive and precise that every scan detects it (SNR ~200 dB) and its track has no noise worth the name: the
 * only chance left in a run is the kill draw of each shot.
 */
final class SingleRocketScenario {
    static final String YAML = """
            name: single rocket
            seed: 7
            durationS: 200
            origin: {latDeg: 39.547, lonDeg: 44.084, hM: 1625}
            groundHeightM: 1625
            assets:
              - id: town
                name: Town
                value: 100
                point: {latDeg: 39.547, lonDeg: 44.084}
                radiusM: 2000
            sensors:
              - id: radar
                type: radar
                preset: multi-mission
                position: {latDeg: 39.620, lonDeg: 43.730, hM: 2250}
                referenceSnrDb: 200
                rangeSigmaM: 0.5
                azimuthSigmaDeg: 0.0005
                elevationSigmaDeg: 0.0005
                falseAlarmsPerScan: 0
            effectors:
              - id: sr
                layer: short-range
                position: {latDeg: 39.535, lonDeg: 44.120, hM: 1630}
            threats:
              - id: %s
                type: %s
                launch: {latDeg: 39.370, lonDeg: 44.100, hM: 1800}
                aim: {latDeg: 39.547, lonDeg: 44.084}
                launchTimeS: 10
            engagement:
              policy: shoot-look-shoot
            """;

    private SingleRocketScenario() {}

    static Scenario rocket() {
        return ScenarioLoader.parse(YAML.formatted("rocket", "grad-rocket"), "single-rocket.yaml");
    }
}
