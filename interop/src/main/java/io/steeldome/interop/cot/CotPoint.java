package io.steeldome.interop.cot;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.OptionalDouble;

/**
 * The CoT {@code <point>}: WGS-84 latitude and longitude in degrees, height above the ellipsoid, and the 1-sigma
 * circular (horizontal) and linear (vertical) errors, all in metres. CoT writes {@value #UNKNOWN} for an unknown
 * hae, ce or le; here that is an empty optional, and the writer puts {@code 9999999.0} back.
 *
 * @param latDeg latitude, [-90, 90] degrees
 * @param lonDeg longitude, [-180, 180] degrees
 * @param haeM height above the WGS-84 ellipsoid, m
 * @param ceM circular error, 1 sigma, m
 * @param leM linear (vertical) error, 1 sigma, m
 */
public record CotPoint(double latDeg, double lonDeg, OptionalDouble haeM, OptionalDouble ceM, OptionalDouble leM) {
    /** The CoT "unknown" marker for hae, ce and le. */
    public static final double UNKNOWN = 9_999_999.0;

    public CotPoint {
        latDeg = requireIn("lat", latDeg, -90, 90);
        lonDeg = requireIn("lon", lonDeg, -180, 180);
        haeM = known("hae", haeM, -Double.MAX_VALUE);
        // The schema types ce and le as plain decimals; a negative value is meaningless but legal, so it is kept.
        ceM = known("ce", ceM, -Double.MAX_VALUE);
        leM = known("le", leM, -Double.MAX_VALUE);
    }

    /** A point with only a position known. */
    public static CotPoint of(double latDeg, double lonDeg) {
        return new CotPoint(latDeg, lonDeg, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** A point from raw CoT values, where {@value #UNKNOWN} means unknown. */
    public static CotPoint ofRaw(double latDeg, double lonDeg, double hae, double ce, double le) {
        return new CotPoint(latDeg, lonDeg, raw(hae), raw(ce), raw(le));
    }

    /** A point at a steeldome geodetic position (height kept as hae) with the given 1-sigma errors. */
    public static CotPoint of(GeodeticPoint p, OptionalDouble ceM, OptionalDouble leM) {
        return new CotPoint(p.latDeg(), p.lonDeg(), OptionalDouble.of(p.hM()), ceM, leM);
    }

    /** The raw CoT value of hae ({@value #UNKNOWN} when unknown); likewise {@link #ceRaw()} and {@link #leRaw()}. */
    public double haeRaw() {
        return haeM.orElse(UNKNOWN);
    }

    public double ceRaw() {
        return ceM.orElse(UNKNOWN);
    }

    public double leRaw() {
        return leM.orElse(UNKNOWN);
    }

    /** The position as a steeldome point; an unknown height becomes 0 m, so check {@link #haeM()} first if it matters. */
    public GeodeticPoint toGeodetic() {
        return GeodeticPoint.ofDegrees(latDeg, lonDeg, haeM.orElse(0.0));
    }

    private static OptionalDouble raw(double v) {
        return v == UNKNOWN ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static double requireIn(String name, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new CotException(CotError.OUT_OF_RANGE, "point", name, v, min, max);
        }
        return v + 0.0; // -0.0 -> 0.0, so a written "0.0" reads back equal
    }

    private static OptionalDouble known(String name, OptionalDouble v, double min) {
        if (v.isEmpty() || v.getAsDouble() == UNKNOWN) {
            return OptionalDouble.empty();
        }
        double x = v.getAsDouble();
        if (!(x >= min) || !Double.isFinite(x)) {
            throw new CotException(CotError.OUT_OF_RANGE, "point", name, x, min, Double.MAX_VALUE);
        }
        return OptionalDouble.of(x + 0.0);
    }
}
