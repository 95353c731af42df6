package io.steeldome.border.share;

import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.GeodeticPoint;

/**
 * Precision downgrade: a position is replaced by the centre of its cell on a latitude/longitude grid of
 * {@code gridDeg} degrees, its height by 0, and its uncertainty by a circle no smaller than the spread of a uniform
 * position over the cell's north-south extent ({@code gridDeg * 111 320 m / sqrt 12}). The precise position cannot be
 * recovered from the copy: every position in the cell gives the same one.
 *
 * @param gridDeg grid step, degrees (e.g. 0.01 = about 1.1 km), in (0, 10]
 */
public record Downgrade(double gridDeg) {
    private static final double M_PER_DEG_LAT = 111_320;

    public Downgrade {
        Checks.inRange("gridDeg", gridDeg, Double.MIN_NORMAL, 10, "deg");
    }

    /** The centre of the grid cell holding {@code p}, at height 0. */
    public GeodeticPoint snap(GeodeticPoint p) {
        double lat = Math.min(90, Math.max(-90, centre(p.latDeg())));
        return GeodeticPoint.ofDegrees(lat, centre(p.lonDeg()), 0);
    }

    private double centre(double deg) {
        return (Math.floor(deg / gridDeg) + 0.5) * gridDeg;
    }

    /** A circle at least as wide as the original's major axis and the cell's own spread. */
    public PositionUncertainty widen(PositionUncertainty u) {
        return PositionUncertainty.circular(Math.max(u.semiMajorM(), gridDeg * M_PER_DEG_LAT / Math.sqrt(12)));
    }
}
