package io.steeldome.sim.run;

/** Told how far a run has got, in simulation time (never the wall clock). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (simTimeS, durationS) -> {};

    void onProgress(double simTimeS, double durationS);
}
