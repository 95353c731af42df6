package io.steeldome.bench.tracking;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.tracker.Detection;
import io.steeldome.tracking.tracker.JpdaConfig;
import io.steeldome.tracking.tracker.JpdaTracker;
import io.steeldome.tracking.tracker.MhtConfig;
import io.steeldome.tracking.tracker.MhtTracker;
import io.steeldome.tracking.tracker.MultiTargetTracker;
import io.steeldome.tracking.tracker.Track;
import io.steeldome.tracking.tracker.Tracker;
import io.steeldome.tracking.tracker.TrackerConfig;
import java.util.List;
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
 * JPDA and MHT (N-scan 3, 10 leaves per tree) against GNN on the anchor family at 10 targets (Stone Soup's JPDA case: 20 km x 20 km, sigma 5 m, Pd 0.9, 10
 * clutter plots per scan, q 0.05, 1 s scans), one scan per operation, replaying 50 scans from a cold start.
 * Measurements per second = plots per scan / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JpdaTrackerBenchmark {
    private static final double AREA_M = 20_000;
    /** {@link Scenario} spreads clutter over +/-500 m of altitude. */
    private static final double Z_EXTENT_M = 1000;

    @Param({"gnn", "jpda", "mht"})
    public String associator;

    private List<List<Detection>> scans;
    private Tracker tracker;
    private int next;

    @Setup
    public void setUp() {
        scans = Scenario.straightTargets(1_010L, 10, AREA_M, 1000, 5, 10);
        next = 0;
        int plots = scans.stream().mapToInt(List::size).sum();
        System.out.printf("%n10-target scenario: %.1f plots per scan%n", plots / (double) scans.size());
    }

    private Tracker newTracker() {
        TrackerConfig base = new TrackerConfig(ConstantVelocity.continuousEnu(0.05), 9, 3, 4, 5, 40, 10_000);
        if (associator.equals("gnn")) {
            return new MultiTargetTracker(base);
        }
        if (associator.equals("mht")) {
            return new MhtTracker(MhtConfig.ofClutterCount(
                    base.withTentativeMaxConsecutiveMisses(2), 0.9, 10, AREA_M * AREA_M * Z_EXTENT_M, 3, 10, 15));
        }
        return new JpdaTracker(JpdaConfig.ofClutterCount(
                base.withTentativeMaxConsecutiveMisses(2), 0.9, 10, AREA_M * AREA_M * Z_EXTENT_M, 0.95));
    }

    @Benchmark
    public List<Track> scan() {
        if (next == 0) {
            tracker = newTracker();
        }
        List<Track> tracks = tracker.process(SimTime.ofSeconds(next + 1), scans.get(next));
        next = (next + 1) % scans.size();
        return tracks;
    }
}
