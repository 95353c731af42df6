package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * For each cell of a {@link ViewshedWindow}: how high above the ground a target there must be to be seen from the
 * observer (0 where the ground itself is seen; NaN out of range or on a void). GDAL's {@code
 * GVOT_MIN_TARGET_HEIGHT_FROM_GROUND} output. A target at height t is seen where the value is {@code <= t}; that makes
 * one sweep answer every altitude layer (2 m people, 100 m drones, 1000 m aircraft).
 *
 * <p>The {@code minimumHeightM} array is the result's own and is not copied; treat it as read-only.
 *
 * @param minimumHeightM row-major, {@code window.cols()} per row, m
 * @param options what was computed (the target height is not used)
 * @param synthetic true if the DEM's heights are generated
 */
public record ViewshedHeights(
        ViewshedWindow window, float[] minimumHeightM, ViewshedOptions options, boolean synthetic) {
    public ViewshedHeights {
        if (minimumHeightM.length != (long) window.rows() * window.cols()) {
            throw new SteeldomeException(
                    TerrainError.BAD_SIZE, "viewshed heights", "array length does not match the window");
        }
    }

    public GridGeometry geometry() {
        return window.geometry();
    }

    /** Writes the heights as a Float32 GeoTIFF (NaN = out of range or void), {@code SYNTHETIC: ...} if generated. */
    public void writeGeoTiff(Path file) {
        GeoTiffWriter.writeFloat(
                file,
                window.geometry(),
                minimumHeightM,
                Optional.of(ViewshedResult.describe("minimum visible target height", options, synthetic)));
    }

    /** Minimum target height above ground at window cell (row, col), m; NaN out of range or void. */
    public float at(int row, int col) {
        return minimumHeightM[row * window.cols() + col];
    }
}
