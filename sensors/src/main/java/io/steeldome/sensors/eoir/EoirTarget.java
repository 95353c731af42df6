package io.steeldome.sensors.eoir;

import io.steeldome.core.error.Checks;
import io.steeldome.sensors.signature.TargetType;

/**
 * What a camera needs to know about a target.
 *
 * @param criticalDimensionM sqrt of the presented area, m
 * @param reflectiveContrast inherent contrast against the background in reflective bands, |L_t - L_b| / L_b
 * @param thermalContrastK inherent apparent temperature difference against the background, K
 */
public record EoirTarget(double criticalDimensionM, double reflectiveContrast, double thermalContrastK) {
    /** The 2 K temperature difference of the NATO/STANAG 4347 standard DRI target. */
    public static final double STANDARD_THERMAL_CONTRAST_K = 2;

    /** A moderate daylight contrast (assumed; clothing or paint against vegetation is typically 0.2-0.5). */
    public static final double STANDARD_REFLECTIVE_CONTRAST = 0.3;

    public EoirTarget {
        Checks.positive("criticalDimensionM", criticalDimensionM, "m");
        Checks.nonNegative("reflectiveContrast", reflectiveContrast, "");
        Checks.nonNegative("thermalContrastK", thermalContrastK, "K");
    }

    /** A catalogued type with the standard contrasts. */
    public static EoirTarget standard(TargetType type) {
        return new EoirTarget(type.criticalDimensionM(), STANDARD_REFLECTIVE_CONTRAST, STANDARD_THERMAL_CONTRAST_K);
    }

    /** The inherent contrast in the units of {@code band}. */
    public double contrastIn(Band band) {
        return band.thermal() ? thermalContrastK : reflectiveContrast;
    }
}
