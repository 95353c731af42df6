package io.steeldome.core.terrain;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.Objects;

/**
 * One observer of a {@link Coverage} run: a position in the DEM's CRS and its own eye (mast) height.
 *
 * @param id a name for messages and outputs
 * @param x easting (or longitude in degrees on a geographic DEM)
 * @param y northing (or latitude in degrees)
 * @param observerHeightM eye height above the ground, m, >= 0
 */
public record CoverageSite(String id, double x, double y, double observerHeightM) {
    public CoverageSite {
        Objects.requireNonNull(id, "id");
        Checks.finite("x", x);
        Checks.finite("y", y);
        Checks.nonNegative("observerHeightM", observerHeightM, "m");
    }

    /** A site at a geodetic position (its height ignored), in the CRS of the DEM it will be used on. */
    public static CoverageSite at(String id, GeodeticPoint position, double observerHeightM, Crs crs) {
        double[] xy = crs.fromGeodetic(position);
        return new CoverageSite(id, xy[0], xy[1], observerHeightM);
    }
}
