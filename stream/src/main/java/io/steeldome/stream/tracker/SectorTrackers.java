package io.steeldome.stream.tracker;

import io.steeldome.stream.schema.PlotScan;
import io.steeldome.stream.schema.SectorTracks;
import io.steeldome.tracking.tracker.FilteredTrackerConfig;
import io.steeldome.tracking.tracker.TrackerConfig;
import java.util.HashMap;
import java.util.Map;

/**
 * One {@link SectorTracker} per sector, created at the sector's first scan. In the tracker service each partition has
 * its own instance, so dropping a partition drops exactly its sectors. Confined to one thread.
 */
public final class SectorTrackers {
    private final FilteredTrackerConfig config;
    private final Map<String, SectorTracker> bySector = new HashMap<>();

    public SectorTrackers(FilteredTrackerConfig config) {
        this.config = config;
    }

    /**
     * The configuration every tracker instance of a deployment must share (replay reproduces another instance's state
     * only with the same configuration): EKF tracks on the {@linkplain TrackerConfig#defaults() demo defaults}.
     */
    public static FilteredTrackerConfig defaultConfig() {
        return FilteredTrackerConfig.of(TrackerConfig.defaults(), FilteredTrackerConfig.FilterChoice.EKF);
    }

    /** Runs the scan through its sector's tracker; see {@link SectorTracker#process}. */
    public SectorTracks process(PlotScan scan) {
        return bySector.computeIfAbsent(scan.sectorId(), s -> new SectorTracker(s, config))
                .process(scan);
    }

    public int sectorCount() {
        return bySector.size();
    }
}
