package io.steeldome.border.crossing;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.time.SimTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Quickest route of a crosser over a DEM: Dijkstra's algorithm on the grid of cell centres with 8 neighbours, an edge
 * costing its horizontal length over {@link CrosserKind#speedMps} of its slope (rise between the two cells' heights
 * over the run), impassable above the kind's slope limit or over a void. Start and goal snap to the cells containing
 * them and the path runs through cell centres (its ends are the centres of those cells). Drones fly the straight line instead.
 *
 * <p>Cell sizes in metres: a projected (UTM) grid's pixel size, or for a geographic grid the pixel's angle times the
 * ellipsoid's radii at each row's latitude. On flat ground an 8-neighbour path from cell offset (a, b), a >= b, is
 * {@code (a - b) + b sqrt 2} cells long against the straight {@code sqrt(a^2 + b^2)}: at most 8.2 % longer (at 22.5
 * deg), exact along the axes and diagonals.
 */
public final class LeastCostPath {
    private static final int[] DR = {-1, -1, -1, 0, 0, 1, 1, 1};
    private static final int[] DC = {-1, 0, 1, -1, 1, -1, 0, 1};

    private LeastCostPath() {}

    /**
     * The quickest path from {@code start} to {@code goal} leaving at {@code departure}.
     *
     * @throws SteeldomeException {@link BorderError#GEOMETRY} if an end is outside the DEM or on a void, {@link
     *     BorderError#INFEASIBLE} if no passable route joins them
     */
    public static TimedPath plan(
            ElevationRaster dem, CrosserKind kind, GeodeticPoint start, GeodeticPoint goal, SimTime departure) {
        if (kind.flies()) {
            return straight(dem, kind, start, goal, departure);
        }
        GridGeometry g = dem.geometry();
        Crs crs = g.crs();
        int rows = dem.rows();
        int cols = dem.cols();
        int s = cellOf(dem, start, "start");
        int t = cellOf(dem, goal, "goal");
        float[] h = dem.heights();
        double[] dxRow = new double[rows];
        double dy;
        if (crs.geographic()) {
            double lat0 = Math.toRadians(g.centreY(rows / 2));
            dy = Math.toRadians(g.pixelHeight()) * Wgs84.meridianRadiusM(lat0);
            for (int r = 0; r < rows; r++) {
                double lat = Math.toRadians(g.centreY(r));
                dxRow[r] = Math.toRadians(g.pixelWidth()) * Wgs84.primeVerticalRadiusM(lat) * Math.cos(lat);
            }
        } else {
            dy = g.pixelHeight();
            Arrays.fill(dxRow, g.pixelWidth());
        }
        double[] time = new double[rows * cols];
        Arrays.fill(time, Double.POSITIVE_INFINITY);
        int[] prev = new int[rows * cols];
        Arrays.fill(prev, -1);
        boolean[] done = new boolean[rows * cols];
        PriorityQueue<long[]> queue = new PriorityQueue<>(
                (x, y) -> Double.compare(Double.longBitsToDouble(x[0]), Double.longBitsToDouble(y[0])));
        time[s] = 0;
        queue.add(new long[] {Double.doubleToLongBits(0), s});
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            int u = (int) top[1];
            if (done[u]) {
                continue;
            }
            done[u] = true;
            if (u == t) {
                break;
            }
            int ur = u / cols;
            int uc = u % cols;
            for (int k = 0; k < 8; k++) {
                int vr = ur + DR[k];
                int vc = uc + DC[k];
                if (vr < 0 || vr >= rows || vc < 0 || vc >= cols) {
                    continue;
                }
                int v = vr * cols + vc;
                if (done[v] || Float.isNaN(h[v])) {
                    continue;
                }
                double ex = DC[k] * 0.5 * (dxRow[ur] + dxRow[vr]);
                double ey = DR[k] * dy;
                double run = Math.hypot(ex, ey);
                double speed = kind.speedMps((h[v] - h[u]) / run);
                if (!(speed > 0)) {
                    continue;
                }
                double tv = time[u] + run / speed;
                if (tv < time[v]) {
                    time[v] = tv;
                    prev[v] = u;
                    queue.add(new long[] {Double.doubleToLongBits(tv), v});
                }
            }
        }
        if (!done[t]) {
            throw new SteeldomeException(
                    BorderError.INFEASIBLE, "no passable route for " + kind + " from " + start + " to " + goal);
        }
        List<Integer> cells = new ArrayList<>();
        for (int c = t; c != -1; c = prev[c]) {
            cells.add(c);
        }
        java.util.Collections.reverse(cells);
        List<TimedPath.Waypoint> wps = new ArrayList<>(cells.size());
        double length = 0;
        for (int i = 0; i < cells.size(); i++) {
            int c = cells.get(i);
            GeodeticPoint p = crs.toGeodetic(g.centreX(c % cols), g.centreY(c / cols), h[c]);
            wps.add(new TimedPath.Waypoint(departure.shiftedBy(time[c]), p));
            if (i > 0) {
                length += planarRun(cells.get(i - 1), c, cols, dxRow, dy);
            }
        }
        return new TimedPath(kind, wps, length);
    }

    private static double planarRun(int u, int v, int cols, double[] dxRow, double dy) {
        int dr = v / cols - u / cols;
        int dc = v % cols - u % cols;
        return Math.hypot(dc * 0.5 * (dxRow[u / cols] + dxRow[v / cols]), dr * dy);
    }

    private static TimedPath straight(
            ElevationRaster dem, CrosserKind kind, GeodeticPoint start, GeodeticPoint goal, SimTime departure) {
        cellOf(dem, start, "start");
        cellOf(dem, goal, "goal");
        double d = Geodesy.distanceM(start, goal);
        double hs = dem.sample(start).orElse(0);
        double hg = dem.sample(goal).orElse(0);
        return new TimedPath(
                kind,
                List.of(
                        new TimedPath.Waypoint(departure, start.withHeight(hs)),
                        new TimedPath.Waypoint(departure.shiftedBy(d / kind.flatSpeedMps()), goal.withHeight(hg))),
                d);
    }

    private static int cellOf(ElevationRaster dem, GeodeticPoint p, String what) {
        GridGeometry g = dem.geometry();
        double[] xy = g.crs().fromGeodetic(p);
        int r = g.cellRow(xy[1]);
        int c = g.cellCol(xy[0]);
        if (r < 0 || c < 0) {
            throw new SteeldomeException(BorderError.GEOMETRY, what + " " + p, "outside the DEM " + dem.source());
        }
        if (Float.isNaN(dem.heightAt(r, c))) {
            throw new SteeldomeException(BorderError.GEOMETRY, what + " " + p, "on a void of " + dem.source());
        }
        return r * dem.cols() + c;
    }
}
