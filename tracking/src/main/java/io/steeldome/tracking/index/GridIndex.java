package io.steeldome.tracking.index;

import java.util.Arrays;

/**
 * A uniform grid over points in a plane (east, north in metres), built once per scan, for rectangle queries. The
 * cell size follows the point density (about two points per cell over the points' bounding box), so a query costs
 * the cells its rectangle overlaps plus the points in them, independent of the total number of points. Points with
 * a non-finite coordinate are not gridded; every query returns them, so the caller's exact test decides.
 *
 * <p>Immutable after construction; {@link #query} allocates nothing.
 */
public final class GridIndex {
    /** Average points per occupied-area cell; 1 to 4 all work, this balances cell visits against point tests. */
    private static final double POINTS_PER_CELL = 2;
    /** Upper bound on cells per axis, so that a few far outliers cannot blow up the grid. */
    private static final int MAX_CELLS_PER_AXIS = 4096;

    private final double[] xs;
    private final double[] ys;
    private final double minX;
    private final double minY;
    private final double inverseCellM;
    private final int nx;
    private final int ny;
    /** Points of cell c are {@code order[cellStart[c] .. cellStart[c + 1] - 1]}, ascending by point index. */
    private final int[] cellStart;

    private final int[] order;
    private final int[] unindexed;

    private GridIndex(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
        int n = xs.length;
        double loX = Double.POSITIVE_INFINITY;
        double loY = Double.POSITIVE_INFINITY;
        double hiX = Double.NEGATIVE_INFINITY;
        double hiY = Double.NEGATIVE_INFINITY;
        int finite = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                loX = Math.min(loX, xs[i]);
                hiX = Math.max(hiX, xs[i]);
                loY = Math.min(loY, ys[i]);
                hiY = Math.max(hiY, ys[i]);
                finite++;
            }
        }
        int[] rest = new int[n - finite];
        if (finite == 0) {
            loX = 0;
            loY = 0;
            hiX = 0;
            hiY = 0;
        }
        double width = hiX - loX;
        double height = hiY - loY;
        double cell = Math.sqrt(Math.max(width * height, 0) * POINTS_PER_CELL / Math.max(finite, 1));
        // degenerate (collinear or single-point) sets: spread the points along the longer side
        cell = Math.max(cell, Math.max(width, height) * POINTS_PER_CELL / Math.max(finite, 1));
        cell = Math.max(cell, Math.max(width, height) / MAX_CELLS_PER_AXIS);
        if (!(cell > 0 && Double.isFinite(cell))) {
            cell = 1;
        }
        this.minX = loX;
        this.minY = loY;
        this.inverseCellM = 1 / cell;
        this.nx = Math.min(MAX_CELLS_PER_AXIS, (int) (width * inverseCellM) + 1);
        this.ny = Math.min(MAX_CELLS_PER_AXIS, (int) (height * inverseCellM) + 1);
        int[] cellOf = new int[n];
        int[] start = new int[nx * ny + 1];
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                cellOf[i] = column(xs[i]) + nx * row(ys[i]);
                start[cellOf[i] + 1]++;
            } else {
                cellOf[i] = -1;
                rest[r++] = i;
            }
        }
        for (int c = 0; c < nx * ny; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, nx * ny);
        int[] sorted = new int[finite];
        for (int i = 0; i < n; i++) { // ascending i, so each cell's points stay in index order
            if (cellOf[i] >= 0) {
                sorted[fill[cellOf[i]]++] = i;
            }
        }
        this.cellStart = start;
        this.order = sorted;
        this.unindexed = rest;
    }

    /** Indexes points {@code (xs[i], ys[i])}; the arrays must have equal length and are not copied (do not modify). */
    public static GridIndex of(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("coordinate arrays differ in length: " + xs.length + " vs " + ys.length);
        }
        return new GridIndex(xs, ys);
    }

    public int size() {
        return xs.length;
    }

    /** Number of cells, for diagnostics. */
    public int cellCount() {
        return nx * ny;
    }

    /**
     * Writes into {@code out} (from position 0) the indices of every point inside the closed rectangle
     * {@code [minX, maxX] x [minY, maxY]}, plus every point with a non-finite coordinate, and returns how many; the
     * order is unspecified. NaN bounds select no gridded point; infinite bounds are allowed.
     *
     * @param out a buffer of length at least {@link #size()}
     */
    public int query(double minX, double maxX, double minY, double maxY, int[] out) {
        int count = 0;
        for (int i : unindexed) {
            out[count++] = i;
        }
        if (!(minX <= maxX && minY <= maxY)) { // empty or NaN
            return count;
        }
        int c0 = column(minX);
        int c1 = column(maxX);
        int r0 = row(minY);
        int r1 = row(maxY);
        for (int r = r0; r <= r1; r++) {
            int base = r * nx;
            for (int k = cellStart[base + c0], end = cellStart[base + c1 + 1]; k < end; k++) {
                int i = order[k];
                double x = xs[i];
                double y = ys[i];
                if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
                    out[count++] = i;
                }
            }
        }
        return count;
    }

    /** Cell column of {@code x}, clamped to the grid (so coordinates beyond it, or infinite, hit the border cells). */
    private int column(double x) {
        double c = Math.floor((x - minX) * inverseCellM);
        return c <= 0 ? 0 : c >= nx - 1 ? nx - 1 : (int) c;
    }

    private int row(double y) {
        double c = Math.floor((y - minY) * inverseCellM);
        return c <= 0 ? 0 : c >= ny - 1 ? ny - 1 : (int) c;
    }
}
