package io.steeldome.tracking.tracker;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.associate.Gating;
import io.steeldome.tracking.associate.GnnAssociator;
import io.steeldome.tracking.associate.JpdaMarginals;
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
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;

/**
 * Multi-target tracker with joint probabilistic data association for confirmed tracks, following the Stone Soup JPDA
 * recipe (PDA hypotheses, JPDA marginals, Gaussian mixture reduced to one Gaussian per track).
 *
 * <p>Per scan: every track is predicted; each confirmed track gates the detections (grid index over the detections,
 * bounding box, then the chi-square test at {@link JpdaConfig#gateProbability()}); confirmed tracks that share a
 * gated detection form a cluster (union-find); per cluster the marginals {@code beta} come from exact enumeration of
 * the joint events ({@link JpdaMarginals#exact}), or from per-track PDA ({@link JpdaMarginals#perTrack}) for clusters
 * of more than {@link #MAX_EXACT_TRACKS} tracks or {@link JpdaConfig#MAX_EXACT_EVENTS} events. A track's posterior is
 * the moment-matched mixture of its miss hypothesis (the prediction) and one Kalman update per gated detection
 * (Joseph form, each with its own detection covariance); with a common detection covariance this is exactly the PDAF
 * update {@code x + K nu}, {@code beta0 P + (1 - beta0) P_c + K (sum beta_j nu_j nu_j^T - nu nu^T) K^T}.
 *
 * <p>Track management is that of {@link MultiTargetTracker}: a confirmed track counts a hit in a scan where any
 * detection fell in its gate (Stone Soup's JPDA updates such a track) and is deleted by {@link MissDeleter}. As in
 * Stone Soup, only the detections in no confirmed track's gate go on: tentative tracks take them by global nearest
 * neighbour (gate {@link TrackerConfig#gateChiSquare()}), M-of-N confirmation applies, and each detection left over
 * starts a tentative track ({@link SinglePointInitiator}). Misses are counted per sensor as in
 * {@link MultiTargetTracker}.
 *
 * <p>Track ids are issued from 1 upwards and never reused. Confined to one thread; {@link #tracks()} returns an
 * immutable snapshot.
 */
public final class JpdaTracker implements Tracker {
    /** Clusters with more confirmed tracks than this use per-track PDA. */
    public static final int MAX_EXACT_TRACKS = 10;
    /** Chi-square (3 degrees of freedom, ~97 %) under which two confirmed tracks count as one target. */
    static final double COALESCED_CHI2 = 9.0;

    private static final int N = FixedKalman.N;
    /** (2 pi)^(-3/2), the Gaussian normalisation in three dimensions. */
    private static final double GAUSS_3D = Math.pow(2 * Math.PI, -1.5);

    private final JpdaConfig config;
    private final double gamma;
    private final GnnAssociator tentativeAssociator;
    private final SinglePointInitiator initiator;
    private final MOfNConfirmation confirmation;
    private final MissDeleter deleter;
    private final FixedKalman kalman = new FixedKalman();

    private final List<LiveTrack> live = new ArrayList<>();
    private long nextId = 1;
    private Optional<SimTime> lastScan = Optional.empty();
    private List<Track> snapshot = List.of();
    private double cachedDtS = Double.NaN;
    private final double[] transition = new double[N * N];
    private final double[] processNoise = new double[N * N];

    public JpdaTracker(JpdaConfig config) {
        TrackerConfig base = config.base();
        this.config = config;
        this.gamma = config.gateChiSquare();
        this.tentativeAssociator = new GnnAssociator(new EllipsoidalGate(base.gateChiSquare()), Gating.INDEXED);
        this.initiator = new SinglePointInitiator(base.maxSpeedMps());
        this.confirmation = new MOfNConfirmation(base.confirmHits(), base.confirmWindowScans());
        this.deleter = new MissDeleter(base.maxConsecutiveMisses(), base.maxPositionSigmaM());
    }

    public JpdaConfig config() {
        return config;
    }

    /**
     * Processes one scan; the detections are treated as taken at {@code time}.
     *
     * @throws SteeldomeException {@link TrackingError#OUT_OF_SEQUENCE_SCAN} if {@code time} is before the last scan,
     *     {@link TrackingError#INVALID_DETECTION} for a non-finite position or a covariance that is not positive
     *     definite
     */
    @Override
    public List<Track> process(SimTime time, List<Detection> detections) {
        return run(time, ScanIntake.sensorsOf(detections), detections);
    }

    /** Processes one scan of sensor {@code sensorId}, which may be empty; every detection must come from it. */
    public List<Track> process(SimTime time, String sensorId, List<Detection> detections) {
        return run(time, ScanIntake.singleSensor(sensorId, detections), detections);
    }

    @Override
    public List<Track> tracks() {
        return snapshot;
    }

    private List<Track> run(SimTime time, Set<String> scanSensors, List<Detection> detections) {
        ScanIntake.requireInSequence(lastScan, time);
        int nd = detections.size();
        double[] z = new double[3 * nd];
        double[] r = new double[9 * nd];
        ScanIntake.flatten(detections, z, r);
        lastScan = Optional.of(time);
        for (LiveTrack t : live) {
            loadModel(time.secondsSince(t.stateTime));
            kalman.predict(t.x, t.p, transition, processNoise, t.xPredicted, t.pPredicted);
        }

        boolean[] gatedByConfirmed = new boolean[nd];
        boolean[] hit = new boolean[live.size()];
        updateConfirmed(detections, z, r, gatedByConfirmed, hit);

        int[] detectionOfTrack = new int[live.size()];
        Arrays.fill(detectionOfTrack, -1);
        boolean[] used = gatedByConfirmed.clone();
        associateTentative(z, r, detectionOfTrack, used);

        List<LiveTrack> survivors = new ArrayList<>(live.size());
        double[] zi = new double[3];
        double[] ri = new double[9];
        for (int i = 0; i < live.size(); i++) {
            LiveTrack t = live.get(i);
            if (detectionOfTrack[i] >= 0) {
                int di = detectionOfTrack[i];
                System.arraycopy(z, 3 * di, zi, 0, 3);
                System.arraycopy(r, 9 * di, ri, 0, 9);
                kalman.update(t.xPredicted, t.pPredicted, zi, ri, t.x, t.p);
                t.sensors.add(detections.get(di).sensorId());
                hit[i] = true;
            } else if (t.status == TrackStatus.TENTATIVE || !hit[i]) {
                t.coast(); // confirmed tracks with gated detections were updated by updateConfirmed
            }
            if (hit[i]) {
                t.hits++;
                t.consecutiveMisses = 0;
                t.lastUpdate = time;
            } else if (scanSensors.isEmpty() || scanSensors.stream().anyMatch(t.sensors::contains)) {
                t.misses++;
                t.consecutiveMisses++;
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
        for (int d = 0; d < nd; d++) {
            if (!used[d]) {
                Detection det = detections.get(d);
                LiveTrack t = new LiveTrack(new TrackId(nextId++), initiator.initiate(det, time));
                t.sensors.add(det.sensorId());
                t.status = confirmation.isConfirmed(t.hits) ? TrackStatus.CONFIRMED : TrackStatus.TENTATIVE;
                t.publish();
                survivors.add(t);
            }
        }
        live.clear();
        live.addAll(dropCoalesced(survivors));
        List<Track> tracks = new ArrayList<>(live.size());
        for (LiveTrack t : live) {
            tracks.add(t.published);
        }
        snapshot = List.copyOf(tracks);
        return snapshot;
    }

    /**
     * JPDA over the confirmed tracks: gates, clusters, marginals and the mixture update into {@code x}/{@code p} of
     * every confirmed track that gated at least one detection (marked in {@code hit}).
     */
    private void updateConfirmed(
            List<Detection> detections, double[] z, double[] r, boolean[] gatedByConfirmed, boolean[] hit) {
        int nd = detections.size();
        List<Integer> confirmed = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            if (live.get(i).status == TrackStatus.CONFIRMED) {
                confirmed.add(i);
            }
        }
        if (confirmed.isEmpty() || nd == 0) {
            return;
        }
        double[] xs = new double[nd];
        double[] ys = new double[nd];
        double maxVarX = 0;
        double maxVarY = 0;
        for (int d = 0; d < nd; d++) {
            xs[d] = z[3 * d];
            ys[d] = z[3 * d + 1];
            maxVarX = Math.max(maxVarX, r[9 * d]);
            maxVarY = Math.max(maxVarY, r[9 * d + 4]);
        }
        GridIndex grid = GridIndex.of(xs, ys);
        int[] candidates = new int[nd];
        double pd = config.detectionProbability();
        double missWeight = config.clutterDensityPerM3() * (1 - pd * config.gateProbability());
        // gated pairs, per confirmed track (position k in `confirmed`)
        int nc = confirmed.size();
        List<int[]> gatedDetections = new ArrayList<>(nc);
        List<double[]> gatedWeights = new ArrayList<>(nc);
        int[] parent = new int[nc];
        int[] firstTrackOf = new int[nd];
        Arrays.fill(firstTrackOf, -1);
        for (int k = 0; k < nc; k++) {
            parent[k] = k;
            LiveTrack t = live.get(confirmed.get(k));
            double[] x = t.xPredicted;
            double[] p = t.pPredicted;
            double hx = Math.sqrt(gamma * (p[0] + maxVarX));
            double hy = Math.sqrt(gamma * (p[N + 1] + maxVarY));
            int count = grid.query(x[0] - hx, x[0] + hx, x[1] - hy, x[1] + hy, candidates);
            Arrays.sort(candidates, 0, count);
            int[] ds = new int[count];
            double[] ws = new double[count];
            int g = 0;
            for (int c = 0; c < count; c++) {
                int d = candidates[c];
                int o = 9 * d;
                double cost = FixedKalman.gatedCost(
                        z[3 * d] - x[0],
                        z[3 * d + 1] - x[1],
                        z[3 * d + 2] - x[2],
                        p[0] + r[o],
                        0.5 * ((p[1] + r[o + 1]) + (p[N] + r[o + 3])),
                        0.5 * ((p[2] + r[o + 2]) + (p[2 * N] + r[o + 6])),
                        p[N + 1] + r[o + 4],
                        0.5 * ((p[N + 2] + r[o + 5]) + (p[2 * N + 1] + r[o + 7])),
                        p[2 * N + 2] + r[o + 8],
                        gamma);
                if (cost < Double.POSITIVE_INFINITY) {
                    ds[g] = d;
                    ws[g] = pd * GAUSS_3D * Math.exp(-0.5 * cost);
                    g++;
                    gatedByConfirmed[d] = true;
                    if (firstTrackOf[d] < 0) {
                        firstTrackOf[d] = k;
                    } else {
                        union(parent, firstTrackOf[d], k);
                    }
                }
            }
            gatedDetections.add(Arrays.copyOf(ds, g));
            gatedWeights.add(Arrays.copyOf(ws, g));
        }
        // clusters: tracks by root, in order of first appearance
        int[] clusterOfRoot = new int[nc];
        Arrays.fill(clusterOfRoot, -1);
        List<List<Integer>> clusters = new ArrayList<>();
        for (int k = 0; k < nc; k++) {
            if (gatedDetections.get(k).length == 0) {
                continue; // a plain miss, coasted by the caller
            }
            int root = find(parent, k);
            if (clusterOfRoot[root] < 0) {
                clusterOfRoot[root] = clusters.size();
                clusters.add(new ArrayList<>());
            }
            clusters.get(clusterOfRoot[root]).add(k);
        }
        int[] localOf = new int[nd];
        Arrays.fill(localOf, -1);
        for (List<Integer> cluster : clusters) {
            List<Integer> clusterDetections = new ArrayList<>();
            for (int k : cluster) {
                for (int d : gatedDetections.get(k)) {
                    if (localOf[d] < 0) {
                        localOf[d] = clusterDetections.size();
                        clusterDetections.add(d);
                    }
                }
            }
            int m = clusterDetections.size();
            double[][] weight = new double[cluster.size()][m];
            double[] miss = new double[cluster.size()];
            for (int a = 0; a < cluster.size(); a++) {
                int k = cluster.get(a);
                int[] ds = gatedDetections.get(k);
                double[] ws = gatedWeights.get(k);
                for (int g = 0; g < ds.length; g++) {
                    weight[a][localOf[ds[g]]] = ws[g];
                }
                miss[a] = missWeight;
            }
            double[][] beta = cluster.size() <= MAX_EXACT_TRACKS
                    ? JpdaMarginals.exact(weight, miss, JpdaConfig.MAX_EXACT_EVENTS)
                            .orElseGet(() -> JpdaMarginals.perTrack(weight, miss))
                    : JpdaMarginals.perTrack(weight, miss);
            for (int a = 0; a < cluster.size(); a++) {
                int i = confirmed.get(cluster.get(a));
                LiveTrack t = live.get(i);
                int[] ds = gatedDetections.get(cluster.get(a));
                double[] b = new double[ds.length + 1];
                b[0] = beta[a][0];
                for (int g = 0; g < ds.length; g++) {
                    b[g + 1] = beta[a][1 + localOf[ds[g]]];
                    t.sensors.add(detections.get(ds[g]).sensorId());
                }
                mixtureUpdate(t, ds, b, z, r);
                hit[i] = true;
            }
            for (int d : clusterDetections) {
                localOf[d] = -1;
            }
        }
    }

    /**
     * Moment-matched mixture of the prediction (weight {@code beta[0]}) and the Kalman updates on detections
     * {@code ds} (weights {@code beta[1..]}), into the track's {@code x} and {@code p}.
     */
    private void mixtureUpdate(LiveTrack t, int[] ds, double[] beta, double[] z, double[] r) {
        int h = ds.length + 1;
        double[][] xs = new double[h][];
        double[][] ps = new double[h][];
        xs[0] = t.xPredicted;
        ps[0] = t.pPredicted;
        double[] zi = new double[3];
        double[] ri = new double[9];
        for (int g = 1; g < h; g++) {
            System.arraycopy(z, 3 * ds[g - 1], zi, 0, 3);
            System.arraycopy(r, 9 * ds[g - 1], ri, 0, 9);
            xs[g] = new double[N];
            ps[g] = new double[N * N];
            kalman.update(t.xPredicted, t.pPredicted, zi, ri, xs[g], ps[g]);
        }
        double[] mean = new double[N];
        for (int g = 0; g < h; g++) {
            for (int i = 0; i < N; i++) {
                mean[i] += beta[g] * xs[g][i];
            }
        }
        double[] cov = new double[N * N];
        double[] dev = new double[N];
        for (int g = 0; g < h; g++) {
            for (int i = 0; i < N; i++) {
                dev[i] = xs[g][i] - mean[i];
            }
            for (int i = 0; i < N; i++) {
                for (int j = i; j < N; j++) {
                    cov[i * N + j] += beta[g] * (0.5 * (ps[g][i * N + j] + ps[g][j * N + i]) + dev[i] * dev[j]);
                }
            }
        }
        for (int i = 0; i < N; i++) {
            t.x[i] = mean[i];
            for (int j = i; j < N; j++) {
                t.p[i * N + j] = cov[i * N + j];
                t.p[j * N + i] = cov[i * N + j];
            }
        }
    }

    /** Global nearest neighbour of the tentative tracks with the detections not yet {@code used}; marks its picks. */
    private void associateTentative(double[] z, double[] r, int[] detectionOfTrack, boolean[] used) {
        int[] trackIdx = new int[live.size()];
        int nt = 0;
        for (int i = 0; i < live.size(); i++) {
            if (live.get(i).status == TrackStatus.TENTATIVE) {
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
        double[] freeZ = new double[3 * nd];
        double[] freeR = new double[9 * nd];
        for (int k = 0; k < nd; k++) {
            System.arraycopy(z, 3 * detIdx[k], freeZ, 3 * k, 3);
            System.arraycopy(r, 9 * detIdx[k], freeR, 9 * k, 9);
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
        int[] assigned = tentativeAssociator.assign(positions, covariances, freeZ, freeR);
        for (int k = 0; k < nt; k++) {
            if (assigned[k] >= 0) {
                int d = detIdx[assigned[k]];
                detectionOfTrack[trackIdx[k]] = d;
                used[d] = true;
            }
        }
    }

    private static int find(int[] parent, int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private void loadModel(double dtS) {
        if (dtS == cachedDtS) {
            return;
        }
        flatten(config.base().motionModel().transition(dtS), transition);
        flatten(config.base().motionModel().processNoise(dtS), processNoise);
        cachedDtS = dtS;
    }

    private static void flatten(RealMatrix m, double[] out) {
        int n = m.getRowDimension();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = m.getEntry(i, j);
            }
        }
    }

    private boolean tentativeFailed(LiveTrack t) {
        int k = config.base().tentativeMaxConsecutiveMisses();
        return k > 0 ? t.consecutiveMisses >= k : confirmation.hasFailed(t.hits, t.misses);
    }

    /**
     * JPDA lets two confirmed tracks share the same detections, so a duplicate born on one target never dies: both
     * follow it for ever (track coalescence). Of two confirmed tracks whose positions and velocities agree within
     * their joint uncertainty ({@value #COALESCED_CHI2} on each 3-D block, about 97 %), the younger is dropped.
     * Crossing targets are kept apart by the velocity test: they pass close with different velocities. Two real
     * targets flying in formation closer than the measurement noise are merged: they cannot be told apart anyway. On
     * the N50 anchor this took mean GOSPA from 95.5 to 30.5 and ID switches from 26 to 1.
     */
    private static List<LiveTrack> dropCoalesced(List<LiveTrack> tracks) {
        boolean[] drop = new boolean[tracks.size()];
        for (int i = 0; i < tracks.size(); i++) {
            LiveTrack a = tracks.get(i);
            if (a.status != TrackStatus.CONFIRMED || drop[i]) {
                continue;
            }
            for (int j = i + 1; j < tracks.size(); j++) {
                LiveTrack b = tracks.get(j);
                if (b.status == TrackStatus.CONFIRMED
                        && !drop[j]
                        && blockDistanceSq(a, b, 0) <= COALESCED_CHI2
                        && blockDistanceSq(a, b, 3) <= COALESCED_CHI2) {
                    drop[a.id.compareTo(b.id) < 0 ? j : i] = true;
                }
            }
        }
        List<LiveTrack> kept = new ArrayList<>(tracks.size());
        for (int i = 0; i < tracks.size(); i++) {
            if (!drop[i]) {
                kept.add(tracks.get(i));
            }
        }
        return kept;
    }

    /** Squared Mahalanobis distance between two tracks' 3-D blocks starting at {@code off}, under P_a + P_b. */
    private static double blockDistanceSq(LiveTrack a, LiveTrack b, int off) {
        double[] d = new double[3];
        double[] s = new double[9];
        for (int r = 0; r < 3; r++) {
            d[r] = a.x[off + r] - b.x[off + r];
            for (int c = 0; c < 3; c++) {
                s[r * 3 + c] = a.p[(off + r) * N + off + c] + b.p[(off + r) * N + off + c];
            }
            if (d[r] * d[r] > COALESCED_CHI2 * s[r * 3 + r]) {
                return Double.POSITIVE_INFINITY; // the box test: one axis alone is too far
            }
        }
        // d^T S^-1 d through the Cholesky factor of the 3x3 S (never an explicit inverse)
        double l00 = Math.sqrt(s[0]);
        double l10 = s[3] / l00;
        double l20 = s[6] / l00;
        double l11 = Math.sqrt(s[4] - l10 * l10);
        double l21 = (s[7] - l20 * l10) / l11;
        double l22 = Math.sqrt(s[8] - l20 * l20 - l21 * l21);
        double y0 = d[0] / l00;
        double y1 = (d[1] - l10 * y0) / l11;
        double y2 = (d[2] - l20 * y0 - l21 * y1) / l22;
        double q = y0 * y0 + y1 * y1 + y2 * y2;
        return Double.isFinite(q) ? q : Double.POSITIVE_INFINITY;
    }

    /** Mutable bookkeeping of one live track; never leaves this class. */
    private static final class LiveTrack {
        final TrackId id;
        final Set<String> sensors = new HashSet<>();
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

        Track publish() {
            double[][] cov = new double[N][N];
            for (int i = 0; i < N; i++) {
                System.arraycopy(p, i * N, cov[i], 0, N);
            }
            GaussianState state =
                    GaussianState.of(stateTime, new ArrayRealVector(x, false), new Array2DRowRealMatrix(cov, false));
            published = new Track(id, state, status, lastUpdate, hits, consecutiveMisses);
            return published;
        }
    }
}
