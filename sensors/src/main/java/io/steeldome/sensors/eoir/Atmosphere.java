package io.steeldome.sensors.eoir;

import io.steeldome.core.error.Checks;

/**
 * Atmospheric extinction along a horizontal path, Beer-Lambert: transmittance {@code tau(R) = exp(-beta R)}.
 *
 * <p>Aerosol scattering from the meteorological visibility V (Koschmieder: 2 % contrast threshold at 0.55 um, so
 * beta_vis = 3.912 / V) scaled to the band's wavelength with the Kim model, {@code beta(lambda) = (3.912 / V) (lambda /
 * 0.55 um)^-q} with q = 1.6 for V > 50 km, 1.3 for 6-50 km, 0.16 V + 0.34 for 1-6 km, V - 0.5 for 0.5-1 km and 0 below
 * (V in km; Kim, McArthur and Korevaar, "Comparison of laser beam propagation at 785 nm and 1550 nm in fog and haze
 * for optical wireless communications", Proc. SPIE 4214, 2001; it extends Kruse 1962 into fog). Molecular
 * absorption, which dominates in the thermal windows in clear air, is added as a per-band coefficient.
 *
 * @param visibilityM meteorological visibility, m
 * @param midWaveAbsorptionPerM molecular absorption in the 3-5 um window, 1/m
 * @param longWaveAbsorptionPerM molecular absorption in the 8-12 um window, 1/m
 */
public record Atmosphere(double visibilityM, double midWaveAbsorptionPerM, double longWaveAbsorptionPerM) {
    /** Koschmieder's constant ln(1 / 0.02). */
    public static final double KOSCHMIEDER = 3.912;

    public Atmosphere {
        Checks.positive("visibilityM", visibilityM, "m");
        Checks.nonNegative("midWaveAbsorptionPerM", midWaveAbsorptionPerM, "1/m");
        Checks.nonNegative("longWaveAbsorptionPerM", longWaveAbsorptionPerM, "1/m");
    }

    /**
     * Clear air: 23 km visibility (the "clear" rural aerosol of LOWTRAN/MODTRAN) and molecular absorption of 0.05/km
     * (MWIR) and 0.1/km (LWIR), the order of mid-latitude moderate humidity (assumed).
     */
    public static Atmosphere clear() {
        return new Atmosphere(23_000, 0.05e-3, 0.1e-3);
    }

    /** Haze: 5 km visibility, same molecular absorption as {@link #clear()}. */
    public static Atmosphere haze() {
        return new Atmosphere(5_000, 0.05e-3, 0.1e-3);
    }

    /** Light fog: 1 km visibility. */
    public static Atmosphere lightFog() {
        return new Atmosphere(1_000, 0.05e-3, 0.1e-3);
    }

    /** Kim's wavelength exponent q for this visibility. */
    public double kimExponent() {
        double vKm = visibilityM / 1000;
        if (vKm > 50) {
            return 1.6;
        }
        if (vKm > 6) {
            return 1.3;
        }
        if (vKm > 1) {
            return 0.16 * vKm + 0.34;
        }
        if (vKm > 0.5) {
            return vKm - 0.5;
        }
        return 0;
    }

    /** Extinction coefficient of a band, 1/m. */
    public double extinctionPerM(Band band) {
        double scattering = KOSCHMIEDER / visibilityM * Math.pow(band.centreWavelengthM() / 0.55e-6, -kimExponent());
        double absorption = switch (band) {
            case MID_WAVE_INFRARED -> midWaveAbsorptionPerM;
            case LONG_WAVE_INFRARED -> longWaveAbsorptionPerM;
            default -> 0;
        };
        return scattering + absorption;
    }

    /** Beer-Lambert transmittance over {@code rangeM}. */
    public double transmittance(Band band, double rangeM) {
        Checks.nonNegative("rangeM", rangeM, "m");
        return Math.exp(-extinctionPerM(band) * rangeM);
    }

    /**
     * The range at which an inherent contrast {@code inherentContrast} is attenuated to {@code thresholdContrast}:
     * {@code ln(C0 / Cth) / beta}, m; 0 if the target is below threshold even at the sensor.
     */
    public double contrastLimitedRangeM(Band band, double inherentContrast, double thresholdContrast) {
        Checks.positive("thresholdContrast", thresholdContrast, "");
        Checks.nonNegative("inherentContrast", inherentContrast, "");
        if (inherentContrast <= thresholdContrast) {
            return 0;
        }
        return Math.log(inherentContrast / thresholdContrast) / extinctionPerM(band);
    }
}
