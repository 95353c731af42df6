package io.steeldome.bench.tracking;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.associate.Association;
import io.steeldome.tracking.associate.Gating;
import io.steeldome.tracking.associate.GnnAssociator;
import io.steeldome.tracking.gate.EllipsoidalGate;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.tracker.Detection;
import java.util.ArrayList;
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
 * One GNN association (gating, clustering, assignment) of a steady-state scan: N confirmed tracks (position sigma
 * 15 m, velocity sigma 10 m/s, predicted 1 s ahead) and their Pd 0.9 plots plus 10 clutter, sigma 20 m, at the
 * density of {@link TrackerBenchmark}. {@code legacy} is the pre-index associator (baseline, same run),
 * {@code exhaustive} the new kernels without the index, {@code indexed} the default.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GnnAssociationBenchmark {
    private static final EllipsoidalGate GATE = new EllipsoidalGate(16.27);

    @Param({"100", "1000"})
    public int targets;

    private List<GaussianState> predicted;
    private List<Detection> detections;
    private final LegacyGnnAssociator legacy = new LegacyGnnAssociator(GATE);
    private final GnnAssociator exhaustive = new GnnAssociator(GATE, Gating.EXHAUSTIVE);
    private final GnnAssociator indexed = new GnnAssociator(GATE, Gating.INDEXED);

    @Setup
    public void setUp() {
        double areaM = 40_000 * Math.sqrt(Math.max(1, targets / 500.0));
        List<List<Detection>> scans = Scenario.straightTargets(7L + targets, targets, areaM, 2000, 20, 10);
        // tracks sit on the scan-2 truth, offset by their own error; the scan-2 plots are the detections
        detections = scans.get(1);
        List<Detection> previous = scans.get(0);
        predicted = new ArrayList<>();
        SimTime t = SimTime.ofSeconds(2);
        // confirmed-track covariance: 15 m and 10 m/s per axis after the update, plus 150 m of horizontal
        // manoeuvre room, since the tracks sit on the scan-1 plots while the targets moved 30-300 m
        double[][] p = new double[6][6];
        for (int i = 0; i < 6; i++) {
            p[i][i] = i < 3 ? 15 * 15 + 10 * 10 : 100;
        }
        p[0][0] += 150 * 150;
        p[1][1] += 150 * 150;
        for (int i = 0; i < 3; i++) {
            p[i][i + 3] = 100;
            p[i + 3][i] = 100;
        }
        for (int k = 0; k < previous.size() - 10; k++) { // skip the clutter
            Detection d = previous.get(k);
            predicted.add(GaussianState.of(t, new double[] {d.eastM(), d.northM(), d.upM(), 0, 0, 0}, p));
        }
    }

    @Benchmark
    public Association legacy() {
        return legacy.associate(predicted, detections);
    }

    @Benchmark
    public Association exhaustive() {
        return exhaustive.associate(predicted, detections);
    }

    @Benchmark
    public Association indexed() {
        return indexed.associate(predicted, detections);
    }
}
