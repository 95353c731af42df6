package io.steeldome.defence.threat;

import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;

/** The demo slice's geometry: a defended town near Dogubayazit, ground ~1600 m above the ellipsoid. */
final class DemoGeometry {
    private DemoGeometry() {}

    static final double GROUND_M = 1600;
    static final GeodeticPoint TOWN = GeodeticPoint.ofDegrees(39.5467, 44.0847, GROUND_M);
    static final LocalFrame FRAME = LocalFrame.at(TOWN);

    /** A ground point {@code rangeM} from the town on azimuth {@code azimuthDeg}. */
    static GeodeticPoint fromTown(double azimuthDeg, double rangeM) {
        return Geodesy.direct(TOWN, Math.toRadians(azimuthDeg), rangeM);
    }
}
