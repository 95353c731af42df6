package io.steeldome.stream.schema;

import io.steeldome.core.geo.GeodeticPoint;

/**
 * A sector's local ENU frame origin on WGS-84. Degrees because this is an I/O edge (JSON).
 *
 * @param latDeg geodetic latitude, degrees north
 * @param lonDeg longitude, degrees east
 * @param hM height above the ellipsoid, m
 */
public record GeoOrigin(double latDeg, double lonDeg, double hM) {
    public GeoOrigin {
        if (!(Math.abs(latDeg) <= 90) || !(Math.abs(lonDeg) <= 180)) {
            throw new io.steeldome.core.error.SteeldomeException(
                    io.steeldome.stream.error.StreamError.INVALID_RECORD,
                    "origin",
                    "latitude/longitude out of range: " + latDeg + ", " + lonDeg);
        }
        Schema.finite("origin", "hM", hM);
    }

    public GeodeticPoint toGeodetic() {
        return GeodeticPoint.ofDegrees(latDeg, lonDeg, hM);
    }
}
