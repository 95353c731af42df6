package io.steeldome.sim.scenario;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.DemLoader;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.terrain.SyntheticTerrain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The terrain that masks the radars' coverage ({@code terrain:} in a scenario). Without one the earth is smooth, as
 * before terrain existed. Heights are used as the files give them (SRTM: above the EGM96 geoid) and compared with the
 * scenario's {@code hM} as they are: the geoid-ellipsoid separation (a few tens of metres) is not applied.
 */
public sealed interface TerrainConfig permits TerrainConfig.Dem, TerrainConfig.Synthetic {
    /** Whether the heights are generated rather than measured; every output made with them must say so. */
    boolean synthetic();

    /**
     * Elevation files ({@code .hgt}, {@code .hgt.gz}, {@code .tif}, {@code .tiff}) mosaicked by {@link DemLoader}.
     * The loader reads them once, so that a bad file is reported with its place in the scenario file. The raster is
     * compared by identity: two loads of the same files are not equal.
     *
     * @param files the files, absolute or relative to the working directory, in priority order
     * @param raster their mosaic
     */
    record Dem(List<Path> files, ElevationRaster raster) implements TerrainConfig {
        public Dem {
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new SteeldomeException(ScenarioError.NO_DEM_FILES);
            }
            Objects.requireNonNull(raster, "raster");
        }

        /** Reads and mosaics {@code files} with {@link DemLoader#load(List)}. */
        public static Dem load(List<Path> files) {
            return new Dem(files, DemLoader.load(files));
        }

        /** True when the files themselves are labelled synthetic (e.g. a GeoTIFF written from synthetic terrain). */
        @Override
        public boolean synthetic() {
            return raster.synthetic();
        }
    }

    /**
     * Seeded synthetic relief from {@link SyntheticTerrain}: the real ETOPO1 1-degree heights of 38-46 E, 35-41 N plus
     * made-up fractal detail. It is generated on a geographic grid of {@code cellArcSec} cells that covers every
     * sensor's instrumented range around it, clipped to that region ({@link #grid}).
     *
     * @param seed seed of the fractal detail: the same seed gives the same mountains (independent of the run's seed)
     * @param cellArcSec cell size in arc-seconds of latitude and longitude, within [{@value #MIN_CELL_ARC_SEC},
     *     {@value #MAX_CELL_ARC_SEC}]
     */
    record Synthetic(long seed, double cellArcSec) implements TerrainConfig {
        /** 30 arc-seconds, about 925 m north-south and 715 m east-west at 39.5 N: fast enough for the demo. */
        public static final double DEFAULT_CELL_ARC_SEC = 30;

        public static final double MIN_CELL_ARC_SEC = 1;
        public static final double MAX_CELL_ARC_SEC = 300;
        /** Largest grid generated: 16 million cells, 64 MB of heights (held twice while the raster is built). */
        public static final long MAX_CELLS = 16_000_000;

        /** Ranges beyond this reach every point of the region from any point inside it, m. */
        private static final double REGION_REACH_M = 1_100_000;

        private static final double ARC_SEC_PER_DEG = 3600;
        /** Absorbs rounding when a lattice line falls on a region edge (in cells). */
        private static final double LATTICE_EPS = 1e-9;

        public Synthetic {
            Checks.inRange("cellArcSec", cellArcSec, MIN_CELL_ARC_SEC, MAX_CELL_ARC_SEC, "arcsec");
        }

        @Override
        public boolean synthetic() {
            return true;
        }

        /** Whether a point lies in the region where synthetic terrain exists. */
        public static boolean covers(double latDeg, double lonDeg) {
            return latDeg >= SyntheticTerrain.SOUTH_DEG
                    && latDeg <= SyntheticTerrain.NORTH_DEG
                    && lonDeg >= SyntheticTerrain.WEST_DEG
                    && lonDeg <= SyntheticTerrain.EAST_DEG;
        }

        /**
         * The EPSG:4326 grid the terrain is generated on: cells aligned to multiples of {@code cellArcSec} from 0,
         * covering each sensor's position plus its instrumented range ({@link SensorConfig#instrumentedRangeM()}) as
         * ground distance, with one cell to spare, clipped to 38-46 E, 35-41 N. Beyond the region there are no
         * heights, and terrain there does not mask. Empty when there are no sensors.
         *
         * @throws SteeldomeException {@link ScenarioError#SYNTHETIC_TERRAIN_OUTSIDE} if a sensor lies outside the region,
         *     {@link ScenarioError#SYNTHETIC_TERRAIN_TOO_LARGE} if the grid would exceed {@link #MAX_CELLS}
         */
        public Optional<GridGeometry> grid(List<SensorConfig> sensors) {
            List<String> outside = new ArrayList<>();
            for (int i = 0; i < sensors.size(); i++) {
                SensorConfig s = sensors.get(i);
                if (!covers(s.position().latDeg(), s.position().lonDeg())) {
                    outside.add(String.format(
                            Locale.ROOT,
                            "sensors[%d] '%s' at %.4f N, %.4f E",
                            i,
                            s.id(),
                            s.position().latDeg(),
                            s.position().lonDeg()));
                }
            }
            if (!outside.isEmpty()) {
                throw new SteeldomeException(
                        ScenarioError.SYNTHETIC_TERRAIN_OUTSIDE,
                        String.join(", ", outside) + (outside.size() == 1 ? " is" : " are"));
            }
            if (sensors.isEmpty()) {
                return Optional.empty();
            }
            double[] box = coverageBox(sensors);
            GridGeometry grid = gridOver(box, cellArcSec);
            long cells = (long) grid.cols() * grid.rows();
            if (cells > MAX_CELLS) {
                double needed = Math.ceil(cellArcSec * Math.sqrt((double) cells / MAX_CELLS));
                while ((long) gridOver(box, needed).cols()
                                * gridOver(box, needed).rows()
                        > MAX_CELLS) {
                    needed++;
                }
                throw new SteeldomeException(
                        ScenarioError.SYNTHETIC_TERRAIN_TOO_LARGE,
                        Range.format(cellArcSec),
                        grid.cols() + " x " + grid.rows() + " = " + cells,
                        Long.toString(MAX_CELLS),
                        Range.format(needed));
            }
            return Optional.of(grid);
        }

        /** {minLat, maxLat, minLon, maxLon} of the sensors' coverage circles, degrees. */
        private static double[] coverageBox(List<SensorConfig> sensors) {
            double[] box = {
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
            };
            for (SensorConfig s : sensors) {
                GeodeticPoint site = GeodeticPoint.ofDegrees(
                        s.position().latDeg(), s.position().lonDeg(), 0);
                include(box, site);
                double rangeM = Math.min(s.instrumentedRangeM(), REGION_REACH_M);
                // Quarter-degree steps: the circle's true extreme lies within R (1 - cos 0.125 deg) < 2.4e-6 R
                // (3 m at 1100 km) of a step, less than the cell kept to spare.
                for (int step = 0; step < 1440; step++) {
                    include(box, Geodesy.direct(site, Math.toRadians(step * 0.25), rangeM));
                }
            }
            return box;
        }

        private static void include(double[] box, GeodeticPoint p) {
            box[0] = Math.min(box[0], p.latDeg());
            box[1] = Math.max(box[1], p.latDeg());
            box[2] = Math.min(box[2], p.lonDeg());
            box[3] = Math.max(box[3], p.lonDeg());
        }

        /** The lattice-aligned grid over {@code box} plus one cell, clipped to the region. */
        private static GridGeometry gridOver(double[] box, double cellArcSec) {
            double perDeg = ARC_SEC_PER_DEG / cellArcSec;
            long south = Math.max(
                    (long) Math.ceil(SyntheticTerrain.SOUTH_DEG * perDeg - LATTICE_EPS),
                    (long) Math.floor(box[0] * perDeg) - 1);
            long north = Math.min(
                    (long) Math.floor(SyntheticTerrain.NORTH_DEG * perDeg + LATTICE_EPS),
                    (long) Math.ceil(box[1] * perDeg) + 1);
            long west = Math.max(
                    (long) Math.ceil(SyntheticTerrain.WEST_DEG * perDeg - LATTICE_EPS),
                    (long) Math.floor(box[2] * perDeg) - 1);
            long east = Math.min(
                    (long) Math.floor(SyntheticTerrain.EAST_DEG * perDeg + LATTICE_EPS),
                    (long) Math.ceil(box[3] * perDeg) + 1);
            double cellDeg = cellArcSec / ARC_SEC_PER_DEG;
            return new GridGeometry(
                    Crs.Geographic.WGS84,
                    west * cellDeg,
                    north * cellDeg,
                    cellDeg,
                    cellDeg,
                    (int) Math.max(1, east - west),
                    (int) Math.max(1, north - south));
        }
    }
}
