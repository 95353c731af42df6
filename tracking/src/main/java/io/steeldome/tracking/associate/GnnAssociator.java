package io.steeldome.tracking.associate;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.filter.KalmanFilter;
import io.steeldome.tracking.gate.EllipsoidalGate;
import io.steeldome.tracking.index.GridIndex;
import io.steeldome.tracking.kernel.FixedKalman;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.tracker.Detection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Global nearest neighbour: one detection per track at most, chosen jointly to minimise the sum of
 * {@code d^2 + ln|S|} (the negative Gaussian log-likelihood up to a constant) over gated pairs, with as many gated
 * pairs as possible. Unassigned tracks are misses. The gated pairs split into independent clusters (connected
 * components of the track-detection graph), each solved on its own. Stateless apart from its configuration.
 *
 * <p>Cost per scan: with {@link Gating#INDEXED} (the default) a grid over the detections is the primary filter, so
 * each track tests only the detections inside its gate's bounding box (the box {@code |nu_i| <= sqrt(gamma S_ii)}
 * with the scan's largest measurement variance per axis); the exact chi-square test still decides every pair, so the
 * gated pairs are exactly those of {@link Gating#EXHAUSTIVE}. Clusters of one track and one detection are assigned
 * directly, small ones by the dense {@link Assignment}, large ones by a sparse shortest-augmenting-path solver with
 * the same optimum. The per-pair test is the allocation-free {@link FixedKalman#gatedCost}: the JMH
 * {@code GnnAssociationBenchmark} shows it well ahead of the Hipparchus matrices on the same pairs
 * ({@code exhaustive} against {@code legacy}).
 */
public final class GnnAssociator {
    /** Clusters with at most this many track-detection cells use the dense Hungarian {@link Assignment}. */
    static final int DENSE_CELLS = 4096;
    /** Detections whose horizontal variance exceeds this multiple of the scan's median skip the grid. */
    private static final double WIDE_DETECTION_FACTOR = 16;

    private final EllipsoidalGate gate;
    private final Gating gating;

    /** The default (indexed) associator; {@code filter} is not needed any more and is ignored. */
    public GnnAssociator(KalmanFilter filter, EllipsoidalGate gate) {
        this(gate, Gating.INDEXED);
    }

    /** An associator with an explicit candidate search; the result does not depend on it, only the cost does. */
    public GnnAssociator(EllipsoidalGate gate, Gating gating) {
        this.gate = gate;
        this.gating = gating;
    }

    /** Associates {@code detections} with tracks whose states are already predicted to the scan time. */
    public Association associate(List<GaussianState> predicted, List<Detection> detections) {
        int nt = predicted.size();
        double[] positions = new double[3 * nt];
        double[] covariances = new double[9 * nt];
        for (int t = 0; t < nt; t++) {
            GaussianState x = predicted.get(t);
            if (x.dimension() < 3) {
                throw new SteeldomeException(
                        TrackingError.DIMENSION_MISMATCH, "predicted state " + t, x.dimension(), "at least 3");
            }
            for (int i = 0; i < 3; i++) {
                positions[3 * t + i] = x.meanAt(i);
                for (int j = 0; j < 3; j++) {
                    covariances[9 * t + 3 * i + j] = x.covarianceAt(i, j);
                }
            }
        }
        int[] assigned = assign(positions, covariances, detections);
        Map<Integer, Integer> result = new HashMap<>();
        for (int t = 0; t < nt; t++) {
            if (assigned[t] >= 0) {
                result.put(t, assigned[t]);
            }
        }
        return new Association(result);
    }

    /**
     * The same association for tracks given by their predicted ENU position and its covariance, for callers that
     * keep states in arrays: track t's position is {@code positionsM[3t .. 3t+2]}, its 3x3 position covariance
     * {@code covariancesM2[9t .. 9t+8]} (row-major).
     *
     * @return per track the index of its detection, or -1 for a miss
     * @throws SteeldomeException {@link TrackingError#NOT_POSITIVE_DEFINITE} if a pair inside the gate's box has an
     *     innovation covariance that is not positive definite
     */
    public int[] assign(double[] positionsM, double[] covariancesM2, List<Detection> detections) {
        Scan scan = new Scan(detections);
        return assign(positionsM, covariancesM2, scan.z, scan.r);
    }

    /**
     * The same for detections also given as arrays: plot d at {@code plotPositionsM[3d .. 3d+2]} with covariance
     * {@code plotCovariancesM2[9d .. 9d+8]} (row-major). The arrays are read, never kept or modified.
     */
    public int[] assign(
            double[] positionsM, double[] covariancesM2, double[] plotPositionsM, double[] plotCovariancesM2) {
        if (positionsM.length % 3 != 0 || covariancesM2.length != 3 * positionsM.length) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "track covariances", covariancesM2.length, 3 * positionsM.length);
        }
        if (plotPositionsM.length % 3 != 0 || plotCovariancesM2.length != 3 * plotPositionsM.length) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH,
                    "plot covariances",
                    plotCovariancesM2.length,
                    3 * plotPositionsM.length);
        }
        int nt = positionsM.length / 3;
        int nd = plotPositionsM.length / 3;
        int[] result = new int[nt];
        Arrays.fill(result, -1);
        if (nt == 0 || nd == 0) {
            return result;
        }
        Edges edges = gatedPairs(positionsM, covariancesM2, new Scan(plotPositionsM, plotCovariancesM2), gating);
        solveClusters(nt, nd, edges, result);
        return result;
    }

    /** The scan's detections as flat arrays: positions (3 per detection) and covariances (9, row-major). */
    static final class Scan {
        final int size;
        final double[] z;
        final double[] r;

        Scan(List<Detection> detections) {
            size = detections.size();
            z = new double[3 * size];
            r = new double[9 * size];
            for (int d = 0; d < size; d++) {
                Detection det = detections.get(d);
                z[3 * d] = det.eastM();
                z[3 * d + 1] = det.northM();
                z[3 * d + 2] = det.upM();
                double[][] c = det.covarianceM2();
                for (int i = 0; i < 3; i++) {
                    System.arraycopy(c[i], 0, r, 9 * d + 3 * i, 3);
                }
            }
        }

        Scan(double[] z, double[] r) {
            this.size = z.length / 3;
            this.z = z;
            this.r = r;
        }
    }

    /** Gated pairs, grouped by track in ascending detection order; cost {@code d^2 + ln|S|}. */
    static final class Edges {
        int count;
        int[] track = new int[16];
        int[] detection = new int[16];
        double[] cost = new double[16];

        void add(int t, int d, double c) {
            if (count == track.length) {
                track = Arrays.copyOf(track, 2 * count);
                detection = Arrays.copyOf(detection, 2 * count);
                cost = Arrays.copyOf(cost, 2 * count);
            }
            track[count] = t;
            detection[count] = d;
            cost[count] = c;
            count++;
        }
    }

    /** All gated pairs; {@code gating} changes only how candidates are found, never the result. */
    Edges gatedPairs(double[] positionsM, double[] covariancesM2, Scan scan, Gating gating) {
        int nt = positionsM.length / 3;
        int nd = scan.size;
        double gamma = gate.gamma();
        Edges edges = new Edges();
        int[] candidates = new int[nd];
        GridIndex index = null;
        double maxVarE = 0;
        double maxVarN = 0;
        if (gating == Gating.INDEXED) {
            // Widest horizontal measurement variance per axis over the gridded detections; the few much wider ones
            // (and any with non-finite values) are tested by every track instead, so they cannot inflate all boxes.
            double[] horizontal = new double[nd];
            for (int d = 0; d < nd; d++) {
                horizontal[d] = Math.max(scan.r[9 * d], scan.r[9 * d + 4]);
            }
            double[] sorted = horizontal.clone();
            Arrays.sort(sorted);
            double wide = WIDE_DETECTION_FACTOR * sorted[nd / 2];
            double[] xs = new double[nd];
            double[] ys = new double[nd];
            for (int d = 0; d < nd; d++) {
                if (horizontal[d] <= wide) {
                    xs[d] = scan.z[3 * d];
                    ys[d] = scan.z[3 * d + 1];
                    maxVarE = Math.max(maxVarE, scan.r[9 * d]);
                    maxVarN = Math.max(maxVarN, scan.r[9 * d + 4]);
                } else { // NaN coordinates are never gridded: every query returns the detection
                    xs[d] = Double.NaN;
                    ys[d] = Double.NaN;
                }
            }
            index = GridIndex.of(xs, ys);
        }
        for (int t = 0; t < nt; t++) {
            double x0 = positionsM[3 * t];
            double x1 = positionsM[3 * t + 1];
            double x2 = positionsM[3 * t + 2];
            int o = 9 * t;
            double p00 = covariancesM2[o];
            double p11 = covariancesM2[o + 4];
            int count;
            if (index != null) {
                // Box half-widths sqrt(gamma (P_ii + max R_ii)), widened by a relative 1e-9 against rounding, so
                // that the grid never drops a pair the exact box test below would keep.
                double hE = Math.sqrt(gamma * (p00 + maxVarE));
                double hN = Math.sqrt(gamma * (p11 + maxVarN));
                hE += 1e-9 * (hE + Math.abs(x0));
                hN += 1e-9 * (hN + Math.abs(x1));
                if (Double.isNaN(hE) || Double.isNaN(hN)) {
                    count = all(candidates, nd); // let the exact test decide (it rejects NaN boxes)
                } else {
                    count = index.query(x0 - hE, x0 + hE, x1 - hN, x1 + hN, candidates);
                    Arrays.sort(candidates, 0, count); // the exhaustive order, so ties resolve identically
                }
            } else {
                count = all(candidates, nd);
            }
            for (int k = 0; k < count; k++) {
                int d = candidates[k];
                int zo = 3 * d;
                int ro = 9 * d;
                double[] r = scan.r;
                double cost = FixedKalman.gatedCost(
                        scan.z[zo] - x0,
                        scan.z[zo + 1] - x1,
                        scan.z[zo + 2] - x2,
                        r[ro] + p00,
                        0.5 * ((r[ro + 1] + covariancesM2[o + 1]) + (r[ro + 3] + covariancesM2[o + 3])),
                        0.5 * ((r[ro + 2] + covariancesM2[o + 2]) + (r[ro + 6] + covariancesM2[o + 6])),
                        r[ro + 4] + p11,
                        0.5 * ((r[ro + 5] + covariancesM2[o + 5]) + (r[ro + 7] + covariancesM2[o + 7])),
                        r[ro + 8] + covariancesM2[o + 8],
                        gamma);
                if (cost != Double.POSITIVE_INFINITY) {
                    edges.add(t, d, cost);
                }
            }
        }
        return edges;
    }

    private static int all(int[] candidates, int n) {
        for (int d = 0; d < n; d++) {
            candidates[d] = d;
        }
        return n;
    }

    /** Splits the gated pairs into connected components and solves each; writes the detection of each track. */
    private static void solveClusters(int nt, int nd, Edges edges, int[] result) {
        int[] parent = new int[nt + nd];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < edges.count; e++) {
            int a = find(parent, edges.track[e]);
            int b = find(parent, nt + edges.detection[e]);
            if (a != b) {
                parent[a] = b;
            }
        }
        // cluster id per root, in order of first appearance among the tracks (tracks ascending)
        int[] clusterOfRoot = new int[nt + nd];
        Arrays.fill(clusterOfRoot, -1);
        int[] trackStart = new int[nt + 1];
        int clusters = 0;
        for (int e = 0; e < edges.count; e++) {
            int t = edges.track[e];
            if (e == 0 || edges.track[e - 1] != t) {
                int root = find(parent, t);
                if (clusterOfRoot[root] < 0) {
                    clusterOfRoot[root] = clusters++;
                }
            }
        }
        // members of each cluster by counting sort: tracks ascending, detections ascending
        int[] trackCount = new int[clusters + 1];
        int[] detCount = new int[clusters + 1];
        int[] edgeCount = new int[clusters + 1];
        int[] edgeStartOfTrack = new int[nt + 1];
        Arrays.fill(edgeStartOfTrack, -1);
        for (int e = 0; e < edges.count; e++) {
            int t = edges.track[e];
            int c = clusterOfRoot[find(parent, t)];
            edgeCount[c + 1]++;
            if (e == 0 || edges.track[e - 1] != t) {
                trackCount[c + 1]++;
                edgeStartOfTrack[t] = e;
            }
        }
        for (int d = 0; d < nd; d++) {
            int c = clusterOfRoot[find(parent, nt + d)];
            if (c >= 0) {
                detCount[c + 1]++;
            }
        }
        for (int c = 0; c < clusters; c++) {
            trackCount[c + 1] += trackCount[c];
            detCount[c + 1] += detCount[c];
            edgeCount[c + 1] += edgeCount[c];
        }
        int[] tracksOf = new int[trackCount[clusters]];
        int[] detsOf = new int[detCount[clusters]];
        int[] tFill = Arrays.copyOf(trackCount, clusters);
        int[] dFill = Arrays.copyOf(detCount, clusters);
        int[] localOfDet = new int[nd];
        for (int t = 0; t < nt; t++) {
            if (edgeStartOfTrack[t] >= 0) {
                tracksOf[tFill[clusterOfRoot[find(parent, t)]]++] = t;
            }
        }
        for (int d = 0; d < nd; d++) {
            int c = clusterOfRoot[find(parent, nt + d)];
            if (c >= 0) {
                localOfDet[d] = dFill[c] - detCount[c];
                detsOf[dFill[c]++] = d;
            }
        }
        for (int c = 0; c < clusters; c++) {
            int rows = trackCount[c + 1] - trackCount[c];
            int cols = detCount[c + 1] - detCount[c];
            if (rows == 1 && cols == 1) { // the one gated pair
                result[tracksOf[trackCount[c]]] = detsOf[detCount[c]];
            } else if ((long) rows * cols <= DENSE_CELLS) {
                double[][] matrix = new double[rows][cols];
                for (int i = 0; i < rows; i++) {
                    Arrays.fill(matrix[i], Double.POSITIVE_INFINITY);
                    int t = tracksOf[trackCount[c] + i];
                    for (int e = edgeStartOfTrack[t]; e < edges.count && edges.track[e] == t; e++) {
                        matrix[i][localOfDet[edges.detection[e]]] = edges.cost[e];
                    }
                }
                Assignment assignment = Assignment.solve(matrix);
                for (int i = 0; i < rows; i++) {
                    OptionalInt j = assignment.columnFor(i);
                    if (j.isPresent()) {
                        result[tracksOf[trackCount[c] + i]] = detsOf[detCount[c] + j.getAsInt()];
                    }
                }
            } else {
                int[] rowStart = new int[rows + 1];
                int pairs = edgeCount[c + 1] - edgeCount[c];
                int[] column = new int[pairs];
                double[] cost = new double[pairs];
                int k = 0;
                for (int i = 0; i < rows; i++) {
                    int t = tracksOf[trackCount[c] + i];
                    for (int e = edgeStartOfTrack[t]; e < edges.count && edges.track[e] == t; e++) {
                        column[k] = localOfDet[edges.detection[e]];
                        cost[k++] = edges.cost[e];
                    }
                    rowStart[i + 1] = k;
                }
                int[] assigned = SparseAssignment.solve(rows, cols, rowStart, column, cost);
                for (int i = 0; i < rows; i++) {
                    if (assigned[i] >= 0) {
                        result[tracksOf[trackCount[c] + i]] = detsOf[detCount[c] + assigned[i]];
                    }
                }
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
