package io.steeldome.sim.run;

import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.interop.geojson.GridOutline;
import io.steeldome.sensors.coverage.TerrainMask;

/**
 * A radar's terrain-masked coverage for maps: a square grid in the azimuthal equidistant projection centred on the
 * antenna (a cell centre at (east, north) metres lies at geodesic distance hypot(east, north) and azimuth
 * atan2(east, north), exactly the arguments {@link TerrainMask#masks} takes), the cells within range that the mask
 * does not hide, outlined with {@link GridOutline} and smoothed by one cell. Only corners of the outline are mapped to
 * the ellipsoid (by {@link Geodesy#direct}), so a 250 km radar at 1 km cells costs 250 000 O(1) mask look-ups.
 */
final class MaskedCoverage {
    /** Target heights drawn, above the scenario's ground height: a low drone and a cruising aircraft, m. */
    static final double[] TARGET_HEIGHTS_ABOVE_GROUND_M = {300, 3000};

    private MaskedCoverage() {}

    static SceneLayout.Coverage of(String siteId, TerrainMask mask, double rangeM, double targetHeightM) {
        double cellM = Math.max(250, Math.ceil(rangeM / 250 / 250) * 250); // 250 m steps, <= 500 cells across
        int half = (int) Math.ceil(rangeM / cellM);
        int n = 2 * half;
        GeodeticPoint antenna = mask.antenna().withHeight(0);
        return new SceneLayout.Coverage(
                siteId,
                targetHeightM,
                cellM,
                GridOutline.polygons(
                        n,
                        n,
                        (row, col) -> {
                            double east = (col + 0.5 - half) * cellM;
                            double north = (half - row - 0.5) * cellM;
                            double d = Math.hypot(east, north);
                            return d <= rangeM && !mask.masks(Math.atan2(east, north), d, targetHeightM);
                        },
                        1.0,
                        (col, row) -> {
                            double east = (col - half) * cellM;
                            double north = (half - row) * cellM;
                            double d = Math.hypot(east, north);
                            return d == 0 ? antenna : Geodesy.direct(antenna, Math.atan2(east, north), d);
                        }));
    }
}
