package io.steeldome.stream.tracker;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.stream.error.StreamError;
import io.steeldome.stream.schema.GeoOrigin;
import io.steeldome.stream.schema.Plot;
import io.steeldome.stream.schema.PlotScan;
import io.steeldome.stream.schema.Schema;
import io.steeldome.stream.schema.SectorTracks;
import io.steeldome.stream.schema.TrackState;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.state.StateLayout;
import io.steeldome.tracking.tracker.Detection;
import io.steeldome.tracking.tracker.FilteredMultiTargetTracker;
import io.steeldome.tracking.tracker.FilteredTrackerConfig;
import io.steeldome.tracking.tracker.Track;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tracker of one sector: a {@link FilteredMultiTargetTracker} fed the sector's plot scans in order. It is
 * deterministic: the same scans in the same order give the same pictures, bit for bit, and track numbers are issued
 * from 1 in the order the tracker creates them. That is what lets another instance rebuild it by replaying the
 * sector's partition (see {@link TrackerNode}). Confined to one thread.
 */
public final class SectorTracker {
    private final String sectorId;
    private final FilteredMultiTargetTracker tracker;
    private Optional<GeoOrigin> origin = Optional.empty();
    private Optional<LocalFrame> frame = Optional.empty();

    public SectorTracker(String sectorId, FilteredTrackerConfig config) {
        this.sectorId = sectorId;
        this.tracker = new FilteredMultiTargetTracker(config);
    }

    public String sectorId() {
        return sectorId;
    }

    /**
     * Runs one scan and returns the sector's picture after it. A rejected scan leaves the tracker as it was.
     *
     * @throws SteeldomeException {@link StreamError#INVALID_RECORD} for a scan of another sector or with a different
     *     origin than the sector's first scan; the tracker's own errors for an out-of-sequence scan or a bad plot
     */
    public SectorTracks process(PlotScan scan) {
        if (!scan.sectorId().equals(sectorId)) {
            throw new SteeldomeException(
                    StreamError.INVALID_RECORD,
                    "plot scan",
                    "sector " + scan.sectorId() + " sent to tracker of " + sectorId);
        }
        if (origin.isPresent() && !origin.get().equals(scan.origin())) {
            throw new SteeldomeException(
                    StreamError.INVALID_RECORD,
                    "plot scan",
                    "sector " + sectorId + " origin changed from " + origin.get() + " to " + scan.origin());
        }
        LocalFrame f = frame.orElseGet(() -> LocalFrame.at(scan.origin().toGeodetic()));
        SimTime time = SimTime.ofSeconds(scan.timeS());
        List<Detection> detections = new ArrayList<>(scan.plots().size());
        List<String> plotIds = new ArrayList<>(scan.plots().size());
        for (Plot p : scan.plots()) {
            detections.add(PlotConversion.toDetection(p, time, scan.sensorId(), f));
            plotIds.add(p.plotId());
        }
        List<Track> tracks = tracker.process(time, scan.sensorId(), detections);
        origin = Optional.of(scan.origin());
        frame = Optional.of(f);
        List<TrackState> states = new ArrayList<>(tracks.size());
        for (Track t : tracks.stream().sorted(Comparator.comparing(Track::id)).toList()) {
            states.add(toState(t));
        }
        return new SectorTracks(
                Schema.VERSION,
                sectorId,
                scan.sensorId(),
                scan.scanNumber(),
                scan.timeS(),
                scan.origin(),
                plotIds,
                states);
    }

    private TrackState toState(Track t) {
        GaussianState x = t.state();
        List<Double> cov = new ArrayList<>(TrackState.COVARIANCE_ENTRIES);
        for (int i = 0; i < StateLayout.DIM; i++) {
            for (int j = i; j < StateLayout.DIM; j++) {
                cov.add(x.covarianceAt(i, j));
            }
        }
        return new TrackState(
                sectorId + "/T" + t.id().value(),
                t.id().value(),
                t.status().name(),
                x.meanAt(StateLayout.EAST),
                x.meanAt(StateLayout.NORTH),
                x.meanAt(StateLayout.UP),
                x.meanAt(StateLayout.V_EAST),
                x.meanAt(StateLayout.V_NORTH),
                x.meanAt(StateLayout.V_UP),
                cov,
                t.lastUpdate().seconds(),
                t.hits(),
                t.consecutiveMisses());
    }
}
