package io.steeldome.core.terrain;

/**
 * Told each time one more site of a {@link Coverage} run is done; called on the thread that started the run, in
 * order, ending with {@code done == total}.
 */
@FunctionalInterface
public interface CoverageProgress {
    void sitesDone(int done, int total);

    /** Ignores progress. */
    static CoverageProgress none() {
        return (done, total) -> {};
    }
}
