package io.steeldome.bench.core;

import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.Wgs84;
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
 * Coordinate conversions on the sensor-to-track path. Baseline: a textbook fixed-point geodetic latitude iteration
 * from the geocentric start (what most code does), against the closed-form {@link Wgs84#toGeodetic}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GeodesyBenchmark {
    private static final int N = 1024;
    private final GeodeticPoint[] geodetic = new GeodeticPoint[N];
    private final EcefPoint[] ecef = new EcefPoint[N];
    private int i;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int k = 0; k < N; k++) {
            geodetic[k] =
                    GeodeticPoint.ofDegrees(rnd.nextDouble(35, 41), rnd.nextDouble(40, 48), rnd.nextDouble(0, 100_000));
            ecef[k] = Wgs84.toEcef(geodetic[k]);
        }
    }

    @Benchmark
    public EcefPoint geodeticToEcef() {
        return Wgs84.toEcef(geodetic[i++ & (N - 1)]);
    }

    @Benchmark
    public GeodeticPoint ecefToGeodeticClosedForm() {
        return Wgs84.toGeodetic(ecef[i++ & (N - 1)]);
    }

    @Benchmark
    public double ecefToGeodeticFixedPointBaseline() {
        EcefPoint e = ecef[i++ & (N - 1)];
        double p = Math.hypot(e.xM(), e.yM());
        double lat = Math.atan2(e.zM(), p * (1 - Wgs84.E2));
        for (int k = 0; k < 10; k++) {
            double s = Math.sin(lat);
            lat = Math.atan2(e.zM() + Wgs84.E2 * Wgs84.primeVerticalRadiusM(lat) * s, p);
        }
        return lat;
    }

    @Benchmark
    public double geodesicInverse() {
        int k = i++ & (N - 1);
        return Geodesy.distanceM(geodetic[k], geodetic[(k + 1) & (N - 1)]);
    }
}
