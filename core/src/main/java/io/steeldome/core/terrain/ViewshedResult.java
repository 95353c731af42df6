package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One observer's viewshed on its {@link ViewshedWindow}, in {@code gdal_viewshed}'s default encoding: 255 where a
 * target at the options' height above the ground is seen, 0 where it is hidden, out of range, or the DEM has a void
 * there (voids are never reported as seen).
 *
 * <p>The {@code visibility} array is the result's own and is not copied (a 30 km window at 30 m is 4 MB); treat it as
 * read-only.
 *
 * @param window the cells computed, their georeferencing and the observer cell
 * @param visibility row-major, {@code window.cols()} per row
 * @param visibleCells how many cells are 255
 * @param options what was computed
 * @param synthetic true if the DEM's heights are generated (every output made from it must say so)
 */
public record ViewshedResult(
        ViewshedWindow window, byte[] visibility, long visibleCells, ViewshedOptions options, boolean synthetic) {
    public static final byte VISIBLE = (byte) 255;
    public static final byte NOT_VISIBLE = 0;

    public ViewshedResult {
        if (visibility.length != (long) window.rows() * window.cols()) {
            throw new SteeldomeException(
                    TerrainError.BAD_SIZE, "viewshed", "visibility length does not match the window");
        }
    }

    public GridGeometry geometry() {
        return window.geometry();
    }

    /**
     * Writes the visibility as a Byte GeoTIFF on the window's grid (what {@code gdal_viewshed} writes), described as
     * {@code SYNTHETIC: ...} if the heights are generated.
     */
    public void writeGeoTiff(Path file) {
        GeoTiffWriter.writeByte(
                file, window.geometry(), visibility, Optional.of(describe("viewshed", options, synthetic)));
    }

    /** As {@link #writeGeoTiff(Path)}, the description also naming the DEM it was computed on. */
    public void writeGeoTiff(Path file, String demSource) {
        GeoTiffWriter.writeByte(
                file,
                window.geometry(),
                visibility,
                Optional.of(describe("viewshed", options, synthetic) + "; DEM " + demSource));
    }

    static String describe(String what, ViewshedOptions o, boolean synthetic) {
        String d = String.format(
                Locale.ROOT,
                "%s: observer %.1f m, target %.1f m above ground, range %.0f m, curvature coefficient %.5f",
                what,
                o.observerHeightM(),
                o.targetHeightM(),
                o.maxDistanceM(),
                o.curvatureCoefficient());
        return synthetic ? "SYNTHETIC: " + d : d;
    }

    /** Whether window cell (row, col) is seen. */
    public boolean visible(int row, int col) {
        return visibility[row * window.cols() + col] == VISIBLE;
    }
}
