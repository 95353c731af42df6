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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The issue-4 anchor throughput case on the 3-D tracker made 2-D-like: 200 targets at one altitude over 20 km x 20 km,
 * sigma 5 m, Pd 0.9, 10 clutter plots per scan (about 190 plots per scan), 1 s scans, one scan per operation
 * (replaying 50 scans from a cold start). Measurements per second = plots per scan / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnchorTrackerBenchmark {
    private List<List<Detection>> scans;
    private MultiTargetTracker tracker;
    private int next;

    @Setup
    public void setUp() {
        scans = Scenario.straightTargets(4_200L, 200, 20_000, 1000, 5, 10);
        next = 0;
        int plots = scans.stream().mapToInt(List::size).sum();
        System.out.printf("%nanchor scenario: %.1f plots per scan%n", plots / (double) scans.size());
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
