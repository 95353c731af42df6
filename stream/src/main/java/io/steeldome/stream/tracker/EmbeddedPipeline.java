package io.steeldome.stream.tracker;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.stream.schema.PlotScan;
import io.steeldome.stream.schema.SectorTracks;
import io.steeldome.tracking.tracker.FilteredTrackerConfig;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracker service without a broker: scans go straight to the sector trackers in the order given. Same trackers,
 * same rejection rule and same pictures as a {@link TrackerNode}, so it is also the reference a distributed run must
 * reproduce. Confined to one thread.
 */
public final class EmbeddedPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPipeline.class);

    private final SectorTrackers trackers;
    private final Map<String, SectorTracks> latest = new TreeMap<>();
    private long scans;
    private long plots;
    private long rejected;

    public EmbeddedPipeline(FilteredTrackerConfig config) {
        this.trackers = new SectorTrackers(config);
    }

    /** The sector's picture after this scan; empty if the scan is rejected (then counted and logged). */
    public Optional<SectorTracks> process(PlotScan scan) {
        try {
            SectorTracks out = trackers.process(scan);
            latest.put(out.sectorId(), out);
            scans++;
            plots += scan.plots().size();
            return Optional.of(out);
        } catch (SteeldomeException e) {
            rejected++;
            LOG.warn("skipping scan {} of sector {}: {}", scan.scanNumber(), scan.sectorId(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Runs every scan in order and calls the listener every {@code reportEveryScans} scans and at the end.
     *
     * @return the final counters
     */
    public NodeProgress run(Iterable<PlotScan> scans, ProgressListener listener, int reportEveryScans) {
        long n = 0;
        for (PlotScan s : scans) {
            process(s);
            if (++n % reportEveryScans == 0) {
                listener.onProgress(progress());
            }
        }
        if (n % reportEveryScans != 0) {
            listener.onProgress(progress());
        }
        return progress();
    }

    /** The latest picture of every sector seen so far, by sector id. */
    public Map<String, SectorTracks> latest() {
        return Collections.unmodifiableMap(latest);
    }

    public NodeProgress progress() {
        return new NodeProgress("embedded", 0, scans, plots, 0, rejected, 0, 0, 0);
    }

    public int sectorCount() {
        return trackers.sectorCount();
    }
}
