package io.steeldome.sim.scenario;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.GeodeticPoint;

/** A WGS-84 latitude/longitude in degrees without height (aim points, polygon vertices, waypoints, lines). */
public record LatLon(double latDeg, double lonDeg) {
    public LatLon {
        Checks.inRange("latDeg", latDeg, -90, 90, "deg");
        Checks.inRange("lonDeg", lonDeg, -180, 180, "deg");
    }

    /** This point at a height above the ellipsoid. */
    public GeoPosition atHeight(double hM) {
        return new GeoPosition(latDeg, lonDeg, hM);
    }

    public GeodeticPoint toGeodetic(double hM) {
        return GeodeticPoint.ofDegrees(latDeg, lonDeg, hM);
    }
}
