package io.steeldome.sim.montecarlo;

/**
 * Told how many runs of a Monte Carlo study are done (main runs and raid-size sweep together). Called from the
 * worker threads, so an implementation must be thread-safe; {@code done} grows by one per call but calls from
 * different threads may arrive out of order.
 */
@FunctionalInterface
public interface MonteCarloProgress {
    MonteCarloProgress NONE = (done, total) -> {};

    void onRunDone(int done, int total);
}
