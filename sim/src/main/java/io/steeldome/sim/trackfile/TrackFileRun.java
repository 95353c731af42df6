package io.steeldome.sim.trackfile;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.state.StateLayout;
import io.steeldome.tracking.tracker.Detection;
import io.steeldome.tracking.tracker.FilteredMultiTargetTracker;
import io.steeldome.tracking.tracker.JpdaTracker;
import io.steeldome.tracking.tracker.MhtTracker;
import io.steeldome.tracking.tracker.MultiTargetTracker;
import io.steeldome.tracking.tracker.Track;
import io.steeldome.tracking.tracker.TrackId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Runs the tracker over measurement (and optionally truth) files: lines the scans up ({@link ScanTimeline}), feeds
 * every scan to a fresh {@link MultiTargetTracker} (GNN with the KF), {@link FilteredMultiTargetTracker} (GNN with the
 * EKF, UKF or IMM) or {@link JpdaTracker} (JPDA, KF only), keeps the confirmed tracks of each scan and scores them
 * ({@link TrackAccuracy}). Everything happens in memory, so a caller writes its outputs only after a complete run.
 *
 * <p>JPDA's and MHT's clutter density is {@code clutterPerScan} over the bounding box of all detections of the file: its x/y
 * area times, for 3-D data, its z extent, and for 2-D data (z = 0 with variance {@code measSigmaM^2})
 * {@code sqrt(2 pi) measSigmaM}, which keeps the 2-D likelihood ratio (see {@link JpdaConfig}). The box is at least
 * {@code measSigmaM} wide on every axis, so a file with a single detection still gives a finite density.
 */
public final class TrackFileRun {
    /** Sensor id given to every detection of a file. */
    public static final String SENSOR_ID = "file";

    private final TrackRunSettings settings;

    private TrackFileRun(TrackRunSettings settings) {
        this.settings = settings;
    }

    /**
     * @throws SteeldomeException {@link TrackFileError#NOT_IMPLEMENTED} for an associator or filter that does not
     *     exist yet, so that a caller can fail before reading any file
     */
    public static TrackFileRun of(TrackRunSettings settings) {
        if (!settings.associator().implemented()) {
            throw new SteeldomeException(
                    TrackFileError.NOT_IMPLEMENTED, settings.associator().cliName(), "--associator gnn");
        }
        if (!settings.filter().implemented()) {
            throw new SteeldomeException(
                    TrackFileError.NOT_IMPLEMENTED, settings.filter().cliName(), "--filter kf");
        }
        String name = settings.associator().cliName();
        if (settings.associator() != AssociatorKind.GNN && settings.filter() != FilterKind.KF) {
            throw new SteeldomeException(
                    TrackFileError.NOT_IMPLEMENTED,
                    name + " with --filter " + settings.filter().cliName(),
                    "--filter kf with " + name + ", or --associator gnn with "
                            + settings.filter().cliName());
        }
        if (settings.associator() != AssociatorKind.GNN && !(settings.clutterPerScan() > 0)) {
            throw new SteeldomeException(
                    TrackFileError.NOT_IMPLEMENTED, name + " without clutter", "--clutter-per-scan above 0");
        }
        if (settings.filter() != FilterKind.KF) {
            settings.filteredTrackerConfig(); // fails now on settings the filter cannot take
        }
        return new TrackFileRun(settings);
    }

    /** The one call the run makes on either tracker. */
    private interface ScanProcessor {
        List<Track> process(SimTime time, String sensorId, List<Detection> detections);
    }

    private ScanProcessor tracker(List<ScanFrame> frames, boolean hasZ) {
        if (settings.associator() == AssociatorKind.GNN) {
            if (settings.filter() == FilterKind.KF) {
                return new MultiTargetTracker(settings.trackerConfig())::process;
            }
            return new FilteredMultiTargetTracker(settings.filteredTrackerConfig())::process;
        }
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (ScanFrame f : frames) {
            for (EnuVector p : f.detectionsM()) {
                double[] a = p.toArray();
                for (int i = 0; i < 3; i++) {
                    lo[i] = Math.min(lo[i], a[i]);
                    hi[i] = Math.max(hi[i], a[i]);
                }
            }
        }
        double sigma = settings.measSigmaM();
        double volumeM3 = Math.max(hi[0] - lo[0], sigma)
                * Math.max(hi[1] - lo[1], sigma)
                * (hasZ ? Math.max(hi[2] - lo[2], sigma) : Math.sqrt(2 * Math.PI) * sigma);
        if (settings.associator() == AssociatorKind.MHT) {
            MhtTracker mht = new MhtTracker(settings.mhtConfig(volumeM3));
            return (time, sensorId, detections) -> mht.process(time, detections);
        }
        return new JpdaTracker(settings.jpdaConfig(volumeM3))::process;
    }

    public TrackRunSettings settings() {
        return settings;
    }

    /**
     * Tracks {@code measurements} and, given {@code truth}, scores the tracks. Position is compared in 3-D when both
     * files have z, otherwise on x and y.
     *
     * @param nanoClock a monotonic clock in nanoseconds (e.g. {@code System::nanoTime}), read just before and just
     *     after each tracker call; it only feeds {@link TrackRunResult#throughput()}
     * @throws SteeldomeException with file and line for inputs that do not fit together (see
     *     {@link ScanTimeline#merge}), {@link TrackFileError#NO_SCANS} when there is nothing to track
     */
    public TrackRunResult run(MeasurementFile measurements, Optional<TruthFile> truth, LongSupplier nanoClock) {
        List<ScanFrame> frames = ScanTimeline.merge(measurements, truth, settings.scanPeriodS());
        if (frames.isEmpty()) {
            throw new SteeldomeException(TrackFileError.NO_SCANS, measurements.source());
        }
        double[][] covarianceM2 = settings.detectionCovarianceM2();
        List<List<Detection>> detections = new ArrayList<>(frames.size());
        for (ScanFrame f : frames) {
            SimTime t = SimTime.ofSeconds(f.timeS());
            List<Detection> scan = new ArrayList<>(f.detectionsM().size());
            for (EnuVector p : f.detectionsM()) {
                scan.add(new Detection(t, SENSOR_ID, p.eastM(), p.northM(), p.upM(), covarianceM2));
            }
            detections.add(scan);
        }

        ScanProcessor tracker = tracker(frames, measurements.hasZ());
        long[] scanNanos = new long[frames.size()];
        List<TrackScan> out = new ArrayList<>(frames.size());
        Set<TrackId> confirmed = new HashSet<>();
        for (int i = 0; i < frames.size(); i++) {
            ScanFrame f = frames.get(i);
            SimTime t = SimTime.ofSeconds(f.timeS());
            List<Detection> scan = detections.get(i);
            long start = nanoClock.getAsLong();
            List<Track> tracks = tracker.process(t, SENSOR_ID, scan);
            scanNanos[i] = nanoClock.getAsLong() - start;
            List<LabelledPosition> estimates = tracks.stream()
                    .filter(Track::isConfirmed)
                    .sorted(Comparator.comparing(Track::id))
                    .map(tr -> new LabelledPosition(
                            tr.id().value(),
                            new EnuVector(
                                    tr.state().meanAt(StateLayout.EAST),
                                    tr.state().meanAt(StateLayout.NORTH),
                                    tr.state().meanAt(StateLayout.UP))))
                    .toList();
            tracks.stream().filter(Track::isConfirmed).forEach(tr -> confirmed.add(tr.id()));
            out.add(new TrackScan(f.scan(), f.timeS(), estimates));
        }
        boolean threeD = measurements.hasZ() && truth.map(TruthFile::hasZ).orElse(false);
        Optional<TrackAccuracy> accuracy = truth.map(g -> TrackAccuracy.score(frames, out, threeD));
        return new TrackRunResult(
                settings,
                measurements.hasZ(),
                out,
                confirmed.size(),
                accuracy,
                Throughput.of(measurements.detectionCount(), scanNanos));
    }
}
