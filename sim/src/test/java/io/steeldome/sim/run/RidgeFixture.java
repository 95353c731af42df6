package io.steeldome.sim.run;

import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;

/**
 * The ridge the terrain tests share, and its hand geometry: a plain at 1000 m, a ridge 300 m high 10-12 km north of a
 * sensor at 40 N 44 E (its eye 8 m above the site), and a drone at 1400 m flying south at 50 m/s from 40.55 N.
 */
final class RidgeFixture {
    static final double SITE_LAT = 40.0;
    static final double LON = 44.0;
    static final double GROUND_M = 1000;
    static final double WALL_M = 1300;
    static final double DRONE_M = 1400;
    /** Sensor eye (radar antenna, camera) 8 m above the site. */
    static final double EYE_M = GROUND_M + 8;

    static final double LAUNCH_LAT = 40.55;
    static final double SPEED_MPS = 50;

    static final double CELL_DEG = 3.0 / 3600;
    static final double DEM_NORTH = 40.65;
    static final int DEM_ROWS = 840; // 40.65 .. 39.95 N
    static final int DEM_COLS = 240; // 43.9 .. 44.1 E
    /** The ridge: every row whose centre latitude lies in [40.09, 40.11] N. */
    static final double WALL_SOUTH = 40.09;

    static final double WALL_NORTH = 40.11;

    private RidgeFixture() {}

    static GridGeometry grid() {
        return new GridGeometry(Crs.Geographic.WGS84, 43.9, DEM_NORTH, CELL_DEG, CELL_DEG, DEM_COLS, DEM_ROWS);
    }

    static double rowCentreLat(int row) {
        return DEM_NORTH - (row + 0.5) * CELL_DEG;
    }

    static ElevationRaster dem() {
        float[] h = new float[DEM_ROWS * DEM_COLS];
        for (int r = 0; r < DEM_ROWS; r++) {
            double lat = rowCentreLat(r);
            float height = (float) (lat >= WALL_SOUTH && lat <= WALL_NORTH ? WALL_M : GROUND_M);
            java.util.Arrays.fill(h, r * DEM_COLS, (r + 1) * DEM_COLS, height);
        }
        return ElevationRaster.of(grid(), h, "ridge test DEM", false);
    }

    static double meridianArcM(double fromLat, double toLat) {
        return Geodesy.distanceM(GeodeticPoint.ofDegrees(fromLat, LON, 0), GeodeticPoint.ofDegrees(toLat, LON, 0));
    }

    /**
     * Ground distance from the site to the top of the ridge's near face, the southernmost wall-row centre: the highest
     * point of the ridge seen from the site (bilinear heights rise towards it and the flat top's elevation falls
     * beyond it).
     */
    static double crestM() {
        int nearRow = DEM_ROWS - 1;
        while (rowCentreLat(nearRow) < WALL_SOUTH) {
            nearRow--;
        }
        return meridianArcM(SITE_LAT, rowCentreLat(nearRow));
    }

    /** Half the smaller (east-west) cell side at the site: the terrain mask's range step. */
    static double halfCellM() {
        double lat = Math.toRadians(SITE_LAT);
        return 0.5 * Math.toRadians(CELL_DEG) * Wgs84.primeVerticalRadiusM(lat) * Math.cos(lat);
    }

    /**
     * Tangent of the apparent elevation of a point {@code h} high at ground distance {@code d} from the eye, on an
     * earth of radius {@code re} where rays are straight.
     */
    static double tanElevation(double d, double h, double re) {
        double t = d / re;
        double r1 = re + EYE_M;
        double r2 = re + h;
        return (r2 * Math.cos(t) - r1) / (r2 * Math.sin(t));
    }

    /**
     * The ground distance at which the drone comes out over a ridge top {@code crestM} away: where its elevation equals
     * the top's (bisection; elevation falls with distance).
     */
    static double emergenceM(double crestM, double re) {
        double wallTan = tanElevation(crestM, WALL_M, re);
        double lo = 1_000;
        double hi = 60_000;
        for (int i = 0; i < 100; i++) {
            double mid = 0.5 * (lo + hi);
            if (tanElevation(mid, DRONE_M, re) > wallTan) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
