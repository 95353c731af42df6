package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;

/**
 * Georeferencing of a north-up raster, GDAL's convention: pixel-is-area, {@code (originX, originY)} is the outer
 * corner of cell (row 0, col 0) (its north-west corner), cell (r, c) spans {@code x in [originX + c*pixelWidth,
 * originX + (c+1)*pixelWidth)} and its centre is at {@code originX + (c + 0.5) * pixelWidth}, {@code originY - (r +
 * 0.5) * pixelHeight}. Units are those of {@link #crs()} (degrees or metres). SRTM's pixel-is-point posts map to this
 * with the origin half a post north-west of the first post.
 *
 * @param pixelWidth cell width in CRS units, > 0
 * @param pixelHeight cell height in CRS units, > 0 (rows run southwards)
 */
public record GridGeometry(
        Crs crs, double originX, double originY, double pixelWidth, double pixelHeight, int cols, int rows) {
    public GridGeometry {
        if (!(pixelWidth > 0) || !(pixelHeight > 0) || !Double.isFinite(pixelWidth) || !Double.isFinite(pixelHeight)) {
            throw new SteeldomeException(
                    TerrainError.BAD_GRID,
                    "pixel size must be finite and > 0, got " + pixelWidth + " x " + pixelHeight);
        }
        if (!Double.isFinite(originX) || !Double.isFinite(originY)) {
            throw new SteeldomeException(TerrainError.BAD_GRID, "origin must be finite");
        }
        if (cols < 1 || rows < 1) {
            throw new SteeldomeException(
                    TerrainError.BAD_GRID, "grid must have at least 1 x 1 cells, got " + cols + " x " + rows);
        }
    }

    public double centreX(int col) {
        return originX + (col + 0.5) * pixelWidth;
    }

    public double centreY(int row) {
        return originY - (row + 0.5) * pixelHeight;
    }

    /** Fractional column of x, cell centres at integers (so bilinear sampling interpolates between centres). */
    public double colOf(double x) {
        return (x - originX) / pixelWidth - 0.5;
    }

    /** Fractional row of y, cell centres at integers. */
    public double rowOf(double y) {
        return (originY - y) / pixelHeight - 0.5;
    }

    /** The cell containing x, y, or -1 outside. GDAL's floor convention: a point on a cell edge belongs to the cell east/south of it. */
    public int cellCol(double x) {
        double c = Math.floor((x - originX) / pixelWidth);
        return c >= 0 && c < cols ? (int) c : -1;
    }

    public int cellRow(double y) {
        double r = Math.floor((originY - y) / pixelHeight);
        return r >= 0 && r < rows ? (int) r : -1;
    }

    /** A sub-grid of this one: {@code cols x rows} cells from (row0, col0), which may extend past this grid. */
    public GridGeometry window(int row0, int col0, int newRows, int newCols) {
        return new GridGeometry(
                crs,
                originX + col0 * pixelWidth,
                originY - row0 * pixelHeight,
                pixelWidth,
                pixelHeight,
                newCols,
                newRows);
    }
}
