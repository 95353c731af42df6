package io.steeldome.sim.scenario;

import static io.steeldome.sim.scenario.ScenarioValidationTest.only;
import static io.steeldome.sim.scenario.ScenarioValidationTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.sensors.eoir.EoirSensor;
import io.steeldome.sensors.signature.TargetType;
import io.steeldome.sensors.ugs.UgsModality;
import io.steeldome.sensors.ugs.UgsSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EO/IR cameras and unattended ground sensors in {@code sensors[]}: parsing with presets and overrides, and each kind
 * of problem with its exact line:column (counted by hand; text blocks strip their indentation, column 1 is the first
 * character).
 */
class ObserverSensorTest {
    /** Lines 1-6. */
    private static final String HEAD = """
            name: t
            seed: 1
            durationS: 600
            origin: {latDeg: 39.5, lonDeg: 44.0, hM: 1600}
            groundHeightM: 1600
            sensors:
            """;

    private static final String CAMERA = """
              - id: cam
                type: eo-ir
                position: {latDeg: 39.6, lonDeg: 44.0, hM: 1700}
            """;

    private static final String UGS = """
              - id: ugs
                type: ugs
                position: {latDeg: 39.6, lonDeg: 44.0, hM: 1700}
                preset: acoustic
            """;

    @Test
    void cameraWithoutOverridesIsThePresetTurret() {
        EoirConfig c = ScenarioLoader.parse(HEAD + CAMERA, "s.yaml").cameras().getFirst();

        assertThat(c.preset()).isEmpty();
        assertThat(c.sensor()).isEqualTo(EoirSensor.borderTower("cam"));
        assertThat(c.atmosphereOrDefault()).isEqualTo(AtmosphereKind.CLEAR);
        assertThat(c.modeOrDefault()).isEqualTo(EoirMode.BOTH);
        assertThat(c.frameIntervalSOrDefault()).isEqualTo(1.0);
        assertThat(c.cameraHeightM()).isEqualTo(1700.0);
    }

    @Test
    void cameraOverridesReplaceThePresetsOptics() {
        String yaml = HEAD + CAMERA + """
                    preset: short-range
                    mastHeightM: 12
                    mode: night
                    atmosphere: light-fog
                    nightIfovUrad: 80
                    nightThresholdContrastK: 0.05
                """;
        EoirConfig c = ScenarioLoader.parse(yaml, "s.yaml").cameras().getFirst();
        EoirSensor preset = EoirSensor.shortRange("cam");

        assertThat(c.sensor().day()).isEqualTo(preset.day());
        assertThat(c.sensor().night().ifovRad()).isCloseTo(80e-6, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(c.sensor().night().thresholdContrast()).isEqualTo(0.05);
        assertThat(c.sensor().night().columns()).isEqualTo(640);
        assertThat(c.cameraHeightM()).isEqualTo(1712.0);
        assertThat(c.modeOrDefault()).isEqualTo(EoirMode.NIGHT);
        assertThat(c.atmosphereOrDefault().atmosphere().visibilityM()).isEqualTo(1_000.0);
    }

    @Test
    void groundSensorOverridesReplaceOrAddRatedRanges() {
        String yaml = HEAD + UGS + """
                    ratedRangeM: {vehicle: 1500, shahed-class-drone: 400}
                    falseAlarmsPerHour: 0
                    reportPeriodS: 5
                """;
        Scenario s = ScenarioLoader.parse(yaml, "s.yaml");
        UgsSpec spec = s.groundSensors().getFirst().spec();

        assertThat(s.sensors()).isEmpty();
        assertThat(spec.modality()).isEqualTo(UgsModality.ACOUSTIC);
        assertThat(spec.ratedRangeM())
                .containsEntry(TargetType.VEHICLE, 1500.0)
                .containsEntry(TargetType.SHAHED_CLASS_DRONE, 400.0)
                .containsEntry(
                        TargetType.PERSON, UgsSpec.acoustic().ratedRangeM().get(TargetType.PERSON));
        assertThat(spec.falseAlarmsPerHour()).isZero();
        assertThat(spec.reportPeriodS()).isEqualTo(5.0);
        assertThat(spec.maxProbability()).isEqualTo(UgsSpec.acoustic().maxProbability());
    }

    // ---- problems

    @Test
    void misspeltCameraKeySuggestsTheCameraKey() {
        assertThat(only(HEAD + CAMERA + "    mastHeight: 10\n"))
                .isEqualTo("s.yaml:10:5: unknown key 'mastHeight' in sensors[0]; did you mean 'mastHeightM'?");
    }

    @Test
    void radarKeyOnACameraIsAnUnknownKey() {
        assertThat(only(HEAD + CAMERA + "    scanPeriodS: 2\n"))
                .startsWith("s.yaml:10:5: unknown key 'scanPeriodS' in" + " sensors[0]");
    }

    @Test
    void cameraKeyOnARadarIsAnUnknownKey() {
        String yaml = HEAD + """
                  - id: r
                    type: radar
                    position: {latDeg: 39.6, lonDeg: 44.0, hM: 1700}
                    mastHeightM: 10
                """;
        assertThat(only(yaml)).startsWith("s.yaml:10:5: unknown key 'mastHeightM' in sensors[0]");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "preset: border_tower|preset|unknown value 'border_tower' for sensors[0].preset; did you mean"
                        + " 'border-tower'?",
                "atmosphere: hazy|atmosphere|unknown value 'hazy' for sensors[0].atmosphere; did you mean 'haze'?",
                "mode: dusk|mode|unknown value 'dusk' for sensors[0].mode",
            })
    void unknownCameraValues(String line, String key, String message) {
        assertThat(only(HEAD + CAMERA + "    " + line + "\n"))
                .startsWith("s.yaml:10:" + (key.length() + 7) + ": " + message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mastHeightM: 600|18|sensors[0].mastHeightM = 600 m must be within [0, 500] m",
                "frameIntervalS: 0|21|sensors[0].frameIntervalS = 0 s must be within [0.01, 3600] s",
                "nightIfovUrad: 0.01|20|sensors[0].nightIfovUrad = 0.01 urad must be within [0.1, 10000] urad",
                "dayThresholdContrast: 2|27|sensors[0].dayThresholdContrast = 2 must be within [0.001, 1]",
                "maxRangeM: -1|16|sensors[0].maxRangeM = -1 m must be within [1, 200000] m",
            })
    void cameraValuesOutOfRange(String line, int column, String message) {
        assertThat(only(HEAD + CAMERA + "    " + line + "\n")).isEqualTo("s.yaml:10:" + column + ": " + message);
    }

    @Test
    void groundSensorNeedsAPreset() {
        String yaml = HEAD + UGS.replace("    preset: acoustic\n", "");
        assertThat(only(yaml)).isEqualTo("s.yaml:7:5: missing required key 'preset' in sensors[0]");
    }

    @Test
    void unknownTargetTypeInRatedRangeSuggestsTheType() {
        assertThat(only(HEAD + UGS + "    ratedRangeM: {persn: 30}\n"))
                .isEqualTo("s.yaml:11:19: unknown key 'persn' in sensors[0].ratedRangeM; did you mean 'person'?");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ratedRangeM: {person: 0}|27|sensors[0].ratedRangeM.person = 0 m must be within [0.1, 100000] m",
                "maxProbability: 0|21|sensors[0].maxProbability = 0 must be within [0, 1]",
                "falseAlarmsPerHour: -1|25|sensors[0].falseAlarmsPerHour = -1 1/h must be within [0, 3600] 1/h",
                "reportPeriodS: 0|20|sensors[0].reportPeriodS = 0 s must be within [0.1, 3600] s",
            })
    void groundSensorValuesOutOfRange(String line, int column, String message) {
        assertThat(only(HEAD + UGS + "    " + line + "\n")).isEqualTo("s.yaml:11:" + column + ": " + message);
    }

    @Test
    void idsAreUniqueAcrossRadarsCamerasAndGroundSensors() {
        String yaml = HEAD + CAMERA + UGS.replace("id: ugs", "id: cam");
        assertThat(problems(yaml))
                .singleElement()
                .asString()
                .startsWith("s.yaml:10:9: duplicate id 'cam' in" + " sensors[1]; already used by sensors[0] at line 7");
    }
}
