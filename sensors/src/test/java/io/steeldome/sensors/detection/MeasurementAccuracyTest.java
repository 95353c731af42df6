package io.steeldome.sensors.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import org.junit.jupiter.api.Test;

/** Hand-computed values of the textbook forms (c = 299 792 458 m/s). */
class MeasurementAccuracyTest {

    @Test
    void rangeResolutionAndSigma() {
        // 1 MHz: c / 2B = 149.896229 m; at 20 dB (SNR 100): / sqrt(200) = 10.599264 m
        assertThat(MeasurementAccuracy.rangeResolutionM(1e6)).isCloseTo(149.896229, within(1e-6));
        assertThat(MeasurementAccuracy.rangeSigmaM(1e6, 100)).isCloseTo(10.599264, within(1e-6));
        // 10 MHz, 13 dB (19.952623): 14.9896229 / sqrt(39.905246) = 2.372880 m
        assertThat(MeasurementAccuracy.rangeSigmaM(10e6, Swerling.dbToLinear(13)))
                .isCloseTo(2.3728796, within(1e-6));
    }

    @Test
    void angleSigmaIsBeamwidthOverSlopeTimesSqrtTwoSnr() {
        // 2 deg beam, km 1.6, SNR 50: 2 / (1.6 * 10) = 0.125 deg
        assertThat(Math.toDegrees(MeasurementAccuracy.angleSigmaRad(Math.toRadians(2), 50)))
                .isCloseTo(0.125, within(1e-12));
        assertThat(Math.toDegrees(MeasurementAccuracy.angleSigmaRad(Math.toRadians(3), 2, 1.0)))
                .isCloseTo(1.5, within(1e-12));
        assertThat(MeasurementAccuracy.crossRangeResolutionM(10_000, 0.01)).isEqualTo(100);
    }

    @Test
    void dopplerAndRangeRate() {
        // 10 ms dwell: 100 Hz; X band 3 cm: 1.5 m/s resolution; SNR 12.5: / 5 = 0.3 m/s
        assertThat(MeasurementAccuracy.dopplerResolutionHz(0.01)).isCloseTo(100, within(1e-12));
        assertThat(MeasurementAccuracy.rangeRateResolutionMps(0.03, 0.01)).isCloseTo(1.5, within(1e-12));
        assertThat(MeasurementAccuracy.rangeRateSigmaMps(0.03, 0.01, 12.5)).isCloseTo(0.3, within(1e-12));
    }

    /** Quadrupling the SNR halves every sigma (the 1/sqrt(SNR) law). */
    @Test
    void sigmasScaleAsOneOverSqrtSnr() {
        assertThat(MeasurementAccuracy.rangeSigmaM(2e6, 40) / MeasurementAccuracy.rangeSigmaM(2e6, 10))
                .isCloseTo(0.5, within(1e-15));
        assertThat(MeasurementAccuracy.angleSigmaRad(0.03, 400) / MeasurementAccuracy.angleSigmaRad(0.03, 100))
                .isCloseTo(0.5, within(1e-15));
    }

    @Test
    void rejectsNonPositiveInputs() {
        assertThatThrownBy(() -> MeasurementAccuracy.rangeSigmaM(1e6, 0)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> MeasurementAccuracy.rangeResolutionM(-1)).isInstanceOf(SteeldomeException.class);
    }
}
