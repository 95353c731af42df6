package io.steeldome.sensors.detection;

import io.steeldome.core.error.Checks;

/**
 * Resolution and thermal-noise-limited measurement accuracy of a radar, the textbook forms: a quantity measured with
 * resolution Delta at single-look SNR has rms error about {@code Delta / sqrt(2 SNR)} (e.g. Skolnik, Introduction to
 * Radar Systems, 3rd ed., ch. 6 "Information from radar signals"; Curry, Radar System Performance Modeling; Barton,
 * Radar System Analysis and Modeling):
 *
 * <ul>
 *   <li>range: resolution {@code c / (2B)}, sigma {@code c / (2B sqrt(2 SNR))};
 *   <li>angle (monopulse): sigma {@code theta3dB / (km sqrt(2 SNR))} with the normalised monopulse slope km, about 1.6
 *       for a sum/difference monopulse ({@link #TYPICAL_MONOPULSE_SLOPE}); the angular resolution is the beamwidth;
 *   <li>Doppler: resolution {@code 1 / Td} for a coherent dwell Td, so range-rate resolution {@code lambda / (2 Td)}
 *       and sigma {@code lambda / (2 Td sqrt(2 SNR))}.
 * </ul>
 *
 * These are thermal-noise floors; bias, multipath and glint add to them in a real radar.
 */
public final class MeasurementAccuracy {
    /** Speed of light in vacuum, m/s (exact). */
    public static final double SPEED_OF_LIGHT_MPS = 299_792_458.0;

    /** Normalised monopulse difference slope km of a typical sum/difference monopulse (Barton). */
    public static final double TYPICAL_MONOPULSE_SLOPE = 1.6;

    private MeasurementAccuracy() {}

    /** Range resolution {@code c / (2B)}, m. */
    public static double rangeResolutionM(double bandwidthHz) {
        Checks.positive("bandwidthHz", bandwidthHz, "Hz");
        return SPEED_OF_LIGHT_MPS / (2 * bandwidthHz);
    }

    /** Thermal-noise range sigma {@code c / (2B sqrt(2 SNR))}, m. */
    public static double rangeSigmaM(double bandwidthHz, double snrLinear) {
        return rangeResolutionM(bandwidthHz) / sqrtTwoSnr(snrLinear);
    }

    /** Thermal-noise angle sigma {@code beamwidth / (km sqrt(2 SNR))}, rad. */
    public static double angleSigmaRad(double beamwidthRad, double snrLinear, double monopulseSlope) {
        Checks.positive("beamwidthRad", beamwidthRad, "rad");
        Checks.positive("monopulseSlope", monopulseSlope, "");
        return beamwidthRad / (monopulseSlope * sqrtTwoSnr(snrLinear));
    }

    /** {@link #angleSigmaRad(double, double, double)} with km = {@link #TYPICAL_MONOPULSE_SLOPE}. */
    public static double angleSigmaRad(double beamwidthRad, double snrLinear) {
        return angleSigmaRad(beamwidthRad, snrLinear, TYPICAL_MONOPULSE_SLOPE);
    }

    /** Cross-range resolution at range R: {@code R * beamwidth}, m. */
    public static double crossRangeResolutionM(double rangeM, double beamwidthRad) {
        Checks.nonNegative("rangeM", rangeM, "m");
        Checks.positive("beamwidthRad", beamwidthRad, "rad");
        return rangeM * beamwidthRad;
    }

    /** Doppler resolution {@code 1 / Td}, Hz. */
    public static double dopplerResolutionHz(double coherentDwellS) {
        Checks.positive("coherentDwellS", coherentDwellS, "s");
        return 1 / coherentDwellS;
    }

    /** Range-rate resolution {@code lambda / (2 Td)}, m/s. */
    public static double rangeRateResolutionMps(double wavelengthM, double coherentDwellS) {
        Checks.positive("wavelengthM", wavelengthM, "m");
        return wavelengthM * dopplerResolutionHz(coherentDwellS) / 2;
    }

    /** Thermal-noise range-rate sigma {@code lambda / (2 Td sqrt(2 SNR))}, m/s. */
    public static double rangeRateSigmaMps(double wavelengthM, double coherentDwellS, double snrLinear) {
        return rangeRateResolutionMps(wavelengthM, coherentDwellS) / sqrtTwoSnr(snrLinear);
    }

    private static double sqrtTwoSnr(double snrLinear) {
        Checks.positive("snrLinear", snrLinear, "");
        return Math.sqrt(2 * snrLinear);
    }
}
