package io.steeldome.core.terrain;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Seeded synthetic mountain terrain for the Turkey-Iran-Iraq border region, conditioned on real coarse relief: the
 * bilinear interpolation of the ETOPO1 1-degree nodes for 38-46 E, 35-41 N (the resource {@code
 * etopo1_1deg_turkey_iran_iraq_border_region.csv}, see its PROVENANCE.md) plus fractal detail. Everything finer than
 * one degree is made up; every raster says so ({@link ElevationRaster#synthetic()} and its source {@code "SYNTHETIC:
 * ETOPO1 1-degree + seeded fractal detail (seed N)"}).
 *
 * <p>The detail is fractional Brownian motion with Hurst exponent {@link #HURST}: a sum of octaves of gradient noise
 * with wavelengths from {@link #LONGEST_WAVELENGTH_M} halving down to twice the cell size, octave k weighted
 * 2^(-k H). The noise lattice is hashed from the seed (no period), and it is laid out in geodetic coordinates, so the
 * same seed gives the same mountains on any grid, geographic or UTM, at any resolution (finer grids add finer octaves).
 * Its standard deviation is {@link #RELIEF_FRACTION} of the local coarse relief (the range of the 3 x 3 nodes around
 * each node, interpolated), kept within [{@link #MIN_SIGMA_M}, {@link #MAX_SIGMA_M}].
 *
 * <p>Detail never moves a point across sea level: where it pushes towards zero, the height is {@code c * exp(d / c)}
 * (coarse c, detail d), which is smooth at d = 0, keeps the sign of c and approaches 0 only asymptotically. Elsewhere it
 * is {@code c + d}.
 */
public final class SyntheticTerrain {
    public static final double HURST = 0.8;
    public static final double LONGEST_WAVELENGTH_M = 40_000;
    public static final double RELIEF_FRACTION = 0.25;
    public static final double MIN_SIGMA_M = 20;
    public static final double MAX_SIGMA_M = 600;

    /** Western, southern, eastern and northern node lines of the coarse data, degrees. */
    public static final int WEST_DEG = 38;

    public static final int SOUTH_DEG = 35;
    public static final int EAST_DEG = 46;
    public static final int NORTH_DEG = 41;

    private static final String RESOURCE = "etopo1_1deg_turkey_iran_iraq_border_region.csv";
    private static final int NX = EAST_DEG - WEST_DEG + 1;
    private static final int NY = NORTH_DEG - SOUTH_DEG + 1;

    // Noise coordinates: an equirectangular plane about 42 E, 38 N (metres); isotropic to within cos(lat)/cos(38).
    private static final double REF_LON = 42;
    private static final double REF_LAT = 38;
    private static final double M_PER_DEG_LAT = 110_950;
    private static final double M_PER_DEG_LON = 111_320 * Math.cos(Math.toRadians(REF_LAT));

    /**
     * Standard deviation of one octave of the gradient noise below (unit gradients, quintic fade), measured over 10^6
     * random points and seeds: 0.2158. Dividing by it and by sqrt(sum of the octave weights squared) makes
     * the fBm unit-variance.
     */
    private static final double NOISE_SIGMA = 0.2158;

    private static final int LATLON_STEP = 16;

    /** 256 unit gradients, evenly spread in angle. */
    private static final double[] GRAD_X = new double[256];

    private static final double[] GRAD_Y = new double[256];

    static {
        for (int g = 0; g < 256; g++) {
            GRAD_X[g] = Math.cos(2 * Math.PI * g / 256);
            GRAD_Y[g] = Math.sin(2 * Math.PI * g / 256);
        }
    }

    private SyntheticTerrain() {}

    /** Coarse heights and reliefs at the nodes, [lat index from south][lon index from west], metres. */
    private static final class Nodes {
        static final double[][] HEIGHT = new double[NY][NX];
        static final double[][] RELIEF = new double[NY][NX];

        static {
            boolean[][] seen = new boolean[NY][NX];
            try (InputStream in = SyntheticTerrain.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                r.readLine(); // lon_deg,lat_deg,elevation_m
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split(",");
                    int i = (int) Math.round(Double.parseDouble(f[0])) - WEST_DEG;
                    int j = (int) Math.round(Double.parseDouble(f[1])) - SOUTH_DEG;
                    HEIGHT[j][i] = Double.parseDouble(f[2]);
                    seen[j][i] = true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int j = 0; j < NY; j++) {
                for (int i = 0; i < NX; i++) {
                    if (!seen[j][i]) {
                        throw new IllegalStateException(
                                RESOURCE + " lacks the node " + (WEST_DEG + i) + " E " + (SOUTH_DEG + j) + " N");
                    }
                    double lo = Double.POSITIVE_INFINITY;
                    double hi = Double.NEGATIVE_INFINITY;
                    for (int dj = -1; dj <= 1; dj++) {
                        for (int di = -1; di <= 1; di++) {
                            int jj = j + dj;
                            int ii = i + di;
                            if (jj >= 0 && jj < NY && ii >= 0 && ii < NX) {
                                lo = Math.min(lo, HEIGHT[jj][ii]);
                                hi = Math.max(hi, HEIGHT[jj][ii]);
                            }
                        }
                    }
                    RELIEF[j][i] = hi - lo;
                }
            }
        }
    }

    /** The coarse (ETOPO1, bilinear between 1-degree nodes) height, metres; empty outside 38-46 E, 35-41 N. */
    public static OptionalDouble coarseHeightM(double latDeg, double lonDeg) {
        if (!inside(latDeg, lonDeg)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(bilinear(Nodes.HEIGHT, latDeg, lonDeg));
    }

    /** The standard deviation of the fractal detail at a point, metres; empty outside the coarse data. */
    public static OptionalDouble detailSigmaM(double latDeg, double lonDeg) {
        if (!inside(latDeg, lonDeg)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sigma(latDeg, lonDeg));
    }

    /**
     * Synthetic heights in EPSG:4326 cells of {@code cellDeg} over the box around {@code points} widened by the margins,
     * its edges snapped outward to whole cells and clipped to 38-46 E, 35-41 N.
     */
    public static ElevationRaster covering(
            java.util.List<io.steeldome.core.geo.GeodeticPoint> points,
            double marginLatDeg,
            double marginLonDeg,
            double cellDeg,
            long seed) {
        double south = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY;
        double west = Double.POSITIVE_INFINITY;
        double east = Double.NEGATIVE_INFINITY;
        for (io.steeldome.core.geo.GeodeticPoint p : points) {
            south = Math.min(south, p.latDeg());
            north = Math.max(north, p.latDeg());
            west = Math.min(west, p.lonDeg());
            east = Math.max(east, p.lonDeg());
        }
        south = Math.max(SOUTH_DEG, Math.floor((south - marginLatDeg) / cellDeg) * cellDeg);
        north = Math.min(NORTH_DEG, Math.ceil((north + marginLatDeg) / cellDeg) * cellDeg);
        west = Math.max(WEST_DEG, Math.floor((west - marginLonDeg) / cellDeg) * cellDeg);
        east = Math.min(EAST_DEG, Math.ceil((east + marginLonDeg) / cellDeg) * cellDeg);
        int cols = (int) Math.round((east - west) / cellDeg);
        int rows = (int) Math.round((north - south) / cellDeg);
        return generate(new GridGeometry(Crs.Geographic.WGS84, west, north, cellDeg, cellDeg, cols, rows), seed);
    }

    /**
     * Synthetic heights on {@code grid} (EPSG:4326 or UTM) for {@code seed}. Every cell centre must lie within 38-46 E,
     * 35-41 N.
     */
    public static ElevationRaster generate(GridGeometry grid, long seed) {
        int rows = grid.rows();
        int cols = grid.cols();
        Locator where = new Locator(grid);
        checkInside(where, rows, cols);
        int octaves = octaves(cellSizeM(grid));
        double[] weight = new double[octaves];
        double[] cos = new double[octaves];
        double[] sin = new double[octaves];
        double[] invWavelength = new double[octaves];
        double[] offsetU = new double[octaves];
        double[] offsetV = new double[octaves];
        for (int k = 0; k < octaves; k++) {
            weight[k] = Math.pow(2, -k * HURST);
            // Each octave turned by k radians, so lattice-aligned artefacts of different octaves do not add up.
            cos[k] = Math.cos(k);
            sin[k] = Math.sin(k);
            invWavelength[k] = Math.scalb(1 / LONGEST_WAVELENGTH_M, k);
            // Per-octave lattice shifts (in lattice units) so octaves' grid lines do not line up either.
            offsetU[k] = unit(hash(seed, 1000 + k, 1, 0)) * 1024;
            offsetV[k] = unit(hash(seed, 1000 + k, 2, 0)) * 1024;
        }
        // Normalised by the infinite series, not the truncated one: the large-scale shape is then the same at every
        // resolution.
        double norm = Math.sqrt(1 - Math.pow(2, -2 * HURST)) / NOISE_SIGMA;
        float[] out = new float[rows * cols];
        // Each cell depends only on its own position and the seed, so rows can run in parallel, deterministically.
        IntStream.range(0, rows).parallel().forEach(r -> {
            double[] latLon = new double[2];
            for (int c = 0; c < cols; c++) {
                where.latLon(r, c, latLon);
                double lat = latLon[0];
                double lon = latLon[1];
                double xM = (lon - REF_LON) * M_PER_DEG_LON;
                double yM = (lat - REF_LAT) * M_PER_DEG_LAT;
                double f = 0;
                for (int k = 0; k < octaves; k++) {
                    double u = (cos[k] * xM - sin[k] * yM) * invWavelength[k] + offsetU[k];
                    double v = (sin[k] * xM + cos[k] * yM) * invWavelength[k] + offsetV[k];
                    f += weight[k] * gradientNoise(seed, k, u, v);
                }
                double coarse = bilinear(Nodes.HEIGHT, lat, lon);
                double detail = sigma(lat, lon) * f * norm;
                out[r * cols + c] = (float) keepSide(coarse, detail);
            }
        });
        return ElevationRaster.of(
                grid, out, "SYNTHETIC: ETOPO1 1-degree + seeded fractal detail (seed " + seed + ")", true);
    }

    /**
     * Latitude and longitude have no extremum inside a rectangle of UTM (or geographic) cells, so checking the grid's
     * border cells checks them all.
     */
    private static void checkInside(Locator where, int rows, int cols) {
        double[] ll = new double[2];
        for (int r = 0; r < rows; r++) {
            int step = r == 0 || r == rows - 1 ? 1 : Math.max(1, cols - 1);
            for (int c = 0; c < cols; c += step) {
                where.latLon(r, c, ll);
                if (!inside(ll[0], ll[1])) {
                    throw new SteeldomeException(
                            TerrainError.OUTSIDE,
                            String.format(Locale.ROOT, "cell (%d, %d) at %.5f N %.5f E", r, c, ll[0], ll[1]),
                            "synthetic terrain is conditioned on ETOPO1 nodes covering 38-46 E, 35-41 N only");
                }
            }
        }
    }

    /** c + d, except that d never carries c across sea level (see the class comment). */
    static double keepSide(double c, double d) {
        if (c != 0 && Math.signum(d) == -Math.signum(c)) {
            return c * Math.exp(d / c);
        }
        return c + d;
    }

    private static boolean inside(double latDeg, double lonDeg) {
        return latDeg >= SOUTH_DEG && latDeg <= NORTH_DEG && lonDeg >= WEST_DEG && lonDeg <= EAST_DEG;
    }

    private static double sigma(double latDeg, double lonDeg) {
        double relief = bilinear(Nodes.RELIEF, latDeg, lonDeg);
        return Math.min(MAX_SIGMA_M, Math.max(MIN_SIGMA_M, RELIEF_FRACTION * relief));
    }

    private static double bilinear(double[][] nodes, double latDeg, double lonDeg) {
        double fx = lonDeg - WEST_DEG;
        double fy = latDeg - SOUTH_DEG;
        int i = Math.min((int) Math.floor(fx), NX - 2);
        int j = Math.min((int) Math.floor(fy), NY - 2);
        double tx = fx - i;
        double ty = fy - j;
        return (1 - ty) * ((1 - tx) * nodes[j][i] + tx * nodes[j][i + 1])
                + ty * ((1 - tx) * nodes[j + 1][i] + tx * nodes[j + 1][i + 1]);
    }

    /** Octaves from 40 km down to about twice the cell size (shorter waves would alias). */
    private static int octaves(double cellM) {
        double ratio = LONGEST_WAVELENGTH_M / (2 * cellM);
        return Math.max(1, Math.min(20, (int) Math.floor(Math.log(ratio) / Math.log(2)) + 1));
    }

    private static double cellSizeM(GridGeometry g) {
        if (!g.crs().geographic()) {
            return Math.min(g.pixelWidth(), g.pixelHeight());
        }
        double latMid = g.originY() - g.rows() * g.pixelHeight() / 2;
        return Math.min(g.pixelWidth() * 111_320 * Math.cos(Math.toRadians(latMid)), g.pixelHeight() * M_PER_DEG_LAT);
    }

    /**
     * Latitude and longitude of cell centres. For a projected grid the exact inverse projection runs on a lattice every
     * {@value #LATLON_STEP} cells and is interpolated bilinearly between (error far below a micro-degree over a few
     * hundred metres of UTM), because proj4j per cell would dominate the run time.
     */
    private static final class Locator {
        private final GridGeometry g;
        private final double[] la;
        private final double[] lo;
        private final int lc;

        Locator(GridGeometry g) {
            this.g = g;
            if (g.crs().geographic()) {
                la = lo = new double[0];
                lc = 0;
                return;
            }
            int lr = (g.rows() - 1) / LATLON_STEP + 2;
            lc = (g.cols() - 1) / LATLON_STEP + 2;
            la = new double[lr * lc];
            lo = new double[lr * lc];
            for (int a = 0; a < lr; a++) {
                for (int b = 0; b < lc; b++) {
                    GeodeticPoint p = g.crs().toGeodetic(g.centreX(b * LATLON_STEP), g.centreY(a * LATLON_STEP), 0);
                    la[a * lc + b] = p.latDeg();
                    lo[a * lc + b] = p.lonDeg();
                }
            }
        }

        void latLon(int r, int c, double[] out) {
            if (g.crs().geographic()) {
                out[0] = g.centreY(r);
                out[1] = g.centreX(c);
                return;
            }
            int a = r / LATLON_STEP;
            int b = c / LATLON_STEP;
            double ty = (r - a * LATLON_STEP) / (double) LATLON_STEP;
            double tx = (c - b * LATLON_STEP) / (double) LATLON_STEP;
            int i00 = a * lc + b;
            int i10 = i00 + lc;
            out[0] = (1 - ty) * ((1 - tx) * la[i00] + tx * la[i00 + 1]) + ty * ((1 - tx) * la[i10] + tx * la[i10 + 1]);
            out[1] = (1 - ty) * ((1 - tx) * lo[i00] + tx * lo[i00 + 1]) + ty * ((1 - tx) * lo[i10] + tx * lo[i10 + 1]);
        }
    }

    /**
     * 2-D gradient noise (Perlin 2002: quintic fade, dot products with unit gradients at the four lattice corners); the
     * corner gradients' angles are hashed from (seed, octave, corner), so there is no period. Zero at lattice points.
     */
    static double gradientNoise(long seed, int octave, double u, double v) {
        double fu = Math.floor(u);
        double fv = Math.floor(v);
        long iu = (long) fu;
        long iv = (long) fv;
        double du = u - fu;
        double dv = v - fv;
        double n00 = corner(seed, octave, iu, iv, du, dv);
        double n10 = corner(seed, octave, iu + 1, iv, du - 1, dv);
        double n01 = corner(seed, octave, iu, iv + 1, du, dv - 1);
        double n11 = corner(seed, octave, iu + 1, iv + 1, du - 1, dv - 1);
        double su = fade(du);
        double sv = fade(dv);
        double a = n00 + su * (n10 - n00);
        double b = n01 + su * (n11 - n01);
        return a + sv * (b - a);
    }

    private static double corner(long seed, int octave, long iu, long iv, double du, double dv) {
        int g = (int) (hash(seed, octave, iu, iv) >>> 56);
        return GRAD_X[g] * du + GRAD_Y[g] * dv;
    }

    private static double fade(double t) {
        return t * t * t * (t * (t * 6 - 15) + 10);
    }

    /** SplitMix64 finaliser over the four inputs: a well-mixed 64-bit hash. */
    private static long hash(long seed, int octave, long a, long b) {
        long h = seed * 0x9E3779B97F4A7C15L;
        h = mix(h ^ (octave + 0x632BE59BD9B4E019L));
        h = mix(h ^ a);
        h = mix(h ^ (b * 0xC2B2AE3D27D4EB4FL));
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A hash to [0, 1). */
    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
