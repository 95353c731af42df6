package io.steeldome.core.terrain;

import io.steeldome.core.error.Checks;

/**
 * Heights and earth model of a {@link LineOfSight} check.
 *
 * @param observerHeightM eye height above the ground under the observer, m, >= 0
 * @param targetHeightM target height above the ground under it, m, >= 0
 * @param refractionK effective earth radius factor: the ray is straight over an earth of radius k R; 4/3 is the
 *     standard radio atmosphere, 7/6 optical (GDAL's 0.85714), 1 no refraction, {@link Double#POSITIVE_INFINITY} a flat
 *     earth
 */
public record LineOfSightOptions(double observerHeightM, double targetHeightM, double refractionK) {
    public static final double DEFAULT_REFRACTION_K = 4.0 / 3.0;

    public LineOfSightOptions {
        Checks.nonNegative("observerHeightM", observerHeightM, "m");
        Checks.nonNegative("targetHeightM", targetHeightM, "m");
        if (!(refractionK >= 0.1)) {
            Checks.inRange("refractionK", refractionK, 0.1, Double.POSITIVE_INFINITY, "");
        }
    }

    /** The 4/3-earth default. */
    public static LineOfSightOptions of(double observerHeightM, double targetHeightM) {
        return new LineOfSightOptions(observerHeightM, targetHeightM, DEFAULT_REFRACTION_K);
    }

    /** The same earth model as a viewshed's ({@code k = 1 / curvatureCoefficient}). */
    public static LineOfSightOptions matching(ViewshedOptions v) {
        return new LineOfSightOptions(v.observerHeightM(), v.targetHeightM(), v.refractionK());
    }
}
