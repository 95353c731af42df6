package io.steeldome.tracking.metric;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.associate.Assignment;
import io.steeldome.tracking.error.TrackingError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Track-identity metrics: ID switches and track breaks (fragmentations) of estimated tracks against truth.
 *
 * <p><b>Per-scan assignment.</b> At every scan truths and tracks are paired by the optimal GOSPA assignment (alpha =
 * 2, p = 2, as {@link Gospa}): the assignment minimising {@code sum d^2 + c^2 (#unpaired truths + #unpaired
 * tracks) / 2} with {@code d} the Euclidean position distance; pairs at {@code d >= c} are not pairs. Unlike CLEAR-MOT
 * (Bernardin and Stiefelhagen, "Evaluating multiple object tracking performance: the CLEAR MOT metrics", 2008), the
 * previous scan's pairs are not kept in preference: each scan is assigned on its own, so a track that is closer to
 * another truth is paired with that truth.
 *
 * <p><b>Counts</b>, per truth, over the scans at which that truth is present (in scan order):
 *
 * <ul>
 *   <li><b>ID switch</b> (the CLEAR-MOT mismatch): the truth is paired with track {@code j} and the track it was
 *       paired with at its most recent earlier paired scan is not {@code j}. Unpaired scans in between do not reset
 *       that memory, so a truth lost by track 3 and re-acquired by track 3 is no switch, re-acquired by track 5 is one.
 *       Two tracks swapping between two truths therefore count two switches, one per truth.
 *   <li><b>Track break</b> (fragmentation): the truth is paired, then unpaired at one or more scans where it is
 *       present, then paired again; each re-acquisition counts one, whatever the track id. A scan at which the truth
 *       is absent is neither paired nor unpaired.
 *   <li><b>Distinct track ids</b>: how many different tracks were ever paired with the truth (1 is ideal, 0 for a
 *       truth never tracked).
 * </ul>
 *
 * @param cutoffM c: pairs this far apart or farther are not pairs
 */
public record TrackIdentity(double cutoffM) {
    public TrackIdentity {
        Checks.positive("cutoffM", cutoffM, "m");
    }

    /**
     * Identity metrics over a run.
     *
     * @param truthPerScan per scan, the true positions by target id
     * @param tracksPerScan per scan (same length and order), the track positions by track id; all positions of one
     *     dimension
     * @throws SteeldomeException {@link TrackingError#DIMENSION_MISMATCH} for lists of different length or positions
     *     of different dimension, {@link TrackingError#INVALID_COST} for a non-finite position
     */
    public IdentityResult evaluate(
            List<? extends Map<Long, double[]>> truthPerScan, List<? extends Map<Long, double[]>> tracksPerScan) {
        if (truthPerScan.size() != tracksPerScan.size()) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "track scan list", tracksPerScan.size(), truthPerScan.size());
        }
        Map<Long, Tally> tallies = new TreeMap<>();
        for (int s = 0; s < truthPerScan.size(); s++) {
            Map<Long, double[]> truths = truthPerScan.get(s);
            Map<Long, Long> pairs = assign(truths, tracksPerScan.get(s));
            for (Long truthId : truths.keySet()) {
                Long trackId = pairs.get(truthId);
                tallies.computeIfAbsent(truthId, k -> new Tally()).observe(trackId);
            }
        }
        Map<Long, TruthIdentity> perTruth = new TreeMap<>();
        tallies.forEach((id, t) -> perTruth.put(id, t.result()));
        return new IdentityResult(perTruth);
    }

    /**
     * The optimal GOSPA pairs of one scan.
     *
     * @return track id by truth id, for the paired truths only
     * @throws SteeldomeException as {@link #evaluate}
     */
    public Map<Long, Long> assign(Map<Long, double[]> truths, Map<Long, double[]> tracks) {
        // sorted ids make ties resolve the same way whatever the maps' iteration order
        List<Long> truthIds = new ArrayList<>(new TreeMap<>(truths).keySet());
        List<Long> trackIds = new ArrayList<>(new TreeMap<>(tracks).keySet());
        int n = truthIds.size();
        int m = trackIds.size();
        double c2 = cutoffM * cutoffM;
        double[][] cost = new double[n][m];
        double[][] d2 = new double[n][m];
        int dim = -1;
        for (int i = 0; i < n; i++) {
            double[] a = truths.get(truthIds.get(i));
            dim = checkDimension(dim, a, "truth " + truthIds.get(i));
            for (int j = 0; j < m; j++) {
                double[] b = tracks.get(trackIds.get(j));
                dim = checkDimension(dim, b, "track " + trackIds.get(j));
                d2[i][j] = squaredDistance(a, b);
                if (Double.isNaN(d2[i][j]) || Double.isInfinite(d2[i][j])) {
                    throw new SteeldomeException(TrackingError.INVALID_COST, i, j, d2[i][j]);
                }
                // a cut-off pair costs c^2, the same as one missed plus one false: assigning it changes nothing
                cost[i][j] = Math.min(d2[i][j], c2);
            }
        }
        Assignment a = Assignment.solve(cost);
        Map<Long, Long> pairs = new HashMap<>();
        for (int i = 0; i < n; i++) {
            var j = a.columnFor(i);
            if (j.isPresent() && d2[i][j.getAsInt()] < c2) {
                pairs.put(truthIds.get(i), trackIds.get(j.getAsInt()));
            }
        }
        return Map.copyOf(pairs);
    }

    private static int checkDimension(int dim, double[] p, String what) {
        if (dim >= 0 && p.length != dim) {
            throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, what + " position", p.length, dim);
        }
        return p.length;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            s += d * d;
        }
        return s;
    }

    /** Running counts of one truth, fed its scans in order. */
    private static final class Tally {
        private int presentScans;
        private int pairedScans;
        private int switches;
        private int breaks;
        private Long lastTrack; // track at the most recent paired scan; null before the first
        private boolean lostSinceLastPair;
        private final Set<Long> tracks = new HashSet<>();

        void observe(Long trackId) {
            presentScans++;
            if (trackId == null) {
                lostSinceLastPair = lastTrack != null;
                return;
            }
            pairedScans++;
            if (lastTrack != null && !lastTrack.equals(trackId)) {
                switches++;
            }
            if (lostSinceLastPair) {
                breaks++;
            }
            lostSinceLastPair = false;
            lastTrack = trackId;
            tracks.add(trackId);
        }

        TruthIdentity result() {
            return new TruthIdentity(presentScans, pairedScans, switches, breaks, tracks.size());
        }
    }
}
