package io.steeldome.sim.scenario;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.GeodeticPoint;

/** A WGS-84 position: latitude and longitude in degrees, height above the ellipsoid in metres. */
public record GeoPosition(double latDeg, double lonDeg, double hM) {
    public GeoPosition {
        Checks.inRange("latDeg", latDeg, -90, 90, "deg");
        Checks.inRange("lonDeg", lonDeg, -180, 180, "deg");
        Checks.finite("hM", hM);
    }

    public LatLon latLon() {
        return new LatLon(latDeg, lonDeg);
    }

    public GeodeticPoint toGeodetic() {
        return GeodeticPoint.ofDegrees(latDeg, lonDeg, hM);
    }
}
