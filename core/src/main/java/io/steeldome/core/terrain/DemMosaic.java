package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Combines tiles that share a CRS, a pixel size and a lattice (origins a whole number of cells apart) into one raster
 * covering their union's bounding box. Cells no tile covers are voids (NaN); a void in one tile is filled from another
 * that has the cell. Where tiles overlap (SRTM neighbours share their edge posts) the first tile's value is kept; if
 * overlapping values disagree, the count of disagreeing cells is noted in the mosaic's {@link ElevationRaster#source()}.
 */
public final class DemMosaic {
    /** Origins may differ from the lattice by this fraction of a cell (rounding of decimal origins). */
    private static final double LATTICE_TOLERANCE = 1e-6;

    private DemMosaic() {}

    /** The mosaic of {@code tiles} in order of priority; a single tile is returned as it is. */
    public static ElevationRaster of(List<ElevationRaster> tiles) {
        if (tiles.isEmpty()) {
            throw new SteeldomeException(TerrainError.BAD_GRID, "a mosaic needs at least one tile");
        }
        if (tiles.size() == 1) {
            return tiles.get(0);
        }
        ElevationRaster first = tiles.get(0);
        GridGeometry g0 = first.geometry();
        int n = tiles.size();
        long[] colOff = new long[n];
        long[] rowOff = new long[n];
        long minCol = Long.MAX_VALUE;
        long minRow = Long.MAX_VALUE;
        long maxCol = Long.MIN_VALUE;
        long maxRow = Long.MIN_VALUE;
        for (int t = 0; t < n; t++) {
            ElevationRaster tile = tiles.get(t);
            GridGeometry g = tile.geometry();
            if (!g.crs().equals(g0.crs())) {
                throw mismatch(
                        first,
                        tile,
                        "CRS EPSG:" + g.crs().epsg() + " vs EPSG:" + g0.crs().epsg());
            }
            if (!sameSize(g.pixelWidth(), g0.pixelWidth()) || !sameSize(g.pixelHeight(), g0.pixelHeight())) {
                throw mismatch(
                        first,
                        tile,
                        "pixel size " + g.pixelWidth() + " x " + g.pixelHeight() + " vs " + g0.pixelWidth() + " x "
                                + g0.pixelHeight() + "; resample to one grid with gdalwarp -tr");
            }
            double fc = (g.originX() - g0.originX()) / g0.pixelWidth();
            double fr = (g0.originY() - g.originY()) / g0.pixelHeight();
            colOff[t] = Math.round(fc);
            rowOff[t] = Math.round(fr);
            if (Math.abs(fc - colOff[t]) > LATTICE_TOLERANCE || Math.abs(fr - rowOff[t]) > LATTICE_TOLERANCE) {
                throw mismatch(
                        first,
                        tile,
                        "origins are not a whole number of cells apart (" + fc + ", " + fr + " cells); resample to"
                                + " one grid with gdalwarp -tap");
            }
            minCol = Math.min(minCol, colOff[t]);
            minRow = Math.min(minRow, rowOff[t]);
            maxCol = Math.max(maxCol, colOff[t] + g.cols());
            maxRow = Math.max(maxRow, rowOff[t] + g.rows());
        }
        long cols = maxCol - minCol;
        long rows = maxRow - minRow;
        if (cols * rows > Integer.MAX_VALUE - 8) {
            throw new SteeldomeException(
                    TerrainError.BAD_GRID,
                    "mosaic of " + sources(tiles) + " would have " + cols + " x " + rows + " cells, too many for one"
                            + " raster; load fewer tiles");
        }
        float[] out = new float[(int) (cols * rows)];
        java.util.Arrays.fill(out, Float.NaN);
        long disagreements = 0;
        for (int t = 0; t < n; t++) {
            ElevationRaster tile = tiles.get(t);
            float[] h = tile.heights();
            int tc = tile.cols();
            int c0 = (int) (colOff[t] - minCol);
            int r0 = (int) (rowOff[t] - minRow);
            for (int r = 0; r < tile.rows(); r++) {
                int base = (r0 + r) * (int) cols + c0;
                for (int c = 0; c < tc; c++) {
                    float v = h[r * tc + c];
                    float have = out[base + c];
                    if (Float.isNaN(have)) {
                        out[base + c] = v;
                    } else if (!Float.isNaN(v) && v != have) {
                        disagreements++;
                    }
                }
            }
        }
        GridGeometry grid = new GridGeometry(
                g0.crs(),
                g0.originX() + minCol * g0.pixelWidth(),
                g0.originY() - minRow * g0.pixelHeight(),
                g0.pixelWidth(),
                g0.pixelHeight(),
                (int) cols,
                (int) rows);
        boolean synthetic = tiles.stream().anyMatch(ElevationRaster::synthetic);
        String source = "mosaic of " + sources(tiles)
                + (disagreements > 0
                        ? " (" + disagreements + " overlapping cells disagreed; the first tile's values kept)"
                        : "");
        return ElevationRaster.of(grid, out, source, synthetic);
    }

    private static boolean sameSize(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static String sources(List<ElevationRaster> tiles) {
        return tiles.stream().map(ElevationRaster::source).collect(Collectors.joining(", "));
    }

    private static SteeldomeException mismatch(ElevationRaster a, ElevationRaster b, String what) {
        return new SteeldomeException(
                TerrainError.BAD_GRID, "cannot mosaic " + b.source() + " with " + a.source() + ": " + what);
    }
}
