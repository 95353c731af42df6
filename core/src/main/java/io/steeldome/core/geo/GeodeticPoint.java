package io.steeldome.core.geo;

import io.steeldome.core.error.Checks;
import io.steeldome.core.units.Units;

/**
 * A point on or above the WGS-84 ellipsoid: geodetic latitude and longitude in radians, height above the
 * ellipsoid in metres. Longitude is normalised to [-pi, pi).
 */
public record GeodeticPoint(double latRad, double lonRad, double hM) {
    public GeodeticPoint {
        Checks.inRange("latRad", latRad, -Math.PI / 2, Math.PI / 2, "rad");
        Checks.finite("lonRad", lonRad);
        Checks.finite("hM", hM);
        lonRad = Units.wrapPi(lonRad);
    }

    public static GeodeticPoint ofDegrees(double latDeg, double lonDeg, double hM) {
        Checks.inRange("latitude", latDeg, -90, 90, "deg");
        return new GeodeticPoint(Math.toRadians(latDeg), Math.toRadians(lonDeg), hM);
    }

    public static GeodeticPoint ofDegrees(double latDeg, double lonDeg) {
        return ofDegrees(latDeg, lonDeg, 0.0);
    }

    public double latDeg() {
        return Math.toDegrees(latRad);
    }

    public double lonDeg() {
        return Math.toDegrees(lonRad);
    }

    public GeodeticPoint withHeight(double newHM) {
        return new GeodeticPoint(latRad, lonRad, newHM);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "(%.6f deg, %.6f deg, %.1f m)", latDeg(), lonDeg(), hM);
    }
}
