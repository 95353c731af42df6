package io.steeldome.sensors.radar;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.time.SimTime;
import io.steeldome.sensors.SensorError;
import io.steeldome.sensors.coverage.TerrainMask;
import io.steeldome.sensors.detection.DetectionThreshold;
import io.steeldome.sensors.detection.RadarHorizon;
import io.steeldome.sensors.spec.RadarSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * A rotating 3-D surveillance radar on a fixed site. Immutable and stateless between scans; all randomness comes
 * from the generator passed to {@link #scan}.
 *
 * <p>Model (first honest slice):
 *
 * <ul>
 *   <li>Coverage: slant range up to the instrumented range, apparent elevation (4/3-earth geometry) inside the
 *       elevation window, and smooth-earth line of sight via {@link RadarHorizon}. The smooth earth is the WGS-84
 *       ellipsoid surface, locally a sphere of the Gaussian radius of curvature at the site. Terrain is ignored
 *       unless a {@link TerrainMask} is attached ({@link #withTerrain}, {@link #withTerrainMask}); then a target
 *       below the terrain horizon at its azimuth and ground range is out of coverage too.
 *   <li>Detection: each target's Swerling model (Swerling 1 unless the snapshot says otherwise) with the SNR from the
 *       radar range equation ({@link RadarSpec#snrLinear}), integrating {@link RadarSpec#noncoherentPulses()} looks.
 *   <li>Measurement: slant range, azimuth and geometric elevation in the antenna's local ENU frame plus independent
 *       Gaussian noise. Refraction bending of the measured elevation is ignored (as if the radar corrected it
 *       perfectly). All plots of a scan carry the scan time, although a rotating antenna sees each azimuth at a
 *       different instant.
 *   <li>False plots: Poisson({@code falseAlarmsPerScan}) per scan, uniform in azimuth and in the elevation window,
 *       with range density proportional to range (uniform in ground area) up to the instrumented range.
 * </ul>
 */
public final class Radar {
    private static final double TWO_PI = 2 * Math.PI;

    private final String id;
    private final GeodeticPoint site;
    private final RadarSpec spec;
    private final LocalFrame scenarioFrame;
    private final GeodeticPoint antenna;
    private final LocalFrame antennaFrame;
    private final RadarHorizon horizon;
    private final double[] antennaNormal;
    private final RealMatrix radarToScenario;
    private final DetectionThreshold threshold;
    /** Null when the radar ignores terrain (the original behaviour). */
    private final TerrainMask terrain;

    /**
     * @param id sensor id written into every plot
     * @param site ground point under the antenna (WGS-84); the antenna is {@code spec.antennaHeightM()} above it
     * @param spec radar parameters
     * @param scenarioFrame the ENU frame in which plots are reported
     */
    public Radar(String id, GeodeticPoint site, RadarSpec spec, LocalFrame scenarioFrame) {
        this(id, site, spec, scenarioFrame, null);
    }

    private Radar(String id, GeodeticPoint site, RadarSpec spec, LocalFrame scenarioFrame, TerrainMask terrain) {
        if (id == null || id.isBlank()) {
            throw new SteeldomeException(SensorError.BLANK_ID, "id", id);
        }
        this.id = id;
        this.site = Objects.requireNonNull(site, "site");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.scenarioFrame = Objects.requireNonNull(scenarioFrame, "scenarioFrame");
        this.antenna = site.withHeight(site.hM() + spec.antennaHeightM());
        this.antennaFrame = LocalFrame.at(antenna);
        double gaussianRadiusM =
                Math.sqrt(Wgs84.meridianRadiusM(antenna.latRad()) * Wgs84.primeVerticalRadiusM(antenna.latRad()));
        this.horizon = new RadarHorizon(spec.refractionK(), gaussianRadiusM);
        this.antennaNormal = normal(antenna);
        // radar ENU -> ECEF -> scenario ENU: R_scenario * R_radar^T.
        RealMatrix radarEcefToEnu = MatrixUtils.createRealMatrix(antennaFrame.ecefToEnuRotation());
        RealMatrix scenarioEcefToEnu = MatrixUtils.createRealMatrix(scenarioFrame.ecefToEnuRotation());
        this.radarToScenario = scenarioEcefToEnu.multiplyTransposed(radarEcefToEnu);
        this.threshold = spec.detectionThreshold();
        if (terrain != null) {
            checkMaskFits(terrain);
        }
        this.terrain = terrain;
    }

    /**
     * This radar with terrain masking from {@code raster}: builds a {@link TerrainMask} at the antenna with the default
     * resolution (0.1 deg, half a cell) out to the instrumented range. The raster's heights must refer to the same
     * surface as the site height (see {@link TerrainMask}).
     */
    public Radar withTerrain(ElevationRaster raster) {
        return withTerrainMask(TerrainMask.build(raster, antenna, spec.refractionK(), spec.maxInstrumentedRangeM()));
    }

    /** This radar with a prepared terrain mask, which must have been built at this radar's antenna and refraction. */
    public Radar withTerrainMask(TerrainMask mask) {
        return new Radar(id, site, spec, scenarioFrame, Objects.requireNonNull(mask, "mask"));
    }

    /** The terrain mask in use, if any. */
    public Optional<TerrainMask> terrainMask() {
        return Optional.ofNullable(terrain);
    }

    private void checkMaskFits(TerrainMask mask) {
        GeodeticPoint m = mask.antenna();
        boolean samePlace = Math.abs(m.latRad() - antenna.latRad()) < 1e-9
                && Math.abs(Math.IEEEremainder(m.lonRad() - antenna.lonRad(), TWO_PI)) < 1e-9
                && Math.abs(m.hM() - antenna.hM()) < 1e-3;
        if (!samePlace || mask.refractionK() != spec.refractionK()) {
            throw new SteeldomeException(
                    SensorError.TERRAIN_MASK,
                    "built at " + m + " with k = " + mask.refractionK() + ", but radar " + id + " has its antenna at "
                            + antenna + " with k = " + spec.refractionK() + "; build the mask at Radar.antenna()");
        }
    }

    public String id() {
        return id;
    }

    public GeodeticPoint site() {
        return site;
    }

    public RadarSpec spec() {
        return spec;
    }

    public LocalFrame scenarioFrame() {
        return scenarioFrame;
    }

    /** The antenna phase centre: the site raised by the antenna height. Origin of the radar's own ENU frame. */
    public GeodeticPoint antenna() {
        return antenna;
    }

    /**
     * Whether a target at {@code positionEcef} is inside range, elevation and line-of-sight coverage (and not masked
     * by terrain, if a mask is attached).
     */
    public boolean covers(EcefPoint positionEcef) {
        return look(positionEcef).covered();
    }

    /** Single-scan detection probability of a target (0 outside coverage). */
    public double probabilityOfDetection(TargetSnapshot target) {
        Look look = look(target.positionEcef());
        return look.covered() ? pd(look.rangeM(), target) : 0;
    }

    /**
     * One scan: detection draws for the targets in coverage, noisy measurements for the detected ones, and false
     * plots. Draws from {@code rng} in a fixed order (targets in list order, then false plots), so a seeded
     * generator reproduces the scan.
     */
    public ScanResult scan(SimTime time, List<TargetSnapshot> targets, RandomGenerator rng) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(rng, "rng");
        Set<String> seen = new HashSet<>();
        for (TargetSnapshot t : targets) {
            if (!seen.add(t.targetId())) {
                throw new SteeldomeException(SensorError.DUPLICATE_TARGET_ID, t.targetId());
            }
        }
        List<Plot> plots = new ArrayList<>();
        List<String> detected = new ArrayList<>();
        int inCoverage = 0;
        for (TargetSnapshot t : targets) {
            Look look = look(t.positionEcef());
            if (!look.covered()) {
                continue;
            }
            inCoverage++;
            if (rng.nextDouble() < pd(look.rangeM(), t)) {
                detected.add(t.targetId());
                // |range| only matters for a target within a few sigma of the antenna.
                double rangeM = Math.abs(look.rangeM() + spec.rangeSigmaM() * rng.nextGaussian());
                double azRad = look.azimuthRad() + spec.azimuthSigmaRad() * rng.nextGaussian();
                double elRad = look.elevationRad() + spec.elevationSigmaRad() * rng.nextGaussian();
                plots.add(plot(time, rangeM, wrapTwoPi(azRad), clampElevation(elRad)));
            }
        }
        int falseAlarms = poisson(spec.falseAlarmsPerScan(), rng);
        for (int i = 0; i < falseAlarms; i++) {
            double rangeM = spec.maxInstrumentedRangeM() * Math.sqrt(rng.nextDouble());
            double azRad = TWO_PI * rng.nextDouble();
            double elRad =
                    spec.minElevationRad() + (spec.maxElevationRad() - spec.minElevationRad()) * rng.nextDouble();
            plots.add(plot(time, rangeM, wrapTwoPi(azRad), elRad));
        }
        plots.sort(Comparator.comparingDouble(Plot::azimuthRad).thenComparingDouble(Plot::rangeM));
        detected.sort(Comparator.naturalOrder());
        return new ScanResult(plots, inCoverage, detected, falseAlarms);
    }

    private double pd(double rangeM, TargetSnapshot target) {
        return target.swerling().probabilityOfDetection(spec.snrLinear(rangeM, target.rcsM2()), threshold);
    }

    /** True geometry of a target seen from the antenna, and whether it is in coverage. */
    private record Look(double rangeM, double azimuthRad, double elevationRad, boolean covered) {}

    private Look look(EcefPoint targetEcef) {
        EnuVector enu = antennaFrame.toEnu(targetEcef);
        double rangeM = enu.norm();
        double azRad = wrapTwoPi(Math.atan2(enu.eastM(), enu.northM()));
        double elRad = Math.atan2(enu.upM(), enu.horizontalNorm());
        if (!(rangeM > 0 && rangeM <= spec.maxInstrumentedRangeM())) {
            return new Look(rangeM, azRad, elRad, false);
        }
        GeodeticPoint target = Wgs84.toGeodetic(targetEcef);
        double[] n = normal(target);
        double cross = norm(
                antennaNormal[1] * n[2] - antennaNormal[2] * n[1],
                antennaNormal[2] * n[0] - antennaNormal[0] * n[2],
                antennaNormal[0] * n[1] - antennaNormal[1] * n[0]);
        double dot = antennaNormal[0] * n[0] + antennaNormal[1] * n[1] + antennaNormal[2] * n[2];
        double groundM = horizon.earthRadiusM() * Math.atan2(cross, dot);
        boolean visible = horizon.lineOfSight(groundM, antenna.hM(), target.hM());
        double apparentElRad = horizon.apparentElevationRad(groundM, antenna.hM(), target.hM());
        boolean inElevation = apparentElRad >= spec.minElevationRad() && apparentElRad <= spec.maxElevationRad();
        boolean covered = visible && inElevation && (terrain == null || !terrain.masks(azRad, groundM, target.hM()));
        return new Look(rangeM, azRad, elRad, covered);
    }

    private Plot plot(SimTime time, double rangeM, double azRad, double elRad) {
        double ce = Math.cos(elRad);
        double se = Math.sin(elRad);
        double ca = Math.cos(azRad);
        double sa = Math.sin(azRad);
        EnuVector radarEnu = new EnuVector(rangeM * ce * sa, rangeM * ce * ca, rangeM * se);
        EnuVector scenarioEnu = scenarioFrame.toEnu(antennaFrame.toEcef(radarEnu));
        // d(e, n, u) / d(r, az, el), evaluated at the measurement (the truth is unknown to the radar).
        RealMatrix j = MatrixUtils.createRealMatrix(new double[][] {
            {ce * sa, rangeM * ce * ca, -rangeM * se * sa},
            {ce * ca, -rangeM * ce * sa, -rangeM * se * ca},
            {se, 0, rangeM * ce}
        });
        RealMatrix polar = MatrixUtils.createRealDiagonalMatrix(new double[] {
            spec.rangeSigmaM() * spec.rangeSigmaM(),
            spec.azimuthSigmaRad() * spec.azimuthSigmaRad(),
            spec.elevationSigmaRad() * spec.elevationSigmaRad()
        });
        RealMatrix t = radarToScenario.multiply(j);
        RealMatrix cov = t.multiply(polar).multiplyTransposed(t);
        double[][] c = cov.getData();
        for (int r = 0; r < 3; r++) {
            for (int k = r + 1; k < 3; k++) {
                double mean = 0.5 * (c[r][k] + c[k][r]);
                c[r][k] = mean;
                c[k][r] = mean;
            }
        }
        return new Plot(time, id, rangeM, azRad, elRad, scenarioEnu, c);
    }

    /** Poisson draw by counting unit-rate exponential arrivals before {@code mean}; exact for any mean. */
    private static int poisson(double mean, RandomGenerator rng) {
        int n = 0;
        double t = rng.nextExponential();
        while (t < mean) {
            n++;
            t += rng.nextExponential();
        }
        return n;
    }

    private static double[] normal(GeodeticPoint p) {
        double cLat = Math.cos(p.latRad());
        return new double[] {cLat * Math.cos(p.lonRad()), cLat * Math.sin(p.lonRad()), Math.sin(p.latRad())};
    }

    private static double norm(double x, double y, double z) {
        return Math.sqrt(x * x + y * y + z * z);
    }

    private static double wrapTwoPi(double angleRad) {
        double a = angleRad % TWO_PI;
        if (a < 0) {
            a += TWO_PI;
        }
        return a >= TWO_PI ? 0 : a;
    }

    /** Noise can push a near-zenith elevation past +-pi/2; such a draw is clamped (never happens in a surveillance fan). */
    private static double clampElevation(double elRad) {
        return Math.max(-Math.PI / 2, Math.min(Math.PI / 2, elRad));
    }

    @Override
    public String toString() {
        return "Radar[" + id + " at " + site + "]";
    }
}
