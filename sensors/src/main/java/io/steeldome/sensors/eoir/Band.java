package io.steeldome.sensors.eoir;

/** Spectral bands of imaging channels, with the centre wavelength used for atmospheric scattering. */
public enum Band {
    VISIBLE(0.55e-6, false),
    NEAR_INFRARED(0.85e-6, false),
    SHORT_WAVE_INFRARED(1.55e-6, false),
    MID_WAVE_INFRARED(4.0e-6, true),
    LONG_WAVE_INFRARED(10.0e-6, true);

    private final double centreWavelengthM;
    private final boolean thermal;

    Band(double centreWavelengthM, boolean thermal) {
        this.centreWavelengthM = centreWavelengthM;
        this.thermal = thermal;
    }

    public double centreWavelengthM() {
        return centreWavelengthM;
    }

    /** True for emissive (thermal) bands, whose contrast is a temperature difference in K. */
    public boolean thermal() {
        return thermal;
    }
}
