package io.steeldome.tracking.tracker;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.associate.Gating;
import io.steeldome.tracking.associate.GnnAssociator;
import io.steeldome.tracking.delete.MissDeleter;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.gate.EllipsoidalGate;
import io.steeldome.tracking.index.GridIndex;
import io.steeldome.tracking.initiate.MOfNConfirmation;
import io.steeldome.tracking.initiate.SinglePointInitiator;
import io.steeldome.tracking.kernel.FixedKalman;
import io.steeldome.tracking.state.GaussianState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Centralised multi-target tracker: per scan it predicts every track to the scan time, associates by global nearest
 * neighbour (confirmed tracks first, tentative tracks on the leftovers), updates or coasts, applies M-of-N
 * confirmation and deletion, deletes younger tracks that shadow an older confirmed one ({@link TrackerConfig#duplicates()}),
 * then starts tentative tracks on the unassociated detections. Several sensors are fused
 * by calling {@link #process} once per sensor scan in time order.
 *
 * <p>Misses and sensors: a miss counts against a track only if the scanning sensor has detected that track before,
 * so a target outside one radar's coverage is not deleted (or denied confirmation) by that radar's scans. The
 * scanning sensor is given explicitly by {@link #process(SimTime, String, List)}; {@link #process(SimTime, List)}
 * infers it from the detections' sensor ids, and counts an empty scan as a miss for every track.
 *
 * <p>Track ids are issued from 1 upwards and never reused. Confined to one thread; {@link #tracks()} returns an
 * immutable snapshot.
 *
 * <p>Cost per scan is about linear in tracks plus detections: gating goes through a spatial index over the
 * detections (see {@link GnnAssociator}), and states are predicted and updated by the allocation-free
 * {@link FixedKalman} kernels, with F and Q built once per scan interval.
 */
public final class MultiTargetTracker implements Tracker {
    private static final int N = FixedKalman.N;

    private final TrackerConfig config;
    private final GnnAssociator associator;
    private final SinglePointInitiator initiator;
    private final MOfNConfirmation confirmation;
    private final MissDeleter deleter;
    private final FixedKalman kalman = new FixedKalman();

    private final List<LiveTrack> live = new ArrayList<>();
    private long nextId = 1;
    private Optional<SimTime> lastScan = Optional.empty();
    private List<Track> snapshot = List.of();
    /** F and Q (row-major) for the interval {@code cachedDtS}; all tracks share one interval per scan. */
    private double cachedDtS = Double.NaN;

    private final double[] transition = new double[N * N];
    private final double[] processNoise = new double[N * N];
    /** Scratch for validating detection covariances. */
    public MultiTargetTracker(TrackerConfig config) {
        this(config, Gating.INDEXED);
    }

    /** With an explicit candidate search for gating; {@link Gating#EXHAUSTIVE} is the brute-force reference. */
    MultiTargetTracker(TrackerConfig config, Gating gating) {
        this.config = config;
        this.associator = new GnnAssociator(new EllipsoidalGate(config.gateChiSquare()), gating);
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
        return run(time, ScanIntake.sensorsOf(detections), detections);
    }

    /**
     * Processes one scan of sensor {@code sensorId}, which may be empty; every detection must come from that sensor.
     */
    public List<Track> process(SimTime time, String sensorId, List<Detection> detections) {
        return run(time, ScanIntake.singleSensor(sensorId, detections), detections);
    }

    @Override
    public List<Track> tracks() {
        return snapshot;
    }

    /** @param scanSensors sensors that scanned; empty means unknown (every track counts a miss) */
    private List<Track> run(SimTime time, Set<String> scanSensors, List<Detection> detections) {
        ScanIntake.requireInSequence(lastScan, time);
        int nd = detections.size();
        double[] plotPositions = new double[3 * nd];
        double[] plotCovariances = new double[9 * nd];
        ScanIntake.flatten(detections, plotPositions, plotCovariances);
        lastScan = Optional.of(time);

        for (LiveTrack t : live) {
            loadModel(time.secondsSince(t.stateTime));
            kalman.predict(t.x, t.p, transition, processNoise, t.xPredicted, t.pPredicted);
        }
        int[] detectionOfTrack = new int[live.size()];
        Arrays.fill(detectionOfTrack, -1);
        boolean[] used = new boolean[detections.size()];
        associateStage(TrackStatus.CONFIRMED, plotPositions, plotCovariances, detectionOfTrack, used);
        associateStage(TrackStatus.TENTATIVE, plotPositions, plotCovariances, detectionOfTrack, used);

        List<LiveTrack> survivors = new ArrayList<>(live.size());
        double[] z = new double[3];
        double[] r = new double[9];
        for (int i = 0; i < live.size(); i++) {
            LiveTrack t = live.get(i);
            if (detectionOfTrack[i] >= 0) {
                int di = detectionOfTrack[i];
                Detection d = detections.get(di);
                System.arraycopy(plotPositions, 3 * di, z, 0, 3);
                System.arraycopy(plotCovariances, 9 * di, r, 0, 9);
                kalman.update(t.xPredicted, t.pPredicted, z, r, t.x, t.p);
                t.hits++;
                t.consecutiveMisses = 0;
                t.lastUpdate = time;
                t.sensors.add(d.sensorId());
            } else {
                t.coast();
                if (scanSensors.isEmpty() || scanSensors.stream().anyMatch(t.sensors::contains)) {
                    t.misses++;
                    t.consecutiveMisses++;
                }
            }
            t.stateTime = time;
            if (t.status == TrackStatus.TENTATIVE) {
                if (confirmation.isConfirmed(t.hits)) {
                    t.status = TrackStatus.CONFIRMED;
                } else if (tentativeFailed(t)) {
                    continue;
                }
                t.publish();
            } else if (deleter.shouldDelete(t.publish())) {
                continue;
            }
            survivors.add(t);
        }
        pruneDuplicates(survivors);
        for (int d = 0; d < detections.size(); d++) {
            if (!used[d]) {
                Detection det = detections.get(d);
                LiveTrack t = new LiveTrack(new TrackId(nextId++), initiator.initiate(det, time));
                t.lastUpdate = time;
                t.sensors.add(det.sensorId());
                t.status = confirmation.isConfirmed(t.hits) ? TrackStatus.CONFIRMED : TrackStatus.TENTATIVE;
                t.publish();
                survivors.add(t);
            }
        }
        live.clear();
        live.addAll(survivors);
        List<Track> tracks = new ArrayList<>(live.size());
        for (LiveTrack t : live) {
            tracks.add(t.published);
        }
        snapshot = List.copyOf(tracks);
        return snapshot;
    }

    /** Applies {@link TrackerConfig#duplicates()}: removes younger tracks that shadow an older confirmed one. */
    private void pruneDuplicates(List<LiveTrack> tracks) {
        if (!config.duplicates().enabled() || tracks.size() < 2) {
            return;
        }
        int n = tracks.size();
        // only tracks updated at this or the previous scan: a duplicate shares its target's detections with the older
        // track, so it is updated every other scan or so; one that keeps missing is left to the miss deleter
        int[] member = new int[n];
        int m = 0;
        double sMax = 0;
        for (int i = 0; i < n; i++) {
            LiveTrack t = tracks.get(i);
            if (t.consecutiveMisses <= 2) {
                member[m++] = i;
                sMax = Math.max(sMax, sigma(t));
            } else {
                t.duplicateScans = 0;
            }
        }
        double[] xs = new double[m];
        double[] ys = new double[m];
        for (int k = 0; k < m; k++) {
            LiveTrack t = tracks.get(member[k]);
            xs[k] = t.x[0];
            ys[k] = t.x[1];
        }
        GridIndex index = GridIndex.of(xs, ys);
        int[] found = new int[m];
        boolean[] drop = new boolean[n];
        double chiSquare = config.duplicates().chiSquare();
        double root = Math.sqrt(chiSquare);
        for (int kj = 0; kj < m; kj++) {
            LiveTrack young = tracks.get(member[kj]);
            double h = root * (sigma(young) + sMax);
            int f = index.query(xs[kj] - h, xs[kj] + h, ys[kj] - h, ys[kj] + h, found);
            boolean dup = false;
            for (int q = 0; q < f && !dup; q++) {
                int i = member[found[q]];
                LiveTrack old = tracks.get(i);
                // both updated in this scan: two detections, two objects (e.g. crossing targets), not a duplicate
                boolean bothUpdated = old.consecutiveMisses == 0 && young.consecutiveMisses == 0;
                if (drop[i]
                        || bothUpdated
                        || old.status != TrackStatus.CONFIRMED
                        || old.id.value() >= young.id.value()) {
                    continue;
                }
                dup = sameState(old, young, chiSquare);
            }
            young.duplicateScans = dup ? young.duplicateScans + 1 : 0;
            if (young.duplicateScans >= config.duplicates().scans()) {
                drop[member[kj]] = true;
            }
        }
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                tracks.set(w++, tracks.get(i));
            }
        }
        tracks.subList(w, n).clear();
    }

    private static double sigma(LiveTrack t) {
        return Math.sqrt(Math.max(t.p[0], t.p[N + 1]));
    }

    /** Whether the state difference of {@code a} and {@code b} passes the chi-square test with P_a + P_b. */
    private static boolean sameState(LiveTrack a, LiveTrack b, double chiSquare) {
        double[][] s = new double[N][N];
        double[] d = new double[N];
        for (int i = 0; i < N; i++) {
            d[i] = a.x[i] - b.x[i];
            for (int k = 0; k < N; k++) {
                s[i][k] = a.p[i * N + k] + b.p[i * N + k];
            }
        }
        try {
            RealVector v = new CholeskyDecomposition(new Array2DRowRealMatrix(s, false))
                    .getSolver()
                    .solve(new ArrayRealVector(d, false));
            double m = 0;
            for (int i = 0; i < N; i++) {
                m += d[i] * v.getEntry(i);
            }
            return m < chiSquare;
        } catch (MathIllegalArgumentException e) {
            return false;
        }
    }

    /** F and Q of the motion model over {@code dtS}, converted once per distinct interval. */
    private void loadModel(double dtS) {
        if (dtS == cachedDtS) {
            return;
        }
        flatten(config.motionModel().transition(dtS), transition);
        flatten(config.motionModel().processNoise(dtS), processNoise);
        cachedDtS = dtS;
    }

    /** Associates the tracks of {@code status} with the plots not yet {@code used}; marks what it assigns. */
    private void associateStage(
            TrackStatus status,
            double[] plotPositions,
            double[] plotCovariances,
            int[] detectionOfTrack,
            boolean[] used) {
        int[] trackIdx = new int[live.size()];
        int nt = 0;
        for (int i = 0; i < live.size(); i++) {
            if (live.get(i).status == status) {
                trackIdx[nt++] = i;
            }
        }
        int[] detIdx = new int[used.length];
        int nd = 0;
        for (int d = 0; d < used.length; d++) {
            if (!used[d]) {
                detIdx[nd++] = d;
            }
        }
        if (nt == 0 || nd == 0) {
            return;
        }
        double[] freePositions = plotPositions;
        double[] freeCovariances = plotCovariances;
        if (nd < used.length) {
            freePositions = new double[3 * nd];
            freeCovariances = new double[9 * nd];
            for (int k = 0; k < nd; k++) {
                System.arraycopy(plotPositions, 3 * detIdx[k], freePositions, 3 * k, 3);
                System.arraycopy(plotCovariances, 9 * detIdx[k], freeCovariances, 9 * k, 9);
            }
        }
        double[] positions = new double[3 * nt];
        double[] covariances = new double[9 * nt];
        for (int k = 0; k < nt; k++) {
            LiveTrack t = live.get(trackIdx[k]);
            for (int i = 0; i < 3; i++) {
                positions[3 * k + i] = t.xPredicted[i];
                System.arraycopy(t.pPredicted, N * i, covariances, 9 * k + 3 * i, 3);
            }
        }
        int[] assigned = associator.assign(positions, covariances, freePositions, freeCovariances);
        for (int k = 0; k < nt; k++) {
            if (assigned[k] >= 0) {
                int d = detIdx[assigned[k]];
                detectionOfTrack[trackIdx[k]] = d;
                used[d] = true;
            }
        }
    }

    /** @param c the detection's covariance, row-major from {@code offset} */
    private static void flatten(RealMatrix m, double[] out) {
        int n = m.getRowDimension();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = m.getEntry(i, j);
            }
        }
    }

    private boolean tentativeFailed(LiveTrack t) {
        int k = config.tentativeMaxConsecutiveMisses();
        return k > 0 ? t.consecutiveMisses >= k : confirmation.hasFailed(t.hits, t.misses);
    }

    /** Mutable bookkeeping of one live track; never leaves this class. */
    private static final class LiveTrack {
        final TrackId id;
        final Set<String> sensors = new HashSet<>();
        /** Current state (at {@code stateTime}) and its prediction to the scan being processed, row-major. */
        double[] x = new double[N];

        double[] p = new double[N * N];
        double[] xPredicted = new double[N];
        double[] pPredicted = new double[N * N];
        SimTime stateTime;
        TrackStatus status = TrackStatus.TENTATIVE;
        SimTime lastUpdate;
        int hits = 1;
        int misses;
        int consecutiveMisses;
        int duplicateScans;
        /** The last published snapshot. */
        Track published;

        LiveTrack(TrackId id, GaussianState state) {
            this.id = id;
            this.stateTime = state.time();
            this.lastUpdate = state.time();
            for (int i = 0; i < N; i++) {
                x[i] = state.meanAt(i);
                for (int j = 0; j < N; j++) {
                    p[i * N + j] = state.covarianceAt(i, j);
                }
            }
        }

        /** Takes the prediction as the current state (a miss); swaps buffers instead of copying. */
        void coast() {
            double[] xs = x;
            x = xPredicted;
            xPredicted = xs;
            double[] ps = p;
            p = pPredicted;
            pPredicted = ps;
        }

        /** Builds, stores and returns the snapshot of the current state and counters. */
        Track publish() {
            double[][] cov = new double[N][N];
            for (int i = 0; i < N; i++) {
                System.arraycopy(p, i * N, cov[i], 0, N);
            }
            // wrap without copying: GaussianState.of copies once
            GaussianState state =
                    GaussianState.of(stateTime, new ArrayRealVector(x, false), new Array2DRowRealMatrix(cov, false));
            published = new Track(id, state, status, lastUpdate, hits, consecutiveMisses);
            return published;
        }
    }
}
