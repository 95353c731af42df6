package io.steeldome.bench.wta;

import io.steeldome.defence.wta.StaticWtaSolver;
import io.steeldome.defence.wta.WtaInstance;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * The static WTA solver on the Andersen-Pavlikov-Toffolo benchmark at the CLI's 1 s time limit (70 % search, then the
 * lower bound), timed end to end. The instances are read from {@code -Dsteeldome.wta.dir} (default
 * {@code /work/shared/data/wta}, which also holds {@code best_known.csv}).
 *
 * <p>JMH times one solve; the gaps are what matters, so {@link #main} prints the table instead: instance, size, greedy
 * gap, our gap, bound gap (all relative to the best-known value) and the wall time. Run it with {@code java -cp
 * bench/target/benchmarks.jar io.steeldome.bench.wta.WtaBenchmark [dir] [time-limit-s]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class WtaBenchmark {
    @Param({"wta_50x100x1", "wta_50x100x2", "wta_50x100x3", "wta_100x200x1", "wta_100x200x2", "wta_100x200x3"})
    public String instance;

    private WtaInstance in;

    @Setup
    public void setUp() throws IOException {
        in = read(Path.of(System.getProperty("steeldome.wta.dir", "/work/shared/data/wta")), instance);
    }

    @Benchmark
    public StaticWtaSolver.Solution solveWithinOneSecond() {
        return solve(in, 1.0);
    }

    /** As the CLI does it: the search stops at 70 % of the limit, the bound follows. */
    static StaticWtaSolver.Solution solve(WtaInstance in, double timeLimitS) {
        long deadline = System.nanoTime() + (long) (0.7 * timeLimitS * 1e9);
        return StaticWtaSolver.solve(in, 1, Long.MAX_VALUE, () -> System.nanoTime() > deadline);
    }

    /**
     * The same budget counted in CPU time of each search thread (70 % of the limit each), which is what the search
     * would get on an idle 2-core machine: on a shared, overloaded one the wall clock says little about the solver.
     */
    static StaticWtaSolver.Solution solveCpu(WtaInstance in, double timeLimitS) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Thread, Long> start = new ConcurrentHashMap<>();
        long budgetNs = (long) (0.7 * timeLimitS * 1e9);
        return StaticWtaSolver.solve(in, 1, Long.MAX_VALUE, () -> {
            long now = mx.getCurrentThreadCpuTime();
            return now - start.computeIfAbsent(Thread.currentThread(), th -> now) > budgetNs;
        });
    }

    static WtaInstance read(Path dir, String name) throws IOException {
        return WtaInstance.parse(
                Files.readString(dir.resolve(name + ".txt"), StandardCharsets.US_ASCII), name + ".txt");
    }

    /**
     * Prints the gap table (markdown) for every instance in best_known.csv; args: [dir] [time-limit-s] [cpu]. With
     * {@code cpu} the search budget is CPU time per thread ({@link #solveCpu}) and the time column is still wall time.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/data/wta");
        double limitS = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        boolean cpu = args.length > 2 && args[2].equals("cpu");
        Map<String, Double> bestKnown = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("best_known.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 3);
            bestKnown.put(f[0], Double.parseDouble(f[1]));
        }
        // warm the JIT on the smallest instance, as a long-running service would be
        WtaInstance warm = read(dir, bestKnown.keySet().iterator().next());
        for (int k = 0; k < 3; k++) {
            solve(warm, limitS);
        }
        System.out.println("| instance | mu | W x T | greedy gap | our gap | bound gap | time (s) | rounds |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, Double> e : bestKnown.entrySet()) {
            WtaInstance in = read(dir, e.getKey());
            double best = e.getValue();
            long t0 = System.nanoTime();
            StaticWtaSolver.Solution s = cpu ? solveCpu(in, limitS) : solve(in, limitS);
            double timeS = (System.nanoTime() - t0) * 1e-9;
            System.out.println(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d x %d | %.2f %% | %.3f %% | %.2f %% | %.2f | %d |",
                    e.getKey(),
                    in.shotsPerWeapon(),
                    in.weapons(),
                    in.targets(),
                    100 * (s.greedyObjective() - best) / best,
                    100 * (in.objective(s.shots()) - best) / best,
                    100 * (best - s.lowerBound()) / best,
                    timeS,
                    s.rounds()));
        }
    }
}
