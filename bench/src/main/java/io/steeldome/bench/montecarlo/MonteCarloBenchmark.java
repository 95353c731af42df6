package io.steeldome.bench.montecarlo;

import io.steeldome.sim.montecarlo.EngagementModel;
import io.steeldome.sim.montecarlo.Fidelity;
import io.steeldome.sim.montecarlo.MonteCarlo;
import io.steeldome.sim.montecarlo.MonteCarloProgress;
import io.steeldome.sim.montecarlo.MonteCarloResult;
import io.steeldome.sim.montecarlo.MonteCarloSettings;
import io.steeldome.sim.scenario.Scenario;
import io.steeldome.sim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte Carlo on the saturation raid ({@code examples/saturation-raid.yaml}: 50 Shahed-class drones, 20 Grad-class
 * rockets, 4 SRBMs against two layers) at the engagement level on 2 threads, without the raid-size sweep. The
 * per-scenario precomputation is measured separately ({@link #precompute}); {@link #runs} times the runs alone on a
 * model built once. Run from the repository root (or set {@code -Dsteeldome.scenario=PATH}):
 *
 * <pre>java -jar bench/target/benchmarks.jar MonteCarloBenchmark -f 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class MonteCarloBenchmark {
    @Param({"1000", "2000", "4000", "10000"})
    int runCount;

    private Scenario scenario;
    private EngagementModel model;

    @Setup(Level.Trial)
    public void setUp() {
        scenario =
                ScenarioLoader.load(Path.of(System.getProperty("steeldome.scenario", "examples/saturation-raid.yaml")));
        model = EngagementModel.build(scenario);
    }

    /** {@code runCount} engagement-level runs on 2 threads, the model built beforehand. */
    @Benchmark
    public MonteCarloResult runs() {
        MonteCarloSettings settings = MonteCarloSettings.of(runCount, scenario.seed())
                .withThreads(2)
                .withFidelity(Fidelity.ENGAGEMENT)
                .withSweepRunsPerPoint(0);
        return MonteCarlo.run(model, settings, MonteCarloProgress.NONE);
    }

    /** The per-scenario precomputation (world with terrain masks, Pd, reference tracks, evaluations, intercepts). */
    @Benchmark
    @Measurement(iterations = 2)
    @Warmup(iterations = 0)
    public EngagementModel precompute() {
        return EngagementModel.build(scenario);
    }
}
