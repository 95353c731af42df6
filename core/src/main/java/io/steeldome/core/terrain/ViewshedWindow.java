package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Wgs84;
import java.util.Locale;

/**
 * The part of a DEM one viewshed covers, chosen as {@code gdal_viewshed} 3.6 does: the observer cell is the one
 * containing the observer's x, y (the floor of the inverse geotransform), and the window is the cells within the
 * range's bounding box, columns {@code floor(oc - r / pixelWidth) .. ceil(oc + r / pixelWidth)} (rows likewise),
 * clipped to the DEM.
 *
 * <p>Distances are metres. On a projected (UTM) DEM the pixel size is used as it is (a UTM grid distance, within
 * 0.04 % of the ground distance inside the zone). On a geographic DEM the cell size is converted at the observer cell's
 * latitude phi with the WGS-84 radii of curvature, {@code width = dLon * N(phi) cos(phi)} and {@code height = dLat *
 * M(phi)}, so the window is treated as a plane with constant metres per degree. Measured against GeographicLib's
 * geodesic distances (GeodSolve) over all azimuths, that planar distance is off by at most 0.03 m at 30 km and 0.13 m
 * at 50 km on the equator, 15 m / 42 m at 30 degrees of latitude, 26 m / 73 m (0.09 % / 0.15 %) at 45 degrees, 46 m /
 * 127 m at 60 degrees and 73 m / 202 m (0.4 %) at 70 degrees (largest towards azimuth 300, where the meridians
 * converge). So up to about 45 degrees of latitude the range limit and the curvature drop ({@code d^2 / 2kR}, changed
 * by twice the relative error: at most 0.3 m at 50 km) are within one 1-arc-second cell of the geodesic answer; the
 * sweep itself is unaffected, since its interpolation is invariant to scaling the two axes.
 *
 * @param row0 first DEM row of the window
 * @param col0 first DEM column of the window
 * @param observerRow observer cell's row inside the window
 * @param observerCol observer cell's column inside the window
 * @param pixelWidthM cell width in metres (see above)
 * @param pixelHeightM cell height in metres
 */
public record ViewshedWindow(
        GridGeometry geometry,
        int row0,
        int col0,
        int observerRow,
        int observerCol,
        double pixelWidthM,
        double pixelHeightM,
        double maxDistanceM) {
    public ViewshedWindow {
        if (observerRow < 0 || observerRow >= geometry.rows() || observerCol < 0 || observerCol >= geometry.cols()) {
            throw new SteeldomeException(TerrainError.BAD_GRID, "observer cell outside the viewshed window");
        }
    }

    public int rows() {
        return geometry.rows();
    }

    public int cols() {
        return geometry.cols();
    }

    /**
     * The window of a DEM grid for an observer at x, y (CRS units).
     *
     * @throws SteeldomeException {@link TerrainError#OUTSIDE} if x, y is not inside the grid
     */
    public static ViewshedWindow of(GridGeometry g, double x, double y, double maxDistanceM) {
        // GDAL's inverse geotransform of a north-up grid, applied term by term as GDALApplyGeoTransform does, so a
        // point on a cell edge picks the same cell as gdal_viewshed.
        double fx = -g.originX() / g.pixelWidth() + x * (1.0 / g.pixelWidth());
        double fy = g.originY() / g.pixelHeight() - y * (1.0 / g.pixelHeight());
        if (!(fx >= 0 && fx < g.cols() && fy >= 0 && fy < g.rows())) {
            throw new SteeldomeException(
                    TerrainError.OUTSIDE,
                    String.format(Locale.ROOT, "observer (%.3f, %.3f)", x, y),
                    String.format(
                            Locale.ROOT,
                            "grid x %.3f .. %.3f, y %.3f .. %.3f",
                            g.originX(),
                            g.originX() + g.cols() * g.pixelWidth(),
                            g.originY() - g.rows() * g.pixelHeight(),
                            g.originY()));
        }
        int nx = (int) fx;
        int ny = (int) fy;
        double pw = g.pixelWidth();
        double ph = g.pixelHeight();
        if (g.crs().geographic()) {
            double lat = Math.toRadians(g.centreY(ny));
            pw = Math.toRadians(g.pixelWidth()) * Wgs84.primeVerticalRadiusM(lat) * Math.cos(lat);
            ph = Math.toRadians(g.pixelHeight()) * Wgs84.meridianRadiusM(lat);
        }
        // GDAL 3.6: xStart = floor(nX - md / pw), xStop = ceil(nX + md / pw) + 1 (exclusive), clipped.
        double cx = (1.0 / pw) * maxDistanceM;
        double cy = (1.0 / ph) * maxDistanceM;
        int c0 = (int) Math.max(0, Math.floor(nx - cx));
        int c1 = (int) Math.min(g.cols(), Math.ceil(nx + cx) + 1);
        int r0 = (int) Math.max(0, Math.floor(ny - cy));
        int r1 = (int) Math.min(g.rows(), Math.ceil(ny + cy) + 1);
        return new ViewshedWindow(g.window(r0, c0, r1 - r0, c1 - c0), r0, c0, ny - r0, nx - c0, pw, ph, maxDistanceM);
    }
}
