package io.steeldome.sim.montecarlo;

import io.steeldome.core.error.SteeldomeException;
import java.util.List;
import java.util.Objects;

/**
 * How a Monte Carlo study is run.
 *
 * @param runs runs of the scenario as given, >= 1
 * @param threads worker threads, >= 1; the results do not depend on it
 * @param fidelity engagement-level model or full simulation per run
 * @param masterSeed the seed every run's seed is derived from (with the run's index)
 * @param sweepRunsPerPoint runs per point of the raid-size sweep (0: no sweep); the sweep always uses the
 *     engagement-level model
 * @param sweepFractions raid sizes of the sweep, as fractions in (0, 1] of each threat type's count
 * @param inventoryGridPoints times at which the inventory is sampled, evenly from 0 to the end of the run, >= 2
 */
public record MonteCarloSettings(
        int runs,
        int threads,
        Fidelity fidelity,
        long masterSeed,
        int sweepRunsPerPoint,
        List<Double> sweepFractions,
        int inventoryGridPoints) {
    /** The raid sizes of the default sweep. */
    public static final List<Double> DEFAULT_SWEEP_FRACTIONS = List.of(0.25, 0.5, 0.75, 1.0);

    /** Default inventory sampling: 121 times (every 10 s of a 20-minute run). */
    public static final int DEFAULT_INVENTORY_GRID_POINTS = 121;

    public MonteCarloSettings {
        Objects.requireNonNull(fidelity, "fidelity");
        if (runs < 1) {
            throw new SteeldomeException(
                    MonteCarloError.BAD_SETTING, "runs", runs, "is not allowed", "give at least 1 run");
        }
        if (threads < 1) {
            throw new SteeldomeException(
                    MonteCarloError.BAD_SETTING, "threads", threads, "is not allowed", "give at least 1 thread");
        }
        if (sweepRunsPerPoint < 0) {
            throw new SteeldomeException(
                    MonteCarloError.BAD_SETTING,
                    "sweep runs per point",
                    sweepRunsPerPoint,
                    "is negative",
                    "give 0 for no sweep");
        }
        sweepFractions = List.copyOf(sweepFractions);
        for (double f : sweepFractions) {
            if (!(f > 0 && f <= 1)) {
                throw new SteeldomeException(
                        MonteCarloError.BAD_SETTING,
                        "sweep fraction",
                        f,
                        "is outside (0, 1]",
                        "give raid sizes as fractions such as 0.5");
            }
        }
        if (inventoryGridPoints < 2) {
            throw new SteeldomeException(
                    MonteCarloError.BAD_SETTING,
                    "inventory grid points",
                    inventoryGridPoints,
                    "is too few",
                    "give at least 2");
        }
    }

    /**
     * {@code runs} engagement-level runs on all cores, seeded from {@code masterSeed}, with the default sweep
     * ({@link #defaultSweepRuns}) and inventory grid.
     */
    public static MonteCarloSettings of(int runs, long masterSeed) {
        return new MonteCarloSettings(
                runs,
                Runtime.getRuntime().availableProcessors(),
                Fidelity.ENGAGEMENT,
                masterSeed,
                defaultSweepRuns(Math.max(1, runs)),
                DEFAULT_SWEEP_FRACTIONS,
                DEFAULT_INVENTORY_GRID_POINTS);
    }

    /** A tenth of the main runs per sweep point, at least 50 (but no more than the main runs). */
    public static int defaultSweepRuns(int runs) {
        return Math.min(runs, Math.max(50, runs / 10));
    }

    public MonteCarloSettings withThreads(int value) {
        return new MonteCarloSettings(
                runs, value, fidelity, masterSeed, sweepRunsPerPoint, sweepFractions, inventoryGridPoints);
    }

    public MonteCarloSettings withFidelity(Fidelity value) {
        return new MonteCarloSettings(
                runs, threads, value, masterSeed, sweepRunsPerPoint, sweepFractions, inventoryGridPoints);
    }

    public MonteCarloSettings withSweepRunsPerPoint(int value) {
        return new MonteCarloSettings(runs, threads, fidelity, masterSeed, value, sweepFractions, inventoryGridPoints);
    }

    /** The seed of run {@code index} of stream {@code stream} (0: the main runs, p + 1: sweep point p). */
    public long runSeed(int stream, int index) {
        return mix(mix(masterSeed + stream * 0xD1B54A32D192ED03L) + (index + 1L) * 0x9E3779B97F4A7C15L);
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014): consecutive inputs give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
