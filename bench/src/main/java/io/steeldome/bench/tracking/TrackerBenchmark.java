package io.steeldome.bench.tracking;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.tracker.Detection;
import io.steeldome.tracking.tracker.MultiTargetTracker;
import io.steeldome.tracking.tracker.Track;
import io.steeldome.tracking.tracker.TrackerConfig;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole tracker (predict, gate, GNN, update, initiate, delete) over a seeded run: N straight-line targets spread
 * over 40 km x 40 km at 2 km altitude, Pd 0.9, 10 clutter plots per scan, sigma 20 m, 1 s scans, 50 scans per
 * operation. Divide the score by 50 for the cost of one scan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrackerBenchmark {
    private static final int SCANS = 50;
    private static final double SIGMA_M = 20;
    private static final double AREA_M = 40_000;

    @Param({"10", "100", "500"})
    public int targets;

    private final List<List<Detection>> scans = new ArrayList<>();

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(20261125L + targets);
        double[][] pos = new double[targets][];
        double[][] vel = new double[targets][];
        for (int i = 0; i < targets; i++) {
            pos[i] =
                    new double[] {rnd.nextDouble(-AREA_M / 2, AREA_M / 2), rnd.nextDouble(-AREA_M / 2, AREA_M / 2), 2000
                    };
            double speed = rnd.nextDouble(30, 300);
            double heading = rnd.nextDouble(0, 2 * Math.PI);
            vel[i] = new double[] {speed * Math.sin(heading), speed * Math.cos(heading), 0};
        }
        double[][] r = {{SIGMA_M * SIGMA_M, 0, 0}, {0, SIGMA_M * SIGMA_M, 0}, {0, 0, SIGMA_M * SIGMA_M}};
        for (int k = 1; k <= SCANS; k++) {
            SimTime t = SimTime.ofSeconds(k);
            List<Detection> dets = new ArrayList<>();
            for (int i = 0; i < targets; i++) {
                if (rnd.nextDouble() < 0.9) {
                    dets.add(new Detection(
                            t,
                            "radar",
                            pos[i][0] + k * vel[i][0] + SIGMA_M * rnd.nextGaussian(),
                            pos[i][1] + k * vel[i][1] + SIGMA_M * rnd.nextGaussian(),
                            pos[i][2] + SIGMA_M * rnd.nextGaussian(),
                            r));
                }
            }
            for (int c = 0; c < 10; c++) {
                dets.add(new Detection(
                        t,
                        "radar",
                        rnd.nextDouble(-AREA_M, AREA_M),
                        rnd.nextDouble(-AREA_M, AREA_M),
                        rnd.nextDouble(0, 5000),
                        r));
            }
            scans.add(List.copyOf(dets));
        }
    }

    @Benchmark
    public List<Track> trackWholeRun() {
        MultiTargetTracker tracker = new MultiTargetTracker(TrackerConfig.defaults());
        List<Track> last = List.of();
        for (int k = 0; k < SCANS; k++) {
            last = tracker.process(SimTime.ofSeconds(k + 1), "radar", scans.get(k));
        }
        return last;
    }
}
