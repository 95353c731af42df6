package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.Locale;

/**
 * Viewsheds on an {@link ElevationRaster}: which cells within range an observer sees, with earth curvature and
 * refraction. The algorithm and its conventions are those of GDAL 3.6's {@code gdal_viewshed} (Wang, Robinson and White
 * 2000, "Generating viewsheds without using sightlines": a single sweep outward from the observer's row, each cell's
 * observable height interpolated from its already processed neighbours nearer the observer, GDAL's default "edge"
 * mode; same window, observer cell, range test and curvature), and on projected DEMs the results agree with it cell
 * for cell except next to the observer: GDAL 3.6 hides cells on the rows next to the observer's that are lower than the
 * observer's ground (a defect fixed in later GDAL), we do not (5 of 3.1 million cells on the 30 km anchor; see
 * ViewshedKernel and ViewshedGdalCasesTest). On geographic DEMs, where GDAL would measure distances in degrees,
 * distances are metres (see {@link ViewshedWindow}).
 *
 * <p>Voids: a void cell is reported not visible and hides nothing behind it (its observable height is the interpolated
 * one). An observer on a void cell is an error.
 *
 * <p>Cost: one pass over the window, a dozen floating-point operations and two divisions per cell, no allocation per
 * cell; a 30 km radius at 30 m (2001 x 2001 cells) takes about 20 ms on one core (gdal_viewshed: about 0.2 s per
 * process, 0.07 s of it computing). Thread-safe (no shared state). For many observers use {@link Coverage}.
 */
public final class Viewshed {
    private Viewshed() {}

    /**
     * The viewshed of an observer at x, y in the DEM's CRS (degrees for a geographic DEM: x = longitude).
     *
     * @throws SteeldomeException {@link TerrainError#OUTSIDE} if the observer is outside the DEM or on a void
     */
    public static ViewshedResult compute(ElevationRaster dem, double x, double y, ViewshedOptions options) {
        ViewshedWindow w = ViewshedWindow.of(dem.geometry(), x, y, options.maxDistanceM());
        float[] heights = windowHeights(dem, w, x, y);
        byte[] out = new byte[w.rows() * w.cols()];
        long n = new ViewshedKernel()
                .run(
                        heights,
                        w.cols(),
                        0,
                        0,
                        w,
                        options.observerHeightM(),
                        options.curvatureCoefficient(),
                        ViewshedKernel.Mode.VISIBILITY,
                        options.targetHeightM(),
                        null,
                        out,
                        null);
        return new ViewshedResult(w, out, n, options, dem.synthetic());
    }

    /** The viewshed of an observer at a geodetic position (its height is ignored: the options give it). */
    public static ViewshedResult compute(ElevationRaster dem, GeodeticPoint observer, ViewshedOptions options) {
        double[] xy = dem.geometry().crs().fromGeodetic(observer);
        return compute(dem, xy[0], xy[1], options);
    }

    /**
     * How high above the ground a target must be, in each cell, to be seen from an observer at x, y (GDAL's
     * minimum-target-height-from-ground output). The options' target height is not used.
     */
    public static ViewshedHeights minimumVisibleHeight(
            ElevationRaster dem, double x, double y, ViewshedOptions options) {
        ViewshedWindow w = ViewshedWindow.of(dem.geometry(), x, y, options.maxDistanceM());
        float[] heights = windowHeights(dem, w, x, y);
        float[] out = new float[w.rows() * w.cols()];
        new ViewshedKernel()
                .run(
                        heights,
                        w.cols(),
                        0,
                        0,
                        w,
                        options.observerHeightM(),
                        options.curvatureCoefficient(),
                        ViewshedKernel.Mode.MINIMUM_HEIGHT,
                        0,
                        null,
                        null,
                        out);
        return new ViewshedHeights(w, out, options, dem.synthetic());
    }

    /** {@link #minimumVisibleHeight(ElevationRaster, double, double, ViewshedOptions)} at a geodetic position. */
    public static ViewshedHeights minimumVisibleHeight(
            ElevationRaster dem, GeodeticPoint observer, ViewshedOptions options) {
        double[] xy = dem.geometry().crs().fromGeodetic(observer);
        return minimumVisibleHeight(dem, xy[0], xy[1], options);
    }

    private static float[] windowHeights(ElevationRaster dem, ViewshedWindow w, double x, double y) {
        checkObserverGround(dem.heightAt(w.row0() + w.observerRow(), w.col0() + w.observerCol()), dem, x, y);
        float[] heights = new float[w.rows() * w.cols()];
        dem.copyWindow(w.row0(), w.col0(), w.rows(), w.cols(), heights);
        return heights;
    }

    static void checkObserverGround(float ground, ElevationRaster dem, double x, double y) {
        if (Float.isNaN(ground)) {
            throw new SteeldomeException(
                    TerrainError.OUTSIDE,
                    String.format(Locale.ROOT, "observer (%.3f, %.3f)", x, y),
                    dem.source() + ": the observer's cell is a void");
        }
    }
}
