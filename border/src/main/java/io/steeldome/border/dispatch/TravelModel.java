package io.steeldome.border.dispatch;

import io.steeldome.core.geo.GeodeticPoint;

/** Time a team needs to go from one position to another. */
@FunctionalInterface
public interface TravelModel {
    /** Travel time, s (>= 0); {@code +infinity} if the team cannot get there. */
    double travelTimeS(GeodeticPoint from, GeodeticPoint to, Mobility mobility);
}
