package io.steeldome.core.terrain;

import io.steeldome.core.error.Checks;

/**
 * What a viewshed is computed for, apart from where the observer stands (that is an argument of {@link Viewshed}, so
 * one options value serves every site of a {@link Coverage} run).
 *
 * <p>Earth curvature and refraction follow GDAL's {@code gdal_viewshed}: a cell's height is lowered by {@code
 * curvatureCoefficient * d^2 / (2 a)}, d the horizontal distance between the observer's and the cell's centres and a
 * the WGS-84 semi-major axis. That is a sphere of effective radius {@code a / curvatureCoefficient}: the radar "4/3
 * earth" (refraction factor k = 4/3) is coefficient 0.75, GDAL's default 0.85714 = 1 - 1/7 is the optical refraction
 * coefficient 1/7 (k = 7/6), and 1 is the bare geometric earth.
 *
 * @param observerHeightM observer (eye, mast) height above the ground of its cell, m, >= 0
 * @param targetHeightM height above the ground a target must have to count as seen, m, >= 0
 * @param maxDistanceM range limit, m, > 0; cells whose centre is farther from the observer cell's centre are out of
 *     range; {@link Double#POSITIVE_INFINITY} computes over the whole DEM
 * @param curvatureCoefficient GDAL's {@code -cc}: 1 / (effective earth radius factor k), in [0, 10]; 0 = flat earth
 */
public record ViewshedOptions(
        double observerHeightM, double targetHeightM, double maxDistanceM, double curvatureCoefficient) {
    /** The radar "4/3 earth" refraction factor, our default. */
    public static final double DEFAULT_REFRACTION_K = 4.0 / 3.0;

    /** GDAL's default {@code -cc} (optical refraction coefficient 1/7). */
    public static final double GDAL_DEFAULT_CURVATURE_COEFFICIENT = 0.85714;

    public ViewshedOptions {
        Checks.nonNegative("observerHeightM", observerHeightM, "m");
        Checks.nonNegative("targetHeightM", targetHeightM, "m");
        if (!(maxDistanceM > 0)) {
            Checks.positive("maxDistanceM", maxDistanceM, "m");
        }
        Checks.inRange("curvatureCoefficient", curvatureCoefficient, 0, 10, "");
    }

    /** Options with the 4/3-earth default ({@link #DEFAULT_REFRACTION_K}). */
    public static ViewshedOptions of(double observerHeightM, double targetHeightM, double maxDistanceM) {
        return withRefraction(observerHeightM, targetHeightM, maxDistanceM, DEFAULT_REFRACTION_K);
    }

    /**
     * Options with an effective earth radius {@code refractionK * a}: curvature coefficient {@code 1 / refractionK}.
     *
     * @param refractionK effective earth radius factor, >= 0.1 ({@link Double#POSITIVE_INFINITY} = flat earth)
     */
    public static ViewshedOptions withRefraction(
            double observerHeightM, double targetHeightM, double maxDistanceM, double refractionK) {
        if (!(refractionK >= 0.1)) {
            Checks.inRange("refractionK", refractionK, 0.1, Double.POSITIVE_INFINITY, "");
        }
        return new ViewshedOptions(observerHeightM, targetHeightM, maxDistanceM, 1.0 / refractionK);
    }

    /** Options with GDAL's curvature coefficient given directly (GDAL's {@code -cc}, default 0.85714). */
    public static ViewshedOptions withCurvatureCoefficient(
            double observerHeightM, double targetHeightM, double maxDistanceM, double curvatureCoefficient) {
        return new ViewshedOptions(observerHeightM, targetHeightM, maxDistanceM, curvatureCoefficient);
    }

    /** The effective earth radius factor k = 1 / curvature coefficient (infinite for a flat earth). */
    public double refractionK() {
        return 1.0 / curvatureCoefficient;
    }

    public ViewshedOptions withObserverHeightM(double newObserverHeightM) {
        return new ViewshedOptions(newObserverHeightM, targetHeightM, maxDistanceM, curvatureCoefficient);
    }

    public ViewshedOptions withTargetHeightM(double newTargetHeightM) {
        return new ViewshedOptions(observerHeightM, newTargetHeightM, maxDistanceM, curvatureCoefficient);
    }
}
