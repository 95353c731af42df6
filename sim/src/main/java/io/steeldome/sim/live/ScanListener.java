package io.steeldome.sim.live;

/** Told the picture after each radar scan, on the engine's thread (implementations should not block for long). */
@FunctionalInterface
public interface ScanListener {
    ScanListener NONE = s -> {};

    void onScan(ScanSnapshot snapshot);
}
