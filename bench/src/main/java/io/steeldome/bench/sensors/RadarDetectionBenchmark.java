package io.steeldome.bench.sensors;

import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.time.SimTime;
import io.steeldome.sensors.radar.Radar;
import io.steeldome.sensors.radar.ScanResult;
import io.steeldome.sensors.radar.TargetSnapshot;
import io.steeldome.sensors.signature.TargetType;
import io.steeldome.sensors.spec.RadarSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One surveillance scan of a border sector: 10 border-tower ground-surveillance radars ({@link
 * RadarSpec#borderGroundSurveillance()}, 40 km) sited on local high ground with terrain masking, against 10 000 targets (people and vehicles on
 * the ground, small and Shahed-class drones 30-600 m above it). The terrain is a seeded synthetic rough raster (1 deg x
 * 1 deg, 3 arcsec cells, 900 m of relief over 8 km to 250 m wavelengths) near the Turkey-Iran border; each radar's
 * {@code TerrainMask} (0.1 deg x half-cell bins) is built once in the set-up. Goal: one full scan (100 000
 * target-radar looks, detection draws, noise and plots) under 100 ms.
 *
 * <p>Run: {@code ./mvnw -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar
 * RadarDetectionBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx4g"})
public class RadarDetectionBenchmark {
    private static final double LAT0 = 39.5;
    private static final double LON0 = 44.0;
    private static final int RADARS = 10;
    private static final int TARGETS = 10_000;

    private final List<Radar> radars = new ArrayList<>();
    private final List<Radar> smoothEarthRadars = new ArrayList<>();
    private final List<TargetSnapshot> targets = new ArrayList<>();
    private SplittableRandom rng;
    private long scan;

    @Setup
    public void setUp() {
        ElevationRaster terrain = roughRaster(20251125L);
        SplittableRandom setup = new SplittableRandom(7);
        LocalFrame frame = LocalFrame.at(GeodeticPoint.ofDegrees(LAT0, LON0, 0));
        RadarSpec spec = RadarSpec.borderGroundSurveillance();
        for (int r = 0; r < RADARS; r++) {
            // towers along a north-south border line about 10 km apart, each on the highest ground within ~2 km
            double lat0 = LAT0 - 0.4 + r * 0.09;
            double lon0 = LON0 + (r % 2 == 0 ? -0.01 : 0.015);
            GeodeticPoint best = GeodeticPoint.ofDegrees(
                    lat0, lon0, terrain.sample(lon0, lat0).orElseThrow());
            for (double dLat = -0.02; dLat <= 0.02; dLat += 0.002) {
                for (double dLon = -0.025; dLon <= 0.025; dLon += 0.0025) {
                    double h = terrain.sample(lon0 + dLon, lat0 + dLat).orElseThrow();
                    if (h > best.hM()) {
                        best = GeodeticPoint.ofDegrees(lat0 + dLat, lon0 + dLon, h);
                    }
                }
            }
            Radar smooth = new Radar("gsr-" + r, best, spec, frame);
            smoothEarthRadars.add(smooth);
            radars.add(smooth.withTerrain(terrain));
        }
        TargetType[] types = {
            TargetType.PERSON, TargetType.VEHICLE, TargetType.SMALL_DRONE, TargetType.SHAHED_CLASS_DRONE
        };
        for (int i = 0; i < TARGETS; i++) {
            GeodeticPoint ground = GeodeticPoint.ofDegrees(
                    LAT0 + setup.nextDouble(-0.45, 0.45), LON0 + setup.nextDouble(-0.45, 0.45), 0);
            double h = terrain.sample(ground).orElseThrow();
            TargetType type = types[i % types.length];
            double agl = switch (type) {
                case PERSON -> 1.0;
                case VEHICLE -> 1.5;
                default -> setup.nextDouble(30, 600);
            };
            EcefPoint p = Wgs84.toEcef(ground.withHeight(h + agl));
            targets.add(TargetSnapshot.of("t" + i, p, type));
        }
        rng = new SplittableRandom(11);
    }

    /** All radars scan all targets once; returns the number of plots (so nothing is optimised away). */
    @Benchmark
    public int scanAllRadars() {
        SimTime now = SimTime.ofSeconds(6.0 * scan++);
        int plots = 0;
        for (Radar radar : radars) {
            ScanResult r = radar.scan(now, targets, rng);
            plots += r.plots().size();
        }
        return plots;
    }

    /** Baseline: the same radars and targets on the smooth earth (no terrain mask). */
    @Benchmark
    public int scanAllRadarsSmoothEarth() {
        SimTime now = SimTime.ofSeconds(6.0 * scan++);
        int plots = 0;
        for (Radar radar : smoothEarthRadars) {
            ScanResult r = radar.scan(now, targets, rng);
            plots += r.plots().size();
        }
        return plots;
    }

    /** Seeded rough hills on a geographic grid: 18 plane waves, 8 km to 250 m, amplitude ~ wavelength^0.8. */
    static ElevationRaster roughRaster(long seed) {
        double cell = 1.0 / 1200;
        int n = 1200;
        GridGeometry g = new GridGeometry(Crs.ofEpsg(4326), LON0 - 0.5, LAT0 + 0.5, cell, cell, n, n);
        SplittableRandom rnd = new SplittableRandom(seed);
        int waves = 18;
        double[] kx = new double[waves];
        double[] ky = new double[waves];
        double[] phase = new double[waves];
        double[] amp = new double[waves];
        double total = 0;
        for (int i = 0; i < waves; i++) {
            double wavelength = 8000 / Math.pow(2, i / 3);
            double dir = rnd.nextDouble(2 * Math.PI);
            kx[i] = 2 * Math.PI / wavelength * Math.cos(dir);
            ky[i] = 2 * Math.PI / wavelength * Math.sin(dir);
            phase[i] = rnd.nextDouble(2 * Math.PI);
            amp[i] = Math.pow(wavelength / 8000, 0.8);
            total += amp[i];
        }
        double relief = 900;
        float[] h = new float[n * n];
        double mx = 111_320 * Math.cos(Math.toRadians(LAT0));
        double my = 110_574;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double x = (g.centreX(c) - LON0) * mx;
                double y = (g.centreY(r) - LAT0) * my;
                double v = 0;
                for (int i = 0; i < waves; i++) {
                    v += amp[i] * Math.sin(kx[i] * x + ky[i] * y + phase[i]);
                }
                h[r * n + c] = (float) (1600 + relief / 2 + relief / (2 * total) * v);
            }
        }
        return ElevationRaster.of(g, h, "synthetic rough hills (benchmark)", true);
    }
}
