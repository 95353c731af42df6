package io.steeldome.core.terrain;

import io.steeldome.core.geo.Wgs84;
import java.util.Arrays;

/**
 * The viewshed sweep of Wang, Robinson and White (2000, "Generating viewsheds without using sightlines", PE&RS 66(1)
 * 87-90), with GDAL 3.6's choices so results agree cell for cell with {@code gdal_viewshed}: rows are processed
 * outward from the observer's row, each cell's observable height is interpolated (GDAL's "edge" mode) from the two
 * already processed neighbours nearer the observer, then raised to the cell's own height if that is higher.
 *
 * <p>One instance keeps its row buffers between calls (no per-cell and, after the first call, almost no per-call
 * allocation); it is not thread-safe: each thread uses its own.
 *
 * <p>GDAL 3.6 details kept for parity: heights are absolute and the observer's eye height {@code zo} is the origin of
 * the interpolation planes, written as GDAL writes them so results agree to the last bit; curvature is {@code cc * d^2
 * / (2 a)} with d^2 summed from the cell offsets times the pixel sizes; the range test is on cell centres; the
 * observer cell and its two neighbours on the observer row are visible whatever their heights.
 *
 * <p>One deliberate difference: GDAL 3.6 compares the three cells on each of the rows next to the observer's (straight
 * north/south and diagonal) with the observer's ground height, and raises their observable height to it, so an
 * observer on a slope is walled in at its own feet. Like GDAL after 3.6 we give these cells their own height (they are
 * visible, and shadow only by their own height). On the 30 km anchor this changes 5 of 3,141,549 cells.
 */
final class ViewshedKernel {
    /** The sphere diameter GDAL divides by: twice the WGS-84 semi-major axis (from the SRS of a WGS-84 DEM). */
    static final double SPHERE_DIAMETER_M = 2 * Wgs84.A_M;

    enum Mode {
        /** byte per cell: 255 visible, 0 not visible, void or out of range. */
        VISIBILITY,
        /** float per cell: how far above the ground a target must be to be seen (NaN out of range or void). */
        MINIMUM_HEIGHT,
        /** byte per cell: the lowest of the sorted target heights at which it is seen, or their count if none. */
        LAYERS
    }

    private double[] first = new double[0];
    private double[] upPrev = new double[0];
    private double[] upCur = new double[0];
    private double[] downPrev = new double[0];
    private double[] downCur = new double[0];
    private double[] hUp = new double[0];
    private double[] zUp = new double[0];
    private double[] hDown = new double[0];
    private double[] zDown = new double[0];
    private double[] colSq = new double[0];
    private double[] rowSq = new double[0];
    private double[] corr = new double[0];
    private int[] limit = new int[0];

    // The call's parameters, set by run() (kept in fields so the row methods stay small for the JIT).
    private float[] src;
    private int srcCols;
    private int srcRow0;
    private int srcCol0;
    private int wr;
    private int wc;
    private int or;
    private int oc;
    private double zo;
    private double curv;
    private Mode mode;
    private byte[] outBytes;
    private float[] outFloats;
    private double[] layerHeights;
    private double targetHeightM;
    private long visible;

    /**
     * Runs one viewshed over a window of a height array.
     *
     * @param heights heights, row-major with {@code heightsCols} per row, NaN = void; window cell (r, c) is {@code
     *     heights[(row0 + r) * heightsCols + col0 + c]}
     * @param w the window and observer cell
     * @param mode what to write
     * @param targetHeightM target height above ground for {@link Mode#VISIBILITY}
     * @param layerHeightsM ascending target heights for {@link Mode#LAYERS} (at most 254)
     * @param bytes output for VISIBILITY and LAYERS, length rows x cols of the window
     * @param floats output for MINIMUM_HEIGHT
     * @return visible cells (VISIBILITY), else 0
     */
    long run(
            float[] heights,
            int heightsCols,
            int row0,
            int col0,
            ViewshedWindow w,
            double observerHeightM,
            double curvatureCoefficient,
            Mode mode,
            double targetHeightM,
            double[] layerHeightsM,
            byte[] bytes,
            float[] floats) {
        this.src = heights;
        this.srcCols = heightsCols;
        this.srcRow0 = row0;
        this.srcCol0 = col0;
        this.wr = w.rows();
        this.wc = w.cols();
        this.or = w.observerRow();
        this.oc = w.observerCol();
        this.mode = mode;
        this.outBytes = bytes;
        this.outFloats = floats;
        this.layerHeights = layerHeightsM;
        this.targetHeightM = targetHeightM;
        this.curv = curvatureCoefficient;
        this.visible = 0;
        ensureCapacity(w);

        int maxDx = Math.max(oc, wc - 1 - oc);
        int maxDy = Math.max(or, wr - 1 - or);
        for (int k = 0; k <= maxDx; k++) {
            double d = w.pixelWidthM() * k;
            colSq[k] = d * d;
        }
        for (int k = 0; k <= maxDy; k++) {
            double d = w.pixelHeightM() * k;
            rowSq[k] = d * d;
        }
        // Per row offset, the farthest column offset whose centre is within range (-1: none). GDAL stops a row at
        // the first cell with dx^2 + dy^2 > maxDistance^2; rows shrink as |dy| grows, so one pointer walks down.
        double md2 = w.maxDistanceM() * w.maxDistanceM();
        int lim = maxDx;
        for (int dy = 0; dy <= maxDy; dy++) {
            while (lim >= 0 && colSq[lim] + rowSq[dy] > md2) {
                lim--;
            }
            limit[dy] = lim;
        }

        firstRow(observerHeightM);
        // Up and down from the observer row, each starting from the observer row's observable heights. The rows dy
        // above and below are done together: they share their curvature drops (one division per column offset
        // instead of four) and their four dependency chains (left/right, up/down) overlap in the pipeline.
        System.arraycopy(first, 0, upPrev, 0, wc);
        System.arraycopy(first, 0, downPrev, 0, wc);
        for (int dy = 1; dy <= maxDy; dy++) {
            int rowLim = limit[dy];
            if (rowLim < 0) {
                for (int r = or - dy; r >= 0; r--) {
                    emit(r, 0, -1, hUp, zUp);
                }
                for (int r = or + dy; r < wr; r++) {
                    emit(r, 0, -1, hUp, zUp);
                }
                break;
            }
            double rs = rowSq[dy];
            for (int dx = 0; dx <= rowLim; dx++) {
                corr[dx] = curv * (colSq[dx] + rs) / SPHERE_DIAMETER_M;
            }
            int leftEnd = Math.min(oc, rowLim);
            int rightEnd = Math.min(wc - 1 - oc, rowLim);
            boolean up = dy <= or;
            boolean down = dy < wr - or;
            int baseUp = (srcRow0 + or - dy) * srcCols + srcCol0;
            int baseDown = (srcRow0 + or + dy) * srcCols + srcCol0;
            if (up) {
                nearPart(baseUp, dy, upPrev, upCur, hUp, zUp, leftEnd, rightEnd);
            }
            if (down) {
                nearPart(baseDown, dy, downPrev, downCur, hDown, zDown, leftEnd, rightEnd);
            }
            if (up && down) {
                shallowPair(baseUp, baseDown, dy, leftEnd, rightEnd);
            } else if (up) {
                shallow(baseUp, dy, upPrev, upCur, hUp, zUp, leftEnd, rightEnd);
            } else {
                shallow(baseDown, dy, downPrev, downCur, hDown, zDown, leftEnd, rightEnd);
            }
            if (up) {
                emit(or - dy, oc - leftEnd, oc + rightEnd, hUp, zUp);
                double[] t = upPrev;
                upPrev = upCur;
                upCur = t;
            }
            if (down) {
                emit(or + dy, oc - leftEnd, oc + rightEnd, hDown, zDown);
                double[] t = downPrev;
                downPrev = downCur;
                downCur = t;
            }
        }
        this.src = null;
        this.outBytes = null;
        this.outFloats = null;
        return visible;
    }

    private void ensureCapacity(ViewshedWindow w) {
        int c = w.cols();
        if (first.length < c) {
            first = new double[c];
            upPrev = new double[c];
            upCur = new double[c];
            downPrev = new double[c];
            downCur = new double[c];
            hUp = new double[c];
            zUp = new double[c];
            hDown = new double[c];
            zDown = new double[c];
        }
        int n = Math.max(w.cols(), w.rows()) + 1;
        if (colSq.length < n) {
            colSq = new double[n];
            rowSq = new double[n];
            corr = new double[n];
            limit = new int[n];
        }
    }

    private double curvature(int dx, int dy) {
        return curv * (colSq[dx] + rowSq[dy]) / SPHERE_DIAMETER_M;
    }

    /** Observable height at distance i along a line through the eye, from the height at distance i - 1. */
    private static double line(int i, double za, double zo) {
        return i == 1 ? za : (za - zo) / (i - 1) + za;
    }

    /**
     * GDAL's "edge" interpolation: the height on the plane through the eye and the two neighbours nearer the observer
     * ({@code diag} on the diagonal, weight {@code wDiag}; {@code side} straight towards the observer, weight {@code
     * wSide}), written in GDAL's order of operations.
     */
    private static double edge(double diag, double side, double wDiag, double wSide, double div, double z0) {
        return ((diag - z0) * wDiag + (side - z0) * wSide) / div + z0;
    }

    private void firstRow(double observerHeightM) {
        int base = (srcRow0 + or) * srcCols + srcCol0;
        for (int c = 0; c < wc; c++) {
            first[c] = src[base + c];
        }
        double ground = first[oc];
        zo = observerHeightM + ground;
        double[] hr = hUp;
        double[] zr = zUp;
        hr[oc] = ground;
        zr[oc] = Double.NEGATIVE_INFINITY; // always visible
        // The two neighbours on the observer row: visible, their (curvature-lowered) height is their observable
        // height; a void neighbour hides nothing.
        for (int s = -1; s <= 1; s += 2) {
            int c = oc + s;
            if (c >= 0 && c < wc) {
                double h = first[c] - curvature(1, 0);
                hr[c] = h;
                zr[c] = Double.NEGATIVE_INFINITY;
                first[c] = Double.isNaN(h) ? Double.NEGATIVE_INFINITY : h;
            }
        }
        int lim = limit[0];
        double z0 = zo;
        int leftEnd = Math.min(oc, lim);
        for (int dx = 2; dx <= leftEnd; dx++) {
            int c = oc - dx;
            double h = first[c] - curvature(dx, 0);
            double z = line(dx, first[c + 1], z0);
            hr[c] = h;
            zr[c] = z;
            first[c] = h >= z ? h : z;
        }
        int rightEnd = Math.min(wc - 1 - oc, lim);
        for (int dx = 2; dx <= rightEnd; dx++) {
            int c = oc + dx;
            double h = first[c] - curvature(dx, 0);
            double z = line(dx, first[c - 1], z0);
            hr[c] = h;
            zr[c] = z;
            first[c] = h >= z ? h : z;
        }
        int half = Math.max(1, lim);
        emit(or, Math.max(0, oc - half), Math.min(wc - 1, oc + half), hr, zr);
    }

    /**
     * The observer's column, the steep part (|dx| < dy: both neighbours on the previous row, no dependency along the
     * row) and the diagonals of a row dy > 0 rows from the observer's; {@code p} holds the previous row's observable
     * heights, {@code q} gets this row's.
     */
    private void nearPart(
            int base, int dy, double[] p, double[] q, double[] hr, double[] zr, int leftEnd, int rightEnd) {
        final double[] cr = corr;
        final double z0 = zo;
        final float[] s = src;
        final int o = oc;
        final double dyM1 = dy - 1;
        {
            // Next to the observer (dy = 1) a cell takes its own height, like the row neighbours (see the class
            // comment); farther out, the line through the eye.
            double h = s[base + o] - cr[0];
            double z = dy == 1 ? h : line(dy, p[o], z0);
            hr[o] = h;
            zr[o] = z;
            q[o] = h >= z ? h : z;
        }
        int steepEnd = Math.min(leftEnd, dy - 1);
        for (int dx = 1; dx <= steepEnd; dx++) {
            int c = o - dx;
            double h = s[base + c] - cr[dx];
            double z = edge(p[c + 1], p[c], dx, dy - dx, dyM1, z0);
            hr[c] = h;
            zr[c] = z;
            q[c] = h >= z ? h : z;
        }
        steepEnd = Math.min(rightEnd, dy - 1);
        for (int dx = 1; dx <= steepEnd; dx++) {
            int c = o + dx;
            double h = s[base + c] - cr[dx];
            double z = edge(p[c - 1], p[c], dx, dy - dx, dyM1, z0);
            hr[c] = h;
            zr[c] = z;
            q[c] = h >= z ? h : z;
        }
        if (dy <= leftEnd) {
            int c = o - dy;
            double h = s[base + c] - cr[dy];
            double z = dy == 1 ? h : line(dy, p[c + 1], z0);
            hr[c] = h;
            zr[c] = z;
            q[c] = h >= z ? h : z;
        }
        if (dy <= rightEnd) {
            int c = o + dy;
            double h = s[base + c] - cr[dy];
            double z = dy == 1 ? h : line(dy, p[c - 1], z0);
            hr[c] = h;
            zr[c] = z;
            q[c] = h >= z ? h : z;
        }
    }

    /**
     * The shallow part (|dx| > dy) of one row: one neighbour is on this row, just computed, so each side is a
     * dependency chain; the two sides run in one loop so their chains overlap.
     */
    private void shallow(
            int base, int dy, double[] p, double[] q, double[] hr, double[] zr, int leftEnd, int rightEnd) {
        final double[] cr = corr;
        final double z0 = zo;
        final float[] s = src;
        final int o = oc;
        final int both = Math.min(leftEnd, rightEnd);
        int dx = dy + 1;
        for (; dx <= both; dx++) {
            int cl = o - dx;
            int cR = o + dx;
            double n = dx - dy;
            double d = dx - 1;
            double hl = s[base + cl] - cr[dx];
            double hR = s[base + cR] - cr[dx];
            double zl = edge(p[cl + 1], q[cl + 1], dy, n, d, z0);
            double zR = edge(p[cR - 1], q[cR - 1], dy, n, d, z0);
            hr[cl] = hl;
            zr[cl] = zl;
            q[cl] = hl >= zl ? hl : zl;
            hr[cR] = hR;
            zr[cR] = zR;
            q[cR] = hR >= zR ? hR : zR;
        }
        for (int k = dx; k <= leftEnd; k++) {
            int c = o - k;
            double h = s[base + c] - cr[k];
            double z = edge(p[c + 1], q[c + 1], dy, k - dy, k - 1, z0);
            hr[c] = h;
            zr[c] = z;
            q[c] = h >= z ? h : z;
        }
        for (int k = dx; k <= rightEnd; k++) {
            int c = o + k;
            double h = s[base + c] - cr[k];
            double z = edge(p[c - 1], q[c - 1], dy, k - dy, k - 1, z0);
            hr[c] = h;
            zr[c] = z;
            q[c] = h >= z ? h : z;
        }
    }

    /** {@link #shallow} for the rows dy above and below the observer at once: four chains per loop. */
    private void shallowPair(int baseUp, int baseDown, int dy, int leftEnd, int rightEnd) {
        final double[] cr = corr;
        final double z0 = zo;
        final float[] s = src;
        final int o = oc;
        final double[] pu = upPrev;
        final double[] qu = upCur;
        final double[] pd = downPrev;
        final double[] qd = downCur;
        final double[] hu = hUp;
        final double[] zu = zUp;
        final double[] hd = hDown;
        final double[] zd = zDown;
        final int both = Math.min(leftEnd, rightEnd);
        int dx = dy + 1;
        for (; dx <= both; dx++) {
            int cl = o - dx;
            int cR = o + dx;
            double n = dx - dy;
            double d = dx - 1;
            double k = cr[dx];
            double hul = s[baseUp + cl] - k;
            double huR = s[baseUp + cR] - k;
            double hdl = s[baseDown + cl] - k;
            double hdR = s[baseDown + cR] - k;
            double zul = edge(pu[cl + 1], qu[cl + 1], dy, n, d, z0);
            double zuR = edge(pu[cR - 1], qu[cR - 1], dy, n, d, z0);
            double zdl = edge(pd[cl + 1], qd[cl + 1], dy, n, d, z0);
            double zdR = edge(pd[cR - 1], qd[cR - 1], dy, n, d, z0);
            hu[cl] = hul;
            zu[cl] = zul;
            qu[cl] = hul >= zul ? hul : zul;
            hu[cR] = huR;
            zu[cR] = zuR;
            qu[cR] = huR >= zuR ? huR : zuR;
            hd[cl] = hdl;
            zd[cl] = zdl;
            qd[cl] = hdl >= zdl ? hdl : zdl;
            hd[cR] = hdR;
            zd[cR] = zdR;
            qd[cR] = hdR >= zdR ? hdR : zdR;
        }
        for (int x = dx; x <= leftEnd; x++) { // left only: the up and down chains
            int c = o - x;
            double n = x - dy;
            double d = x - 1;
            double hh = s[baseUp + c] - cr[x];
            double hl = s[baseDown + c] - cr[x];
            double zz = edge(pu[c + 1], qu[c + 1], dy, n, d, z0);
            double zl = edge(pd[c + 1], qd[c + 1], dy, n, d, z0);
            hu[c] = hh;
            zu[c] = zz;
            qu[c] = hh >= zz ? hh : zz;
            hd[c] = hl;
            zd[c] = zl;
            qd[c] = hl >= zl ? hl : zl;
        }
        for (int x = dx; x <= rightEnd; x++) { // right only
            int c = o + x;
            double n = x - dy;
            double d = x - 1;
            double hh = s[baseUp + c] - cr[x];
            double hl = s[baseDown + c] - cr[x];
            double zz = edge(pu[c - 1], qu[c - 1], dy, n, d, z0);
            double zl = edge(pd[c - 1], qd[c - 1], dy, n, d, z0);
            hu[c] = hh;
            zu[c] = zz;
            qu[c] = hh >= zz ? hh : zz;
            hd[c] = hl;
            zd[c] = zl;
            qd[c] = hl >= zl ? hl : zl;
        }
    }

    /** Writes window row r: columns lo..hi were computed into hr/zr, the others are out of range. */
    private void emit(int r, int lo, int hi, double[] hr, double[] zr) {
        int base = r * wc;
        switch (mode) {
            case VISIBILITY -> {
                byte[] out = outBytes;
                if (lo > 0) {
                    Arrays.fill(out, base, base + lo, (byte) 0);
                }
                double t = targetHeightM;
                long n = 0;
                for (int c = lo; c <= hi; c++) {
                    int v = hr[c] + t >= zr[c] ? 1 : 0;
                    out[base + c] = (byte) -v; // 255 or 0
                    n += v;
                }
                visible += n;
                int from = Math.max(lo, hi + 1);
                if (from < wc) {
                    Arrays.fill(out, base + from, base + wc, (byte) 0);
                }
            }
            case MINIMUM_HEIGHT -> {
                float[] out = outFloats;
                if (lo > 0) {
                    Arrays.fill(out, base, base + lo, Float.NaN);
                }
                for (int c = lo; c <= hi; c++) {
                    out[base + c] = (float) Math.max(0.0, zr[c] - hr[c]);
                }
                int from = Math.max(lo, hi + 1);
                if (from < wc) {
                    Arrays.fill(out, base + from, base + wc, Float.NaN);
                }
            }
            case LAYERS -> {
                byte[] out = outBytes;
                double[] t = layerHeights;
                byte none = (byte) t.length;
                if (lo > 0) {
                    Arrays.fill(out, base, base + lo, none);
                }
                int nl = t.length;
                for (int c = lo; c <= hi; c++) {
                    double h = hr[c];
                    double z = zr[c];
                    // Seen at layer k means seen at every higher one (h + t grows with t), so the lowest layer seen is
                    // the number of layers not seen: counted without branches.
                    int notSeen = nl;
                    for (int k = 0; k < nl; k++) {
                        notSeen -= h + t[k] >= z ? 1 : 0;
                    }
                    out[base + c] = (byte) notSeen;
                }
                int from = Math.max(lo, hi + 1);
                if (from < wc) {
                    Arrays.fill(out, base + from, base + wc, none);
                }
            }
        }
    }
}
