package io.steeldome.defence.threat;

import io.steeldome.core.geo.GeodeticPoint;

/**
 * The height of the ground below a point, m on the datum of the route's heights (the scenario uses heights above
 * the ellipsoid and DEM heights as given). Implementations fall back to a constant where their data ends; they must
 * be pure functions of the position.
 */
@FunctionalInterface
public interface GroundHeight {
    /** Ground height below {@code p} (its own height is ignored), m. */
    double heightM(GeodeticPoint p);

    /** A flat ground at {@code heightM}. */
    static GroundHeight flat(double heightM) {
        return p -> heightM;
    }
}
