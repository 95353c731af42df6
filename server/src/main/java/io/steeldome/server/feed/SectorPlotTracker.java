package io.steeldome.server.feed;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.associate.Gating;
import io.steeldome.tracking.associate.GnnAssociator;
import io.steeldome.tracking.delete.MissDeleter;
import io.steeldome.tracking.gate.EllipsoidalGate;
import io.steeldome.tracking.initiate.MOfNConfirmation;
import io.steeldome.tracking.initiate.SinglePointInitiator;
import io.steeldome.tracking.kernel.FixedKalman;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.tracker.Detection;
import io.steeldome.tracking.tracker.Track;
import io.steeldome.tracking.tracker.TrackId;
import io.steeldome.tracking.tracker.TrackStatus;
import io.steeldome.tracking.tracker.TrackerConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.RealMatrix;

/**
 * The plot tracker of one rotating radar, run sector by sector, in the radar's own ENU frame (the antenna at the
 * origin, so a position's azimuth is the antenna's). Track management is that of the tracking module's
 * {@code MultiTargetTracker}, built from the same parts (the allocation-free {@link FixedKalman}, {@link GnnAssociator}
 * with confirmed tracks first and tentative ones on the leftovers, {@link SinglePointInitiator},
 * {@link MOfNConfirmation}, {@link MissDeleter}), with two differences a sectored radar needs:
 *
 * <ul>
 *   <li>Misses are charged per sector: a batch is the plots of one {@link Sweep} (the azimuth interval the antenna
 *       swept), and only tracks whose predicted position lies inside it take a miss. That tracker charges a miss to
 *       every track of the scanning sensor, which per sector would be 31 misses per revolution at 32 sectors. A track
 *       hit in the previous batch takes none either (a target on a sector boundary is reported in one or the other).
 *   <li>Each plot keeps its own time: a track is predicted to the time of the batch plot nearest to it in azimuth for
 *       association, and to its plot's time for the update, so a whole-revolution batch (a radar without CAT034) is
 *       not smeared over the revolution's duration.
 * </ul>
 *
 * Only tracks within their gate of the sweep are predicted at all, so the cost of a batch grows with the tracks and
 * plots of that sector, not with the whole picture. The duplicate rule of {@link TrackerConfig#duplicates()} is not
 * applied. Track numbers are issued from 1 and never reused. Confined to one thread.
 */
final class SectorPlotTracker {
    private static final int N = FixedKalman.N;
    private static final double TWO_PI = 2 * Math.PI;
    /** Extra azimuth around a sweep within which a track may still take one of its plots. */
    private static final double MARGIN_RAD = Math.toRadians(3);

    private static final int BINS = 360;
    /** Azimuth a binned track may have moved since it was last examined (at least once per revolution). */
    private static final double DRIFT_RAD = Math.toRadians(6);
    /** Closer than this, or with a wider azimuth margin than the drift allowance, a track goes to the always bin. */
    private static final double NEAR_M = 30_000;

    private static final int MAX_CACHED_TRANSITIONS = 16_384;

    /** One plot of a batch: the detection in the radar's ENU frame (its time its own) and its measured azimuth. */
    record SectorPlot(Detection detection, double azimuthRad) {}

    /**
     * The azimuth interval a batch covers, clockwise from {@code fromRad} (inclusive) to {@code toRad} (exclusive),
     * both in [0, 2 pi]; or the whole circle; or nothing known (no track takes a miss).
     */
    record Sweep(double fromRad, double toRad, Kind kind) {
        enum Kind {
            INTERVAL,
            FULL,
            UNKNOWN
        }

        static final Sweep FULL = new Sweep(0, TWO_PI, Kind.FULL);
        static final Sweep UNKNOWN = new Sweep(0, 0, Kind.UNKNOWN);

        static Sweep between(double fromRad, double toRad) {
            return new Sweep(normalise(fromRad), toRad == TWO_PI ? TWO_PI : normalise(toRad), Kind.INTERVAL);
        }

        boolean contains(double azRad) {
            return switch (kind) {
                case FULL -> true;
                case UNKNOWN -> false;
                case INTERVAL -> clockwise(fromRad, azRad) < clockwise(fromRad, toRad) || toRad - fromRad == TWO_PI;
            };
        }

        /** Angular distance from {@code azRad} to the interval, 0 inside. */
        double distance(double azRad) {
            if (kind != Kind.INTERVAL || contains(azRad)) {
                return 0;
            }
            return Math.min(clockwise(azRad, fromRad), clockwise(toRad, azRad));
        }
    }

    /** A confirmed track's state after a batch; {@code x} is [e, n, u, ve, vn, vu], {@code p} its 6x6 covariance. */
    record Snapshot(long number, long timeNanos, double[] x, double[] p, int hits, int consecutiveMisses) {}

    /**
     * What a batch changed: confirmed tracks that were updated, coasted or confirmed (by number), and confirmed tracks
     * deleted.
     */
    record Result(List<Snapshot> changed, List<Long> deleted) {}

    private final TrackerConfig config;
    private final GnnAssociator associator;
    private final SinglePointInitiator initiator;
    private final MOfNConfirmation confirmation;
    private final MissDeleter deleter;
    private final FixedKalman kalman = new FixedKalman();
    private final List<PlotTrack> tracks = new ArrayList<>();
    /**
     * Tracks by the whole degree of their azimuth when last examined, so that a batch examines only the tracks near
     * its sweep; the extra last bin holds tracks whose azimuth can move fast (close to the antenna, or wide).
     */
    @SuppressWarnings("unchecked")
    private final List<PlotTrack>[] bins = new List[BINS + 1];

    private final Map<Long, double[][]> transitions = new HashMap<>();
    private long nextNumber = 1;
    private long batch;

    SectorPlotTracker(TrackerConfig config) {
        this.config = config;
        this.associator = new GnnAssociator(new EllipsoidalGate(config.gateChiSquare()), Gating.INDEXED);
        this.initiator = new SinglePointInitiator(config.maxSpeedMps());
        this.confirmation = new MOfNConfirmation(config.confirmHits(), config.confirmWindowScans());
        this.deleter = new MissDeleter(config.maxConsecutiveMisses(), config.maxPositionSigmaM());
        for (int i = 0; i <= BINS; i++) {
            bins[i] = new ArrayList<>();
        }
    }

    /** Live tracks, tentative ones included, by number; for tests. */
    List<Track> tracks() {
        List<Track> out = new ArrayList<>(tracks.size());
        for (PlotTrack t : tracks) {
            out.add(t.asTrack());
        }
        return out;
    }

    /**
     * Runs one batch.
     *
     * @param referenceNanos when the sweep ended (epoch nanoseconds); tracks are placed in or out of the sweep at this
     *     time
     */
    Result process(long referenceNanos, Sweep sweep, List<SectorPlot> batchPlots) {
        batch++;
        List<SectorPlot> plots = new ArrayList<>(batchPlots);
        plots.sort(Comparator.comparingDouble(SectorPlot::azimuthRad));
        double[] plotAz = new double[plots.size()];
        double[] z = new double[3 * plots.size()];
        double[] r = new double[9 * plots.size()];
        for (int d = 0; d < plots.size(); d++) {
            Detection det = plots.get(d).detection();
            plotAz[d] = normalise(plots.get(d).azimuthRad());
            z[3 * d] = det.eastM();
            z[3 * d + 1] = det.northM();
            z[3 * d + 2] = det.upM();
            double[][] c = det.covarianceM2();
            for (int i = 0; i < 3; i++) {
                System.arraycopy(c[i], 0, r, 9 * d + 3 * i, 3);
            }
        }

        // Candidates: tracks near enough to the sweep to take one of its plots or a miss; the rest are untouched.
        List<PlotTrack> examined = examined(sweep);
        List<PlotTrack> candidates = new ArrayList<>();
        for (PlotTrack t : examined) {
            double dtS = Math.max(0, (referenceNanos - t.timeNanos) * 1e-9);
            double e = t.x[0] + t.x[3] * dtS;
            double n = t.x[1] + t.x[4] * dtS;
            t.referenceAz = normalise(Math.atan2(e, n));
            if (sweep.kind() != Sweep.Kind.INTERVAL || sweep.distance(t.referenceAz) <= margin(t, e, n)) {
                long at = plots.isEmpty() ? referenceNanos : plotTimeNearest(plots, plotAz, t.referenceAz);
                predict(t, Math.max(at, t.timeNanos));
                t.assigned = -1;
                candidates.add(t);
            }
        }
        boolean[] used = new boolean[plots.size()];
        associate(candidates, TrackStatus.CONFIRMED, z, r, used);
        associate(candidates, TrackStatus.TENTATIVE, z, r, used);

        List<Snapshot> changed = new ArrayList<>();
        List<Long> deleted = new ArrayList<>();
        List<PlotTrack> gone = new ArrayList<>();
        for (PlotTrack t : candidates) {
            boolean touched = false;
            if (t.assigned >= 0) {
                Detection d = plots.get(t.assigned).detection();
                if (update(t, d, z, r, t.assigned)) {
                    t.hits++;
                    t.consecutiveMisses = 0;
                    t.lastHitBatch = batch;
                    touched = true;
                }
            } else if (sweep.contains(t.referenceAz)
                    && (sweep.kind() == Sweep.Kind.FULL || t.lastHitBatch < batch - 1)) {
                // Coast: the prediction becomes the state, and its growing covariance counts towards deletion too.
                System.arraycopy(t.xp, 0, t.x, 0, N);
                System.arraycopy(t.pp, 0, t.p, 0, N * N);
                t.timeNanos = t.predictedNanos;
                t.misses++;
                t.consecutiveMisses++;
                touched = true;
            }
            if (!touched) {
                continue;
            }
            if (t.status == TrackStatus.TENTATIVE) {
                if (confirmation.isConfirmed(t.hits)) {
                    t.status = TrackStatus.CONFIRMED;
                } else {
                    if (tentativeFailed(t)) {
                        gone.add(t);
                    }
                    continue;
                }
            } else if (t.consecutiveMisses > 0 && deleter.shouldDelete(t.asTrack())) {
                // (after a hit nothing can trigger it: no misses, and the update only shrinks the covariance)
                gone.add(t);
                deleted.add(t.number);
                continue;
            }
            changed.add(t.snapshot());
        }
        for (PlotTrack t : gone) {
            t.deleted = true;
            bins[t.bin].remove(t);
        }
        if (!gone.isEmpty()) {
            tracks.removeIf(t -> t.deleted);
        }
        for (PlotTrack t : examined) {
            if (!t.deleted) {
                bin(t);
            }
        }
        for (int d = 0; d < plots.size(); d++) {
            if (!used[d]) {
                Detection det = plots.get(d).detection();
                PlotTrack t = new PlotTrack(nextNumber++, initiator.initiate(det, det.time()));
                t.lastHitBatch = batch;
                tracks.add(t);
                bin(t);
                if (confirmation.isConfirmed(t.hits)) {
                    t.status = TrackStatus.CONFIRMED;
                    changed.add(t.snapshot());
                }
            }
        }
        return new Result(changed, deleted);
    }

    /** The tracks whose bins lie within the sweep widened by the margin and drift allowances (all for a circle). */
    private List<PlotTrack> examined(Sweep sweep) {
        if (sweep.kind() != Sweep.Kind.INTERVAL) {
            return new ArrayList<>(tracks);
        }
        List<PlotTrack> out = new ArrayList<>(bins[BINS]);
        double widthRad = clockwise(sweep.fromRad(), sweep.toRad());
        if (sweep.toRad() - sweep.fromRad() == TWO_PI) {
            widthRad = TWO_PI;
        }
        double slack = MARGIN_RAD + DRIFT_RAD;
        int first = (int) Math.floor(Math.toDegrees(sweep.fromRad() - slack));
        int count = (int) Math.ceil(Math.toDegrees(widthRad + 2 * slack)) + 1;
        for (int i = 0; i < Math.min(count, BINS); i++) {
            out.addAll(bins[Math.floorMod(first + i, BINS)]);
        }
        return out;
    }

    /** Azimuth within which a track may still take a plot of a sweep. */
    private static double margin(PlotTrack t, double e, double n) {
        double rangeM = Math.max(Math.hypot(e, n), 1);
        double sigmaM = Math.sqrt(t.p[0] + t.p[7]);
        return MARGIN_RAD + Math.min(Math.PI, 4 * sigmaM / rangeM);
    }

    /** Files a track under the azimuth of its current position. */
    private void bin(PlotTrack t) {
        double e = t.x[0];
        double n = t.x[1];
        int b;
        if (Math.hypot(e, n) < NEAR_M || margin(t, e, n) > MARGIN_RAD + DRIFT_RAD / 2) {
            b = BINS;
        } else {
            b = Math.min(BINS - 1, (int) Math.toDegrees(normalise(Math.atan2(e, n))));
        }
        if (b != t.bin) {
            if (t.bin >= 0) {
                bins[t.bin].remove(t);
            }
            bins[b].add(t);
            t.bin = b;
        }
    }

    private boolean tentativeFailed(PlotTrack t) {
        int k = config.tentativeMaxConsecutiveMisses();
        return k > 0 ? t.consecutiveMisses >= k : confirmation.hasFailed(t.hits, t.misses);
    }

    /** GNN of the candidates of {@code status} against the plots not yet {@code used}. */
    private void associate(List<PlotTrack> candidates, TrackStatus status, double[] z, double[] r, boolean[] used) {
        List<PlotTrack> stage = new ArrayList<>();
        for (PlotTrack t : candidates) {
            if (t.status == status) {
                stage.add(t);
            }
        }
        int free = 0;
        for (boolean u : used) {
            free += u ? 0 : 1;
        }
        if (stage.isEmpty() || free == 0) {
            return;
        }
        int[] plotIndex = new int[free];
        double[] fz = new double[3 * free];
        double[] fr = new double[9 * free];
        for (int d = 0, k = 0; d < used.length; d++) {
            if (!used[d]) {
                plotIndex[k] = d;
                System.arraycopy(z, 3 * d, fz, 3 * k, 3);
                System.arraycopy(r, 9 * d, fr, 9 * k, 9);
                k++;
            }
        }
        double[] positions = new double[3 * stage.size()];
        double[] covariances = new double[9 * stage.size()];
        for (int i = 0; i < stage.size(); i++) {
            PlotTrack t = stage.get(i);
            System.arraycopy(t.xp, 0, positions, 3 * i, 3);
            for (int a = 0; a < 3; a++) {
                System.arraycopy(t.pp, a * N, covariances, 9 * i + 3 * a, 3);
            }
        }
        int[] assigned = associator.assign(positions, covariances, fz, fr);
        for (int i = 0; i < stage.size(); i++) {
            if (assigned[i] >= 0) {
                int d = plotIndex[assigned[i]];
                stage.get(i).assigned = d;
                used[d] = true;
            }
        }
    }

    /** Predicts {@code t} from its state to {@code atNanos} into its prediction buffers. */
    private void predict(PlotTrack t, long atNanos) {
        double[][] fq = transition(atNanos - t.timeNanos);
        kalman.predict(t.x, t.p, fq[0], fq[1], t.xp, t.pp);
        t.predictedNanos = atNanos;
    }

    /**
     * F and Q (row-major) over {@code dtNanos}, cached: ASTERIX times of day come in 1/128 s, so a radar's intervals
     * repeat, and building the matrices was the tracker's largest cost.
     */
    private double[][] transition(long dtNanos) {
        double[][] fq = transitions.get(dtNanos);
        if (fq == null) {
            if (transitions.size() >= MAX_CACHED_TRANSITIONS) {
                transitions.clear();
            }
            double dtS = dtNanos * 1e-9;
            fq = new double[][] {new double[N * N], new double[N * N]};
            flatten(config.motionModel().transition(dtS), fq[0]);
            flatten(config.motionModel().processNoise(dtS), fq[1]);
            transitions.put(dtNanos, fq);
        }
        return fq;
    }

    /** Updates {@code t} with plot {@code d}, predicted to the plot's own time; false if the update is singular. */
    private boolean update(PlotTrack t, Detection det, double[] z, double[] r, int d) {
        long at = Math.max(det.time().nanos(), t.timeNanos);
        if (at != t.predictedNanos) {
            predict(t, at);
        }
        double[] zd = Arrays.copyOfRange(z, 3 * d, 3 * d + 3);
        double[] rd = Arrays.copyOfRange(r, 9 * d, 9 * d + 9);
        double[] x = new double[N];
        double[] p = new double[N * N];
        try {
            kalman.update(t.xp, t.pp, zd, rd, x, p);
        } catch (SteeldomeException e) { // innovation covariance not positive definite: treat the plot as unusable
            return false;
        }
        t.x = x;
        t.p = p;
        t.timeNanos = at;
        return true;
    }

    private static long plotTimeNearest(List<SectorPlot> plots, double[] plotAz, double az) {
        int i = Arrays.binarySearch(plotAz, az);
        int hi = i >= 0 ? i : -i - 1;
        int a = Math.floorMod(hi - 1, plotAz.length);
        int b = hi % plotAz.length;
        int best = angle(plotAz[a], az) <= angle(plotAz[b], az) ? a : b;
        return plots.get(best).detection().time().nanos();
    }

    private static void flatten(RealMatrix m, double[] out) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                out[i * N + j] = m.getEntry(i, j);
            }
        }
    }

    static double normalise(double azRad) {
        double a = azRad % TWO_PI;
        return a < 0 ? a + TWO_PI : a;
    }

    /** Clockwise angle from {@code from} to {@code to}, in [0, 2 pi). */
    private static double clockwise(double from, double to) {
        return normalise(to - from);
    }

    /** Smallest angle between two azimuths. */
    private static double angle(double a, double b) {
        double d = clockwise(a, b);
        return Math.min(d, TWO_PI - d);
    }

    /** Mutable state of one track; never leaves this class except as a {@link Snapshot} or {@link Track}. */
    private static final class PlotTrack {
        final long number;
        double[] x = new double[N];
        double[] p = new double[N * N];
        final double[] xp = new double[N];
        final double[] pp = new double[N * N];
        long timeNanos;
        long predictedNanos;
        TrackStatus status = TrackStatus.TENTATIVE;
        int hits = 1;
        int misses;
        int consecutiveMisses;
        long lastHitBatch;
        double referenceAz;
        int assigned = -1;
        int bin = -1;
        boolean deleted;

        PlotTrack(long number, GaussianState initial) {
            this.number = number;
            for (int i = 0; i < N; i++) {
                x[i] = initial.meanAt(i);
                for (int j = 0; j < N; j++) {
                    p[i * N + j] = initial.covarianceAt(i, j);
                }
            }
            this.timeNanos = initial.time().nanos();
        }

        Snapshot snapshot() {
            return new Snapshot(number, timeNanos, x.clone(), p.clone(), hits, consecutiveMisses);
        }

        Track asTrack() {
            double[][] cov = new double[N][N];
            for (int i = 0; i < N; i++) {
                System.arraycopy(p, i * N, cov[i], 0, N);
            }
            SimTime t = new SimTime(timeNanos);
            return new Track(new TrackId(number), GaussianState.of(t, x, cov), status, t, hits, consecutiveMisses);
        }
    }
}
