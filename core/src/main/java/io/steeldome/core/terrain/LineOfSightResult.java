package io.steeldome.core.terrain;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a {@link LineOfSight} check.
 *
 * @param visibility seen, blocked by known terrain, or unknown (voids or ground outside the DEM on the path, and no
 *     known terrain blocks it)
 * @param clearanceM the least height of the ray above the terrain between the two ends (after curvature), m: positive
 *     when seen (the margin), negative when blocked (how far the worst obstruction rises above the ray); {@link
 *     Double#POSITIVE_INFINITY} if no terrain sample lies between the ends, NaN if an end's ground is unknown
 * @param criticalPoint where that least clearance is (height: the terrain's), if any sample was taken
 * @param criticalDistanceM its distance from the observer along the geodesic, m (NaN if none)
 * @param distanceM geodesic length of the path, m
 * @param samples terrain samples taken between the ends
 * @param unknownSamples samples that fell on a void or outside the DEM
 */
public record LineOfSightResult(
        Visibility visibility,
        double clearanceM,
        Optional<GeodeticPoint> criticalPoint,
        double criticalDistanceM,
        double distanceM,
        int samples,
        int unknownSamples) {
    /** The three possible answers. */
    public enum Visibility {
        VISIBLE,
        BLOCKED,
        UNKNOWN
    }

    public LineOfSightResult {
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(criticalPoint, "criticalPoint");
    }

    /** True only if seen for certain (UNKNOWN is not visible). */
    public boolean visible() {
        return visibility == Visibility.VISIBLE;
    }

    /** The worst obstruction, if the path is blocked. */
    public Optional<GeodeticPoint> blockingPoint() {
        return visibility == Visibility.BLOCKED ? criticalPoint : Optional.empty();
    }
}
