package io.steeldome.core.geo;

/**
 * The WGS-84 ellipsoid (NIMA TR8350.2) and exact geodetic/ECEF conversions. The inverse uses Vermeille's closed
 * form (J. Geodesy 78, 2004), followed by a fixed-point polish so points near the earth's centre stay exact too.
 */
public final class Wgs84 {
    private Wgs84() {}

    /** Semi-major axis, m. */
    public static final double A_M = 6378137.0;
    /** Flattening. */
    public static final double F = 1 / 298.257223563;
    /** Semi-minor axis, m. */
    public static final double B_M = A_M * (1 - F);
    /** First eccentricity squared. */
    public static final double E2 = F * (2 - F);
    /** Earth's gravitational constant GM including the atmosphere, m^3/s^2. */
    public static final double GM_M3PS2 = 3.986004418e14;
    /** Mean earth radius R1 = (2a + b) / 3, m. */
    public static final double MEAN_RADIUS_M = (2 * A_M + B_M) / 3;

    public static EcefPoint toEcef(GeodeticPoint p) {
        double sinLat = Math.sin(p.latRad());
        double cosLat = Math.cos(p.latRad());
        double n = primeVerticalRadiusM(p.latRad());
        double r = (n + p.hM()) * cosLat;
        return new EcefPoint(r * Math.cos(p.lonRad()), r * Math.sin(p.lonRad()), (n * (1 - E2) + p.hM()) * sinLat);
    }

    /** Radius of curvature in the prime vertical N(lat), m. */
    public static double primeVerticalRadiusM(double latRad) {
        double s = Math.sin(latRad);
        return A_M / Math.sqrt(1 - E2 * s * s);
    }

    /** Radius of curvature in the meridian M(lat), m. */
    public static double meridianRadiusM(double latRad) {
        double s = Math.sin(latRad);
        double w = 1 - E2 * s * s;
        return A_M * (1 - E2) / (w * Math.sqrt(w));
    }

    public static GeodeticPoint toGeodetic(EcefPoint e) {
        double x = e.xM();
        double y = e.yM();
        double z = e.zM();
        double lon = Math.atan2(y, x);
        double p2 = x * x + y * y;
        double p = Math.sqrt(p2);
        if (p < 1e-9) { // on the polar axis
            double lat = z >= 0 ? Math.PI / 2 : -Math.PI / 2;
            return new GeodeticPoint(lat, 0.0, Math.abs(z) - B_M);
        }
        double a2 = A_M * A_M;
        double e4 = E2 * E2;
        double pp = p2 / a2;
        double q = (1 - E2) / a2 * z * z;
        double r = (pp + q - e4) / 6;
        double lat;
        double s = e4 * pp * q / (4 * r * r * r);
        if (r > 0 || s > 0 && Double.isFinite(s)) {
            double t = Math.cbrt(1 + s + Math.sqrt(s * (2 + s)));
            double u = r * (1 + t + 1 / t);
            double v = Math.sqrt(u * u + e4 * q);
            double w = E2 * (u + v - q) / (2 * v);
            double k = Math.sqrt(u + v + w * w) - w;
            double d = k * p / (k + E2);
            lat = 2 * Math.atan2(z, d + Math.hypot(d, z));
        } else { // near the centre: start from the geocentric latitude
            lat = Math.atan2(z, p * (1 - E2));
        }
        // Fixed-point polish lat = atan2(z + e2 N sin(lat), p): a contraction with factor ~e2, so it removes the
        // last rounding of the closed form and converges from the geocentric start near the centre too.
        for (int i = 0; i < 12; i++) {
            double next = Math.atan2(z + E2 * primeVerticalRadiusM(lat) * Math.sin(lat), p);
            double change = Math.abs(next - lat);
            lat = next;
            if (change < 1e-16) {
                break;
            }
        }
        double sl = Math.sin(lat);
        double cl = Math.cos(lat);
        double n = primeVerticalRadiusM(lat);
        // Height by the formula that is well conditioned at every latitude.
        double h = p * cl + z * sl - A_M * A_M / n;
        return new GeodeticPoint(lat, lon, h);
    }
}
