package io.steeldome.bench.tracking;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.tracker.Detection;
import io.steeldome.tracking.tracker.MultiTargetTracker;
import io.steeldome.tracking.tracker.Track;
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
 * The whole tracker (predict, gate, GNN, update, initiate, delete), one scan per operation, so the score is the cost
 * of one scan: N straight-line targets at 2 km altitude, 30-300 m/s, Pd 0.9, 10 clutter plots per scan, sigma 20 m,
 * 1 s scans. The tracker replays a seeded run of {@link Scenario#SCANS} scans and starts afresh after the last, so
 * the average includes the cold start (every plot of scan 1 opens a wide-gated tentative track).
 *
 * <p>The area is 40 km x 40 km up to 500 targets and grows beyond to keep the target density of 500 per 1600 km^2
 * (1000 targets: 57 km, 10000 targets: 179 km square): crowding at constant area is a different problem
 * (ambiguous association everywhere), not a scaling one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrackerBenchmark {
    @Param({"10", "100", "1000", "10000"})
    public int targets;

    private List<List<Detection>> scans;
    private MultiTargetTracker tracker;
    private int next;

    @Setup
    public void setUp() {
        double areaM = 40_000 * Math.sqrt(Math.max(1, targets / 500.0));
        scans = Scenario.straightTargets(20261125L + targets, targets, areaM, 2000, 20, 10);
        next = 0;
    }

    @Benchmark
    public List<Track> scan() {
        if (next == 0) {
            tracker = new MultiTargetTracker(TrackerConfig.defaults());
        }
        List<Track> tracks = tracker.process(SimTime.ofSeconds(next + 1), "radar", scans.get(next));
        next = (next + 1) % scans.size();
        return tracks;
    }
}
