package io.steeldome.tracking.tracker;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.associate.Association;
import io.steeldome.tracking.associate.GnnAssociator;
import io.steeldome.tracking.delete.MissDeleter;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.filter.Innovation;
import io.steeldome.tracking.filter.KalmanFilter;
import io.steeldome.tracking.gate.EllipsoidalGate;
import io.steeldome.tracking.initiate.MOfNConfirmation;
import io.steeldome.tracking.initiate.SinglePointInitiator;
import io.steeldome.tracking.state.GaussianState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Centralised multi-target tracker: per scan it predicts every track to the scan time, associates by global nearest
 * neighbour (confirmed tracks first, tentative tracks on the leftovers), updates or coasts, applies M-of-N
 * confirmation and deletion, then starts tentative tracks on the unassociated detections. Several sensors are fused
 * by calling {@link #process} once per sensor scan in time order.
 *
 * <p>Misses and sensors: a miss counts against a track only if the scanning sensor has detected that track before,
 * so a target outside one radar's coverage is not deleted (or denied confirmation) by that radar's scans. The
 * scanning sensor is given explicitly by {@link #process(SimTime, String, List)}; {@link #process(SimTime, List)}
 * infers it from the detections' sensor ids, and counts an empty scan as a miss for every track.
 *
 * <p>Track ids are issued from 1 upwards and never reused. Confined to one thread; {@link #tracks()} returns an
 * immutable snapshot.
 */
public final class MultiTargetTracker implements Tracker {
    private final KalmanFilter filter = new KalmanFilter();
    private final TrackerConfig config;
    private final GnnAssociator associator;
    private final SinglePointInitiator initiator;
    private final MOfNConfirmation confirmation;
    private final MissDeleter deleter;

    private final List<LiveTrack> live = new ArrayList<>();
    private long nextId = 1;
    private Optional<SimTime> lastScan = Optional.empty();
    private List<Track> snapshot = List.of();

    public MultiTargetTracker(TrackerConfig config) {
        this.config = config;
        this.associator = new GnnAssociator(filter, new EllipsoidalGate(config.gateChiSquare()));
        this.initiator = new SinglePointInitiator(config.maxSpeedMps());
        this.confirmation = new MOfNConfirmation(config.confirmHits(), config.confirmWindowScans());
        this.deleter = new MissDeleter(config.maxConsecutiveMisses(), config.maxPositionSigmaM());
    }

    public TrackerConfig config() {
        return config;
    }

    /**
     * Processes one scan; the detections are treated as taken at {@code time} (their own time stamps are not used).
     *
     * @throws SteeldomeException {@link TrackingError#OUT_OF_SEQUENCE_SCAN} if {@code time} is before the last scan,
     *     {@link TrackingError#INVALID_DETECTION} for a non-finite position or a covariance that is not positive
     *     definite
     */
    @Override
    public List<Track> process(SimTime time, List<Detection> detections) {
        Set<String> sensors = new HashSet<>();
        detections.forEach(d -> sensors.add(d.sensorId()));
        return run(time, sensors, detections);
    }

    /**
     * Processes one scan of sensor {@code sensorId}, which may be empty; every detection must come from that sensor.
     */
    public List<Track> process(SimTime time, String sensorId, List<Detection> detections) {
        for (Detection d : detections) {
            if (!sensorId.equals(d.sensorId())) {
                throw new SteeldomeException(
                        TrackingError.INVALID_DETECTION, d.sensorId(), d.time(), "it is in the scan of " + sensorId);
            }
        }
        return run(time, Set.of(sensorId), detections);
    }

    @Override
    public List<Track> tracks() {
        return snapshot;
    }

    /** @param scanSensors sensors that scanned; empty means unknown (every track counts a miss) */
    private List<Track> run(SimTime time, Set<String> scanSensors, List<Detection> detections) {
        if (lastScan.isPresent() && time.isBefore(lastScan.get())) {
            throw new SteeldomeException(TrackingError.OUT_OF_SEQUENCE_SCAN, time, lastScan.get());
        }
        detections.forEach(MultiTargetTracker::validate);
        lastScan = Optional.of(time);

        List<GaussianState> predicted = new ArrayList<>(live.size());
        for (LiveTrack t : live) {
            predicted.add(filter.predict(t.state, config.motionModel(), time));
        }
        int[] detectionOfTrack = new int[live.size()];
        Arrays.fill(detectionOfTrack, -1);
        boolean[] used = new boolean[detections.size()];
        associateStage(TrackStatus.CONFIRMED, predicted, detections, detectionOfTrack, used);
        associateStage(TrackStatus.TENTATIVE, predicted, detections, detectionOfTrack, used);

        List<LiveTrack> survivors = new ArrayList<>(live.size());
        for (int i = 0; i < live.size(); i++) {
            LiveTrack t = live.get(i);
            if (detectionOfTrack[i] >= 0) {
                Detection d = detections.get(detectionOfTrack[i]);
                t.state = filter.update(predicted.get(i), d).posterior();
                t.hits++;
                t.consecutiveMisses = 0;
                t.lastUpdate = time;
                t.sensors.add(d.sensorId());
            } else {
                t.state = predicted.get(i);
                if (scanSensors.isEmpty() || scanSensors.stream().anyMatch(t.sensors::contains)) {
                    t.misses++;
                    t.consecutiveMisses++;
                }
            }
            if (t.status == TrackStatus.TENTATIVE) {
                if (confirmation.isConfirmed(t.hits)) {
                    t.status = TrackStatus.CONFIRMED;
                } else if (confirmation.hasFailed(t.hits, t.misses)) {
                    continue;
                }
            } else if (deleter.shouldDelete(t.snapshot())) {
                continue;
            }
            survivors.add(t);
        }
        for (int d = 0; d < detections.size(); d++) {
            if (!used[d]) {
                Detection det = detections.get(d);
                LiveTrack t = new LiveTrack(new TrackId(nextId++), initiator.initiate(det, time));
                t.lastUpdate = time;
                t.sensors.add(det.sensorId());
                t.status = confirmation.isConfirmed(t.hits) ? TrackStatus.CONFIRMED : TrackStatus.TENTATIVE;
                survivors.add(t);
            }
        }
        live.clear();
        live.addAll(survivors);
        snapshot = live.stream().map(LiveTrack::snapshot).toList();
        return snapshot;
    }

    private void associateStage(
            TrackStatus status,
            List<GaussianState> predicted,
            List<Detection> detections,
            int[] detectionOfTrack,
            boolean[] used) {
        List<Integer> trackIdx = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            if (live.get(i).status == status) {
                trackIdx.add(i);
            }
        }
        List<Integer> detIdx = new ArrayList<>();
        for (int d = 0; d < detections.size(); d++) {
            if (!used[d]) {
                detIdx.add(d);
            }
        }
        if (trackIdx.isEmpty() || detIdx.isEmpty()) {
            return;
        }
        Association a = associator.associate(
                trackIdx.stream().map(predicted::get).toList(),
                detIdx.stream().map(detections::get).toList());
        for (int k = 0; k < trackIdx.size(); k++) {
            OptionalInt j = a.detectionFor(k);
            if (j.isPresent()) {
                int d = detIdx.get(j.getAsInt());
                detectionOfTrack[trackIdx.get(k)] = d;
                used[d] = true;
            }
        }
    }

    private static void validate(Detection d) {
        if (!(Double.isFinite(d.eastM()) && Double.isFinite(d.northM()) && Double.isFinite(d.upM()))) {
            throw new SteeldomeException(
                    TrackingError.INVALID_DETECTION, d.sensorId(), d.time(), "non-finite position");
        }
        try {
            Innovation.of(d.position().mapMultiply(0), d.covariance());
        } catch (SteeldomeException e) {
            throw new SteeldomeException(
                    e, TrackingError.INVALID_DETECTION, d.sensorId(), d.time(), "covariance " + e.getMessage());
        }
    }

    /** Mutable bookkeeping of one live track; never leaves this class. */
    private static final class LiveTrack {
        final TrackId id;
        final Set<String> sensors = new HashSet<>();
        GaussianState state;
        TrackStatus status = TrackStatus.TENTATIVE;
        SimTime lastUpdate;
        int hits = 1;
        int misses;
        int consecutiveMisses;

        LiveTrack(TrackId id, GaussianState state) {
            this.id = id;
            this.state = state;
            this.lastUpdate = state.time();
        }

        Track snapshot() {
            return new Track(id, state, status, lastUpdate, hits, consecutiveMisses);
        }
    }
}
