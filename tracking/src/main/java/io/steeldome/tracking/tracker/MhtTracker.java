package io.steeldome.tracking.tracker;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.associate.MhtHypothesisSelection;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.index.GridIndex;
import io.steeldome.tracking.initiate.MOfNConfirmation;
import io.steeldome.tracking.initiate.SinglePointInitiator;
import io.steeldome.tracking.kernel.FixedKalman;
import io.steeldome.tracking.state.GaussianState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;

/**
 * Track-oriented multiple hypothesis tracker with N-scan pruning (Blackman and Popoli, "Design and Analysis of Modern
 * Tracking Systems", 1999, ch. 16).
 *
 * <p><b>Trees and scores.</b> Every detection starts a track tree. A tree's leaves are alternative histories of one
 * target, each a Kalman state with a cumulative log-likelihood ratio against the clutter hypothesis: 0 at birth (a new
 * target taken as likely a priori as clutter), {@code + ln(Pd N(nu; 0, S) / lambda)} per detection, {@code +
 * ln(1 - Pd)} per miss. Each scan every leaf is extended by a miss (unless Pd = 1) and by every detection in its
 * chi-square gate; candidates come from a {@link GridIndex} over the detections, the exact ellipsoid test follows.
 *
 * <p><b>Global hypothesis.</b> The best set of leaves, at most one per tree and no detection of the N-scan window used
 * twice, chosen exactly per cluster by {@link MhtHypothesisSelection}. A tree without a chosen leaf is, in that
 * hypothesis, clutter.
 *
 * <p><b>Pruning</b>, in this order each scan: (1) a leaf dies by the base configuration's miss rules (tentative: after
 * {@code tentativeMaxConsecutiveMisses} misses in a row, or when its M-of-N window can no longer be met; confirmed:
 * after {@code maxConsecutiveMisses} misses in a row or once its position sigma exceeds {@code maxPositionSigmaM});
 * (2) N-scan: after the global hypothesis is chosen, the association of scan k - N is final. A chosen tree keeps only
 * the leaves that agree with its chosen leaf at that scan; in any other tree, leaves that used a detection there which
 * the hypothesis gives to another tree are dropped (so duplicate trees started on a target's detections die after N
 * scans); (3) within a tree, leaves more than {@code pruneLogLikelihoodGap} below its best leaf are dropped, then all
 * but the best {@code maxLeavesPerTree}, except that the chosen leaf always stays. That exception matters when two
 * targets are close: each tree's own best leaves may all take the other target's detections, and without its chosen
 * leaf a tree could lose every hypothesis compatible with its neighbour. Before selection a tree therefore holds at
 * most {@code maxLeavesPerTree + 1} parents' children. A tree without leaves is deleted.
 *
 * <p><b>Output.</b> The chosen leaves, under a track id issued when the tree first enters the best hypothesis and
 * stable afterwards. A track is {@link TrackStatus#CONFIRMED} when its leaf has at least {@code confirmHits}
 * detections and a positive score, {@link TrackStatus#TENTATIVE} otherwise; the status follows the chosen leaf, so a
 * changed decision can make a confirmed track tentative again.
 *
 * <p>Confined to one thread; {@link #tracks()} returns an immutable snapshot.
 */
public final class MhtTracker implements Tracker {
    private static final int N = FixedKalman.N;
    private static final long MISS = -1;
    /** History entry of a scan before the tree existed. */
    private static final long UNBORN = -2;

    private static final double LOG_2PI_3 = 3 * Math.log(2 * Math.PI);

    private final MhtConfig config;
    private final TrackerConfig base;
    private final SinglePointInitiator initiator;
    private final MOfNConfirmation confirmation;
    private final FixedKalman kalman = new FixedKalman();
    private final double missScore;
    private final double logPdOverLambda;

    private final List<TrackTree> trees = new ArrayList<>();
    private long nextId = 1;
    private long scanIndex = -1;
    private Optional<SimTime> lastScan = Optional.empty();
    private List<Track> snapshot = List.of();

    private final double[] transition = new double[N * N];
    private final double[] processNoise = new double[N * N];
    private final double[] xPredicted = new double[N];
    private final double[] pPredicted = new double[N * N];

    public MhtTracker(MhtConfig config) {
        this.config = config;
        this.base = config.base();
        this.initiator = new SinglePointInitiator(base.maxSpeedMps());
        this.confirmation = new MOfNConfirmation(base.confirmHits(), base.confirmWindowScans());
        this.missScore = Math.log1p(-config.detectionProbability());
        this.logPdOverLambda = Math.log(config.detectionProbability()) - Math.log(config.clutterDensityPerM3());
    }

    public MhtConfig config() {
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
        ScanIntake.requireInSequence(lastScan, time);
        ScanIntake.validateAll(detections);
        int nd = detections.size();
        double[] xs = new double[nd];
        double[] ys = new double[nd];
        double[][] z = new double[nd][];
        double[][] r = new double[nd][9];
        double maxVarEast = 0;
        double maxVarNorth = 0;
        for (int d = 0; d < nd; d++) {
            Detection det = detections.get(d);
            xs[d] = det.eastM();
            ys[d] = det.northM();
            z[d] = new double[] {det.eastM(), det.northM(), det.upM()};
            double[][] c = det.covarianceM2();
            for (int i = 0; i < 3; i++) {
                System.arraycopy(c[i], 0, r[d], 3 * i, 3);
            }
            maxVarEast = Math.max(maxVarEast, r[d][0]);
            maxVarNorth = Math.max(maxVarNorth, r[d][4]);
        }
        if (lastScan.isPresent()) {
            double dtS = time.secondsSince(lastScan.get());
            flatten(base.motionModel().transition(dtS), transition);
            flatten(base.motionModel().processNoise(dtS), processNoise);
        }
        lastScan = Optional.of(time);
        scanIndex++;

        GridIndex index = GridIndex.of(xs, ys);
        int[] candidates = new int[nd];
        double gamma = base.gateChiSquare();
        for (TrackTree tree : trees) {
            List<Leaf> children = new ArrayList<>();
            for (Leaf leaf : tree.leaves) {
                kalman.predict(leaf.x, leaf.p, transition, processNoise, xPredicted, pPredicted);
                if (config.detectionProbability() < 1) {
                    Leaf miss = leaf.child(xPredicted.clone(), pPredicted.clone(), leaf.score + missScore, MISS);
                    miss.misses++;
                    miss.consecutiveMisses++;
                    if (survives(miss)) {
                        children.add(miss);
                    }
                }
                double halfEast = Math.sqrt(gamma * (pPredicted[0] + maxVarEast));
                double halfNorth = Math.sqrt(gamma * (pPredicted[N + 1] + maxVarNorth));
                int count = index.query(
                        xPredicted[0] - halfEast,
                        xPredicted[0] + halfEast,
                        xPredicted[1] - halfNorth,
                        xPredicted[1] + halfNorth,
                        candidates);
                for (int k = 0; k < count; k++) {
                    int d = candidates[k];
                    double[] rd = r[d];
                    double cost = FixedKalman.gatedCost(
                            z[d][0] - xPredicted[0],
                            z[d][1] - xPredicted[1],
                            z[d][2] - xPredicted[2],
                            pPredicted[0] + rd[0],
                            0.5 * (pPredicted[1] + rd[1] + pPredicted[N] + rd[3]),
                            0.5 * (pPredicted[2] + rd[2] + pPredicted[2 * N] + rd[6]),
                            pPredicted[N + 1] + rd[4],
                            0.5 * (pPredicted[N + 2] + rd[5] + pPredicted[2 * N + 1] + rd[7]),
                            pPredicted[2 * N + 2] + rd[8],
                            gamma);
                    if (cost == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double[] x = new double[N];
                    double[] p = new double[N * N];
                    kalman.update(xPredicted, pPredicted, z[d], rd, x, p);
                    double score = leaf.score + logPdOverLambda - 0.5 * (cost + LOG_2PI_3);
                    Leaf hit = leaf.child(x, p, score, key(d));
                    hit.hits++;
                    hit.consecutiveMisses = 0;
                    hit.lastUpdate = time;
                    children.add(hit);
                }
            }
            tree.leaves = children;
        }
        trees.removeIf(t -> t.leaves.isEmpty());
        for (int d = 0; d < nd; d++) {
            trees.add(new TrackTree(new Leaf(initiator.initiate(detections.get(d), time), key(d), time)));
        }

        MhtHypothesisSelection best = selectBest();
        Leaf[] chosen = new Leaf[trees.size()];
        for (int t = 0; t < trees.size(); t++) {
            TrackTree tree = trees.get(t);
            chosen[t] = best.leafFor(t).isPresent()
                    ? tree.leaves.get(best.leafFor(t).getAsInt())
                    : null;
        }
        pruneNScan(chosen);
        for (int t = 0; t < trees.size(); t++) {
            trees.get(t).capLeaves(Optional.ofNullable(chosen[t]));
        }

        List<Track> tracks = new ArrayList<>();
        for (int t = 0; t < trees.size(); t++) {
            if (chosen[t] != null) {
                TrackTree tree = trees.get(t);
                if (tree.id.isEmpty()) {
                    tree.id = Optional.of(new TrackId(nextId++));
                }
                tracks.add(chosen[t].toTrack(tree.id.get(), time, status(chosen[t])));
            }
        }
        trees.removeIf(t -> t.leaves.isEmpty());
        snapshot = List.copyOf(tracks);
        return snapshot;
    }

    @Override
    public List<Track> tracks() {
        return snapshot;
    }

    /** Number of live track trees, for diagnostics. */
    public int treeCount() {
        return trees.size();
    }

    /** Number of live leaves over all trees, for diagnostics. */
    public int leafCount() {
        return trees.stream().mapToInt(t -> t.leaves.size()).sum();
    }

    private MhtHypothesisSelection selectBest() {
        double[][] scores = new double[trees.size()][];
        long[][][] keys = new long[trees.size()][][];
        for (int t = 0; t < trees.size(); t++) {
            List<Leaf> leaves = trees.get(t).leaves;
            scores[t] = new double[leaves.size()];
            keys[t] = new long[leaves.size()][];
            for (int l = 0; l < leaves.size(); l++) {
                scores[t][l] = leaves.get(l).score;
                keys[t][l] =
                        Arrays.stream(leaves.get(l).history).filter(k -> k >= 0).toArray();
            }
        }
        return MhtHypothesisSelection.select(scores, keys);
    }

    /** Finalises the association of the oldest scan in the window (history entry 0); {@code chosen} may hold nulls. */
    private void pruneNScan(Leaf[] chosen) {
        Set<Long> committed = new HashSet<>();
        for (Leaf leaf : chosen) {
            if (leaf != null && leaf.history[0] >= 0) {
                committed.add(leaf.history[0]);
            }
        }
        for (int t = 0; t < trees.size(); t++) {
            TrackTree tree = trees.get(t);
            Leaf c = chosen[t];
            if (c != null) {
                tree.leaves.removeIf(l -> l.history[0] != c.history[0]);
            } else {
                tree.leaves.removeIf(l -> l.history[0] >= 0 && committed.contains(l.history[0]));
            }
        }
    }

    private TrackStatus status(Leaf leaf) {
        return leaf.hits >= base.confirmHits() && leaf.score > 0 ? TrackStatus.CONFIRMED : TrackStatus.TENTATIVE;
    }

    /** The base configuration's deletion rules, applied to one leaf after a miss. */
    private boolean survives(Leaf leaf) {
        if (leaf.hits < base.confirmHits()) {
            int k = base.tentativeMaxConsecutiveMisses();
            return k > 0 ? leaf.consecutiveMisses < k : !confirmation.hasFailed(leaf.hits, leaf.misses);
        }
        double positionVarianceM2 = leaf.p[0] + leaf.p[N + 1] + leaf.p[2 * N + 2];
        return leaf.consecutiveMisses < base.maxConsecutiveMisses()
                && positionVarianceM2 <= base.maxPositionSigmaM() * base.maxPositionSigmaM();
    }

    private long key(int detection) {
        return (scanIndex << 32) | detection;
    }

    private static void flatten(RealMatrix m, double[] out) {
        int n = m.getRowDimension();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = m.getEntry(i, j);
            }
        }
    }

    /** One target's alternative histories; never leaves this class. */
    private final class TrackTree {
        List<Leaf> leaves = new ArrayList<>();
        Optional<TrackId> id = Optional.empty();

        TrackTree(Leaf root) {
            leaves.add(root);
        }

        /** Score-gap and leaf-count pruning; the leaf chosen in the best global hypothesis always stays. */
        void capLeaves(Optional<Leaf> chosen) {
            if (leaves.isEmpty()) {
                return;
            }
            leaves.sort(Comparator.comparingDouble((Leaf l) -> l.score).reversed());
            double floor = leaves.get(0).score - config.pruneLogLikelihoodGap();
            int keep = 0;
            while (keep < leaves.size() && keep < config.maxLeavesPerTree() && leaves.get(keep).score >= floor) {
                keep++;
            }
            List<Leaf> kept = new ArrayList<>(leaves.subList(0, keep));
            chosen.filter(c -> !kept.contains(c)).ifPresent(kept::add);
            leaves = kept;
        }
    }

    /** One hypothesis of a tree: state at the last scan, score and the detection history of the N-scan window. */
    private final class Leaf {
        final double[] x;
        final double[] p;
        final double score;
        /** Detection keys (or {@link #MISS} / {@link #UNBORN}) of the last nScan + 1 scans, oldest first. */
        final long[] history;

        int hits;
        int misses;
        int consecutiveMisses;
        SimTime lastUpdate;

        /** A tree's root. */
        Leaf(GaussianState state, long detectionKey, SimTime time) {
            x = new double[N];
            p = new double[N * N];
            for (int i = 0; i < N; i++) {
                x[i] = state.meanAt(i);
                for (int j = 0; j < N; j++) {
                    p[i * N + j] = state.covarianceAt(i, j);
                }
            }
            score = 0;
            history = new long[config.nScan() + 1];
            Arrays.fill(history, UNBORN);
            history[history.length - 1] = detectionKey;
            hits = 1;
            lastUpdate = time;
        }

        private Leaf(double[] x, double[] p, double score, long[] history, Leaf parent) {
            this.x = x;
            this.p = p;
            this.score = score;
            this.history = history;
            this.hits = parent.hits;
            this.misses = parent.misses;
            this.consecutiveMisses = parent.consecutiveMisses;
            this.lastUpdate = parent.lastUpdate;
        }

        /** A child at the next scan with the given state and score, its history shifted by {@code detectionKey}. */
        Leaf child(double[] childX, double[] childP, double childScore, long detectionKey) {
            long[] h = new long[history.length];
            System.arraycopy(history, 1, h, 0, h.length - 1);
            h[h.length - 1] = detectionKey;
            return new Leaf(childX, childP, childScore, h, this);
        }

        Track toTrack(TrackId id, SimTime time, TrackStatus status) {
            double[][] cov = new double[N][N];
            for (int i = 0; i < N; i++) {
                System.arraycopy(p, i * N, cov[i], 0, N);
            }
            GaussianState state =
                    GaussianState.of(time, new ArrayRealVector(x, false), new Array2DRowRealMatrix(cov, false));
            return new Track(id, state, status, lastUpdate, hits, consecutiveMisses);
        }
    }
}
