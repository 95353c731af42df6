package io.steeldome.stream.tracker;

/** Receives a node's counters now and then, on the node's own thread; must return quickly. */
@FunctionalInterface
public interface ProgressListener {
    void onProgress(NodeProgress progress);

    static ProgressListener none() {
        return p -> {};
    }
}
