package io.steeldome.core.units;

/**
 * Conversions at the I/O edges. Inside steeldome everything is SI (m, s, rad, m/s, kg) with the unit in the
 * identifier. Exact definitions: international foot and nautical mile (BIPM SI brochure, 9th ed., Table 8).
 */
public final class Units {
    private Units() {}

    public static final double M_PER_FT = 0.3048;
    public static final double M_PER_NM = 1852.0;
    public static final double M_PER_STATUTE_MILE = 1609.344;
    public static final double MPS_PER_KT = M_PER_NM / 3600.0;
    public static final double MPS_PER_KMH = 1000.0 / 3600.0;
    /** Standard gravity, m/s^2 (CGPM 1901). */
    public static final double STANDARD_GRAVITY_MPS2 = 9.80665;
    /** One flight level is 100 ft of pressure altitude. */
    public static final double M_PER_FLIGHT_LEVEL = 100 * M_PER_FT;

    public static double ftToM(double ft) {
        return ft * M_PER_FT;
    }

    public static double mToFt(double m) {
        return m / M_PER_FT;
    }

    public static double nmToM(double nm) {
        return nm * M_PER_NM;
    }

    public static double mToNm(double m) {
        return m / M_PER_NM;
    }

    public static double ktToMps(double kt) {
        return kt * MPS_PER_KT;
    }

    public static double mpsToKt(double mps) {
        return mps / MPS_PER_KT;
    }

    public static double kmhToMps(double kmh) {
        return kmh * MPS_PER_KMH;
    }

    public static double mpsToKmh(double mps) {
        return mps / MPS_PER_KMH;
    }

    public static double degToRad(double deg) {
        return Math.toRadians(deg);
    }

    public static double radToDeg(double rad) {
        return Math.toDegrees(rad);
    }

    public static double flightLevelToM(double flightLevel) {
        return flightLevel * M_PER_FLIGHT_LEVEL;
    }

    /** Wraps an angle to [-pi, pi). */
    public static double wrapPi(double rad) {
        double r = Math.IEEEremainder(rad, 2 * Math.PI);
        return r >= Math.PI ? r - 2 * Math.PI : r;
    }

    /** Wraps an angle to [0, 2 pi). */
    public static double wrapTwoPi(double rad) {
        double r = rad % (2 * Math.PI);
        return r < 0 ? r + 2 * Math.PI : r;
    }
}
