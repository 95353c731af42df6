package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.OptionalDouble;

/**
 * An immutable grid of terrain heights in metres (above the geoid for SRTM, as the file gives them), row-major from the
 * north-west cell, with voids held as NaN and reported explicitly: {@link #sample} returns empty on a void or outside
 * the grid, never a made-up value.
 *
 * @param source what the heights came from (file name, or a generator's description)
 * @param synthetic true if the heights are generated, not measured; every output made from them says so
 */
public final class ElevationRaster {
    private final GridGeometry geometry;
    private final float[] heightsM;
    private final String source;
    private final boolean synthetic;

    private ElevationRaster(GridGeometry geometry, float[] heightsM, String source, boolean synthetic) {
        this.geometry = geometry;
        this.heightsM = heightsM;
        this.source = source;
        this.synthetic = synthetic;
    }

    /** Copies {@code heightsM} (length cols x rows; NaN = void). */
    public static ElevationRaster of(GridGeometry geometry, float[] heightsM, String source, boolean synthetic) {
        long n = (long) geometry.cols() * geometry.rows();
        if (heightsM.length != n) {
            throw new SteeldomeException(
                    TerrainError.BAD_SIZE,
                    source,
                    "expected " + geometry.cols() + " x " + geometry.rows() + " = " + n + " heights, got "
                            + heightsM.length);
        }
        for (float h : heightsM) {
            if (Float.isInfinite(h)) {
                throw new SteeldomeException(TerrainError.BAD_GRID, source + ": infinite height");
            }
        }
        return new ElevationRaster(geometry, heightsM.clone(), source, synthetic);
    }

    public GridGeometry geometry() {
        return geometry;
    }

    public String source() {
        return source;
    }

    public boolean synthetic() {
        return synthetic;
    }

    public int rows() {
        return geometry.rows();
    }

    public int cols() {
        return geometry.cols();
    }

    /** Height of cell (row, col), NaN for a void. */
    public float heightAt(int row, int col) {
        if (row < 0 || row >= rows() || col < 0 || col >= cols()) {
            throw new IndexOutOfBoundsException("cell (" + row + ", " + col + ") outside " + rows() + " x " + cols());
        }
        return heightsM[row * cols() + col];
    }

    /** A copy of the heights, row-major. */
    public float[] heights() {
        return heightsM.clone();
    }

    /** Copies rows [row0, row0 + n) x cols [col0, col0 + m) into {@code out} (row-major, m per row); NaN outside. */
    public void copyWindow(int row0, int col0, int n, int m, float[] out) {
        for (int r = 0; r < n; r++) {
            int rr = row0 + r;
            for (int c = 0; c < m; c++) {
                int cc = col0 + c;
                out[r * m + c] =
                        rr >= 0 && rr < rows() && cc >= 0 && cc < cols() ? heightsM[rr * cols() + cc] : Float.NaN;
            }
        }
    }

    /**
     * Bilinear height at x, y (CRS units) between the four surrounding cell centres; within half a cell of the edge the
     * nearest edge cells are used. Empty outside the grid or if any of the cells used is a void.
     */
    public OptionalDouble sample(double x, double y) {
        double fc = geometry.colOf(x);
        double fr = geometry.rowOf(y);
        if (!(fc >= -0.5 && fc <= cols() - 0.5 && fr >= -0.5 && fr <= rows() - 0.5)) {
            return OptionalDouble.empty();
        }
        fc = Math.min(Math.max(fc, 0), cols() - 1);
        fr = Math.min(Math.max(fr, 0), rows() - 1);
        int c0 = Math.min((int) fc, cols() - 2 < 0 ? 0 : cols() - 2);
        int r0 = Math.min((int) fr, rows() - 2 < 0 ? 0 : rows() - 2);
        int c1 = Math.min(c0 + 1, cols() - 1);
        int r1 = Math.min(r0 + 1, rows() - 1);
        double tx = fc - c0;
        double ty = fr - r0;
        double h00 = heightsM[r0 * cols() + c0];
        double h01 = heightsM[r0 * cols() + c1];
        double h10 = heightsM[r1 * cols() + c0];
        double h11 = heightsM[r1 * cols() + c1];
        double h = (1 - ty) * ((1 - tx) * h00 + tx * h01) + ty * ((1 - tx) * h10 + tx * h11);
        return Double.isNaN(h) ? OptionalDouble.empty() : OptionalDouble.of(h);
    }

    /** Bilinear height under a geodetic point (its height is ignored). */
    public OptionalDouble sample(GeodeticPoint p) {
        double[] xy = geometry.crs().fromGeodetic(p);
        return sample(xy[0], xy[1]);
    }

    @Override
    public String toString() {
        return "ElevationRaster[" + source + (synthetic ? " (SYNTHETIC)" : "") + ", " + cols() + " x " + rows()
                + ", EPSG:" + geometry.crs().epsg() + "]";
    }
}
