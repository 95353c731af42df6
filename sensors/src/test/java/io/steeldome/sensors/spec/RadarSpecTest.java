package io.steeldome.sensors.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.CoreError;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RadarSpecTest {
    private static final RadarSpec PRESET = RadarSpec.longRangeSurveillance();

    @Test
    void presetIsALongRangeSurveillanceRadar() {
        assertThat(PRESET.maxInstrumentedRangeM()).isBetween(400e3, 500e3);
        assertThat(Math.toDegrees(PRESET.azimuthSigmaRad())).isBetween(0.1, 0.2);
        assertThat(PRESET.refractionK()).isEqualTo(4.0 / 3.0);
    }

    /** Range equation by hand: at the reference range a 1 m^2 target has the reference SNR; R^-4 and rcs scale. */
    @Test
    void snrFollowsRadarRangeEquation() {
        RadarSpec spec = PRESET.withReference(100_000, 20);
        assertThat(spec.snrLinear(100_000, 1)).isCloseTo(100, within(1e-9));
        assertThat(spec.snrLinear(200_000, 1)).isCloseTo(100.0 / 16, within(1e-9));
        assertThat(spec.snrLinear(200_000, 16)).isCloseTo(100, within(1e-9));
        assertThat(spec.snrLinear(50_000, 0.1)).isCloseTo(160, within(1e-9));
    }

    static Stream<Arguments> invalidChanges() {
        return Stream.of(
                Arguments.of((UnaryOperator<RadarSpec>) s -> s.withMaxInstrumentedRangeM(0), CoreError.NOT_POSITIVE),
                Arguments.of(
                        (UnaryOperator<RadarSpec>) s -> s.withElevationLimitsRad(0.2, 0.1),
                        SensorError.ELEVATION_LIMITS),
                Arguments.of(
                        (UnaryOperator<RadarSpec>) s -> s.withElevationLimitsRad(-2, 0.1),
                        SensorError.ELEVATION_LIMITS),
                Arguments.of(
                        (UnaryOperator<RadarSpec>) s -> s.withMeasurementSigmas(-1, 1e-3, 1e-3),
                        CoreError.NOT_POSITIVE),
                Arguments.of(
                        (UnaryOperator<RadarSpec>) s -> s.withMeasurementSigmas(10, 0, 1e-3), CoreError.NOT_POSITIVE),
                Arguments.of((UnaryOperator<RadarSpec>) s -> s.withScanPeriodS(0), CoreError.NOT_POSITIVE),
                Arguments.of((UnaryOperator<RadarSpec>) s -> s.withReference(-5, 10), CoreError.NOT_POSITIVE),
                Arguments.of((UnaryOperator<RadarSpec>) s -> s.withReference(1e5, Double.NaN), CoreError.NOT_FINITE),
                Arguments.of(
                        (UnaryOperator<RadarSpec>) s -> s.withProbabilityFalseAlarm(0),
                        SensorError.PROBABILITY_NOT_OPEN),
                Arguments.of(
                        (UnaryOperator<RadarSpec>) s -> s.withProbabilityFalseAlarm(1),
                        SensorError.PROBABILITY_NOT_OPEN),
                Arguments.of((UnaryOperator<RadarSpec>) s -> s.withFalseAlarmsPerScan(-0.5), CoreError.NEGATIVE),
                Arguments.of((UnaryOperator<RadarSpec>) s -> s.withRefractionK(0), CoreError.NOT_POSITIVE),
                Arguments.of((UnaryOperator<RadarSpec>) s -> s.withAntennaHeightM(-1), CoreError.NEGATIVE));
    }

    @ParameterizedTest
    @MethodSource("invalidChanges")
    void rejectsInvalidParameters(UnaryOperator<RadarSpec> change, Object expectedCode) {
        assertThatThrownBy(() -> change.apply(PRESET))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(expectedCode));
    }

    @Test
    void withMethodsChangeOnlyTheirField() {
        RadarSpec changed = PRESET.withAntennaHeightM(25).withFalseAlarmsPerScan(0);
        assertThat(changed.antennaHeightM()).isEqualTo(25);
        assertThat(changed.falseAlarmsPerScan()).isZero();
        assertThat(changed.withAntennaHeightM(PRESET.antennaHeightM())
                        .withFalseAlarmsPerScan(PRESET.falseAlarmsPerScan()))
                .isEqualTo(PRESET);
    }

    @Test
    void errorMessageSaysHowToFixElevationLimits() {
        assertThatThrownBy(() -> PRESET.withElevationLimitsRad(0.3, 0.3))
                .hasMessageContaining("minElevationRad < maxElevationRad");
    }
}
