package io.steeldome.sensors.coverage;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.sensors.SensorError;
import io.steeldome.sensors.detection.RadarHorizon;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The terrain horizon of one antenna, prepared once so that "is this target masked by terrain?" costs O(1).
 *
 * <p>For each azimuth bin (default 0.1 deg) a ray is cast from the antenna along the geodesic at the bin centre. The
 * terrain is sampled along it at most half a raster cell apart (bilinear, {@link ElevationRaster#sample}), at ground
 * distances measured in metres on the WGS-84 ellipsoid (the ray's points come from {@link Geodesy#direct} and are
 * mapped into the raster's CRS, geographic or UTM, so a raster in degrees is never stepped in degrees). For every
 * range bin the mask keeps the running maximum, over all samples not farther than the bin's near edge, of the
 * apparent elevation of the terrain seen from the antenna on a k-scaled earth (4/3 by default: rays are straight over
 * an earth of radius k R, with R the Gaussian radius of curvature at the antenna; as in {@link RadarHorizon}). A
 * target is masked iff its own apparent elevation is below that maximum at its azimuth and ground range. Elevations
 * are stored as their tangents, {@code tan el = (r2 cos t - r1) / (r2 sin t)} with r1, r2 the radii of antenna and
 * point and t the central angle, which orders them like the angles without a trigonometric call.
 *
 * <p>Heights: the raster's heights plus {@code terrainHeightOffsetM} must refer to the same surface as {@link
 * GeodeticPoint#hM()} of the antenna and the targets (pass the local geoid undulation to lift an SRTM-style
 * orthometric raster to WGS-84 ellipsoidal heights, or 0 if the project's heights are all above mean sea level).
 * Voids and points off the raster do not mask; past the last sampled distance the mask keeps its last value (terrain
 * known to block still blocks; unknown terrain is not invented). Longitudes are not unwrapped across the
 * antimeridian. Immutable and thread-safe after construction.
 */
public final class TerrainMask {
    /** Default azimuth bin width, 0.1 deg. */
    public static final double DEFAULT_AZIMUTH_BIN_RAD = Math.toRadians(0.1);

    /** Ray points are mapped into the raster CRS this far apart and interpolated linearly in between, m. */
    private static final double CONTROL_SPACING_M = 1000;

    private final GeodeticPoint antenna;
    private final double refractionK;
    private final double effectiveRadiusM;
    private final double maxRangeM;
    private final double azimuthBinRad;
    private final int azimuthBins;
    private final double rangeStepM;
    private final int rangeBins;
    private final double terrainHeightOffsetM;
    private final String source;
    private final boolean synthetic;
    /** [azimuthBin * rangeBins + j]: max tan(el) of terrain samples at ground distance <= j * rangeStepM. */
    private final float[] maskTan;

    private TerrainMask(
            GeodeticPoint antenna,
            double refractionK,
            double maxRangeM,
            double azimuthBinRad,
            int azimuthBins,
            double rangeStepM,
            int rangeBins,
            double terrainHeightOffsetM,
            String source,
            boolean synthetic,
            float[] maskTan) {
        this.antenna = antenna;
        this.refractionK = refractionK;
        this.effectiveRadiusM = refractionK * gaussianRadiusM(antenna);
        this.maxRangeM = maxRangeM;
        this.azimuthBinRad = azimuthBinRad;
        this.azimuthBins = azimuthBins;
        this.rangeStepM = rangeStepM;
        this.rangeBins = rangeBins;
        this.terrainHeightOffsetM = terrainHeightOffsetM;
        this.source = source;
        this.synthetic = synthetic;
        this.maskTan = maskTan;
    }

    /**
     * A mask with the defaults: 0.1 deg azimuth bins, samples half a raster cell apart, no height offset.
     *
     * @param raster terrain heights
     * @param antenna antenna phase centre (its height above the same surface as the raster's heights)
     * @param refractionK effective-earth factor (4/3 standard)
     * @param maxRangeM ground range out to which terrain is sampled (rays stop earlier at the raster's farthest
     *     corner), m
     */
    public static TerrainMask build(
            ElevationRaster raster, GeodeticPoint antenna, double refractionK, double maxRangeM) {
        return build(raster, antenna, refractionK, maxRangeM, DEFAULT_AZIMUTH_BIN_RAD, halfCellM(raster, antenna), 0);
    }

    /**
     * A mask with explicit resolution.
     *
     * @param azimuthBinRad azimuth bin width (the circle is split into round(2 pi / width) equal bins), rad
     * @param rangeStepM distance between terrain samples along a ray and range-bin size, m; at most half a cell keeps
     *     every cell on the ray sampled
     * @param terrainHeightOffsetM added to every raster height (e.g. the geoid undulation), m
     */
    public static TerrainMask build(
            ElevationRaster raster,
            GeodeticPoint antenna,
            double refractionK,
            double maxRangeM,
            double azimuthBinRad,
            double rangeStepM,
            double terrainHeightOffsetM) {
        Objects.requireNonNull(raster, "raster");
        Objects.requireNonNull(antenna, "antenna");
        Checks.positive("refractionK", refractionK, "");
        Checks.positive("maxRangeM", maxRangeM, "m");
        Checks.inRange("azimuthBinRad", azimuthBinRad, 1e-6, Math.PI / 4, "rad");
        Checks.positive("rangeStepM", rangeStepM, "m");
        Checks.finite("terrainHeightOffsetM", terrainHeightOffsetM);
        int azBins = (int) Math.round(2 * Math.PI / azimuthBinRad);
        double binRad = 2 * Math.PI / azBins;
        // Rays end where the raster does: no samples, and no memory, beyond its farthest corner.
        double sampledRangeM = Math.min(maxRangeM, farthestCornerM(raster.geometry(), antenna));
        long rangeBinsLong = (long) Math.ceil(sampledRangeM / rangeStepM) + 1;
        if (rangeBinsLong * azBins > Integer.MAX_VALUE - 8) {
            throw new SteeldomeException(
                    SensorError.TERRAIN_MASK,
                    azBins + " azimuth x " + rangeBinsLong + " range bins is too many; use coarser bins");
        }
        int rangeBins = (int) rangeBinsLong;
        double re = refractionK * gaussianRadiusM(antenna);
        double r1 = re + antenna.hM();
        // Per-sample geometry is the same on every ray.
        double[] cosT = new double[rangeBins];
        double[] sinT = new double[rangeBins];
        for (int j = 1; j < rangeBins; j++) {
            double t = j * rangeStepM / re;
            cosT[j] = Math.cos(t);
            sinT[j] = Math.sin(t);
        }
        Crs crs = raster.geometry().crs();
        int controls = (int) Math.ceil((rangeBins - 1) * rangeStepM / CONTROL_SPACING_M) + 1;
        double controlStepM = controls > 1 ? (rangeBins - 1) * rangeStepM / (controls - 1) : 1;
        double[] cx = new double[controls];
        double[] cy = new double[controls];
        float[] mask = new float[azBins * rangeBins];
        for (int a = 0; a < azBins; a++) {
            double azRad = a * binRad;
            for (int c = 0; c < controls; c++) {
                double[] xy = crs.fromGeodetic(Geodesy.direct(antenna, azRad, c * controlStepM));
                cx[c] = xy[0];
                cy[c] = xy[1];
            }
            int base = a * rangeBins;
            float running = Float.NEGATIVE_INFINITY;
            mask[base] = running;
            for (int j = 1; j < rangeBins; j++) {
                double s = j * rangeStepM / controlStepM;
                int c0 = Math.min((int) s, controls - 2);
                double f = s - c0;
                double x = cx[c0] + f * (cx[c0 + 1] - cx[c0]);
                double y = cy[c0] + f * (cy[c0 + 1] - cy[c0]);
                OptionalDouble h = raster.sample(x, y);
                if (h.isPresent()) {
                    double r2 = re + h.getAsDouble() + terrainHeightOffsetM;
                    float tan = (float) ((r2 * cosT[j] - r1) / (r2 * sinT[j]));
                    if (tan > running) {
                        running = tan;
                    }
                }
                mask[base + j] = running;
            }
        }
        return new TerrainMask(
                antenna,
                refractionK,
                maxRangeM,
                binRad,
                azBins,
                rangeStepM,
                rangeBins,
                terrainHeightOffsetM,
                raster.source(),
                raster.synthetic(),
                mask);
    }

    private static double farthestCornerM(GridGeometry g, GeodeticPoint antenna) {
        double west = g.originX();
        double east = g.originX() + g.cols() * g.pixelWidth();
        double north = g.originY();
        double south = g.originY() - g.rows() * g.pixelHeight();
        double farthest = 0;
        for (double[] corner : new double[][] {{west, north}, {east, north}, {west, south}, {east, south}}) {
            GeodeticPoint p = g.crs().toGeodetic(corner[0], corner[1], 0);
            farthest = Math.max(farthest, Geodesy.distanceM(antenna, p));
        }
        // a margin of one percent covers the difference between a straight grid edge and the geodesics to it
        return 1.01 * farthest + 1;
    }

    /** Half the smaller side of a raster cell at the antenna, in metres on the ellipsoid. */
    public static double halfCellM(ElevationRaster raster, GeodeticPoint antenna) {
        GridGeometry g = raster.geometry();
        if (g.crs().geographic()) {
            double lat = antenna.latRad();
            double northM = Math.toRadians(g.pixelHeight()) * Wgs84.meridianRadiusM(lat);
            double eastM = Math.toRadians(g.pixelWidth()) * Wgs84.primeVerticalRadiusM(lat) * Math.cos(lat);
            return 0.5 * Math.min(northM, eastM);
        }
        // UTM grid metres; the point scale factor (0.9996..1.001 inside a zone) is within the sampling margin.
        return 0.5 * Math.min(g.pixelWidth(), g.pixelHeight());
    }

    /**
     * Whether terrain hides a point at {@code groundRangeM} (arc along the surface) and {@code azimuthRad} from the
     * antenna, at height {@code heightM} (same surface as the antenna's). O(1).
     */
    public boolean masks(double azimuthRad, double groundRangeM, double heightM) {
        if (!(groundRangeM > 0)) {
            return false;
        }
        double t = groundRangeM / effectiveRadiusM;
        double r1 = effectiveRadiusM + antenna.hM();
        double r2 = effectiveRadiusM + heightM;
        double tan = (r2 * Math.cos(t) - r1) / (r2 * Math.sin(t));
        return tan < maskTan[index(azimuthRad, groundRangeM)];
    }

    /**
     * The apparent elevation (k-scaled earth) a point must exceed to be seen at this azimuth and ground range, rad;
     * -pi/2 where no terrain was sampled in front of it.
     */
    public double maskElevationRad(double azimuthRad, double groundRangeM) {
        Checks.nonNegative("groundRangeM", groundRangeM, "m");
        return Math.atan(maskTan[index(azimuthRad, groundRangeM)]);
    }

    private int index(double azimuthRad, double groundRangeM) {
        long a = Math.round(azimuthRad / azimuthBinRad) % azimuthBins;
        if (a < 0) {
            a += azimuthBins;
        }
        int j = (int) Math.min(rangeBins - 1, (long) (groundRangeM / rangeStepM));
        return (int) a * rangeBins + j;
    }

    public GeodeticPoint antenna() {
        return antenna;
    }

    public double refractionK() {
        return refractionK;
    }

    /** k times the Gaussian radius of curvature at the antenna, m. */
    public double effectiveRadiusM() {
        return effectiveRadiusM;
    }

    /** The range asked for at construction, m. */
    public double maxRangeM() {
        return maxRangeM;
    }

    /** How far the rays were actually sampled (at most {@link #maxRangeM()}, less if the raster ends first), m. */
    public double sampledRangeM() {
        return (rangeBins - 1) * rangeStepM;
    }

    public double azimuthBinRad() {
        return azimuthBinRad;
    }

    public double rangeStepM() {
        return rangeStepM;
    }

    public double terrainHeightOffsetM() {
        return terrainHeightOffsetM;
    }

    /** Where the heights came from (the raster's source). */
    public String source() {
        return source;
    }

    /** True if built from a synthetic raster; outputs made with it must say so. */
    public boolean synthetic() {
        return synthetic;
    }

    static double gaussianRadiusM(GeodeticPoint p) {
        return Math.sqrt(Wgs84.meridianRadiusM(p.latRad()) * Wgs84.primeVerticalRadiusM(p.latRad()));
    }

    @Override
    public String toString() {
        return "TerrainMask[" + source + (synthetic ? " (SYNTHETIC)" : "") + ", " + azimuthBins + " x " + rangeBins
                + " bins, " + rangeStepM + " m]";
    }
}
