package io.steeldome.tracking.associate;

import io.steeldome.tracking.filter.Innovation;
import io.steeldome.tracking.filter.KalmanFilter;
import io.steeldome.tracking.gate.EllipsoidalGate;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.tracker.Detection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Global nearest neighbour: one detection per track at most, chosen jointly to minimise the sum of
 * {@code d^2 + ln|S|} (the negative Gaussian log-likelihood up to a constant) over gated pairs, with as many gated
 * pairs as possible. Unassigned tracks are misses. The gated pairs split into independent clusters (connected
 * components of the track-detection graph), each solved on its own. Stateless apart from its configuration.
 */
public final class GnnAssociator {
    private final KalmanFilter filter;
    private final EllipsoidalGate gate;

    public GnnAssociator(KalmanFilter filter, EllipsoidalGate gate) {
        this.filter = filter;
        this.gate = gate;
    }

    /** Associates {@code detections} with tracks whose states are already predicted to the scan time. */
    public Association associate(List<GaussianState> predicted, List<Detection> detections) {
        int nt = predicted.size();
        int nd = detections.size();
        List<RealVector> positions = new ArrayList<>(nd);
        List<RealMatrix> covariances = new ArrayList<>(nd);
        for (Detection det : detections) {
            positions.add(det.position());
            covariances.add(det.covariance());
        }
        List<Map<Integer, Double>> costs = new ArrayList<>(nt); // gated pairs per track: detection -> cost
        UnionFind clusters = new UnionFind(nt + nd);
        for (int t = 0; t < nt; t++) {
            Map<Integer, Double> row = new HashMap<>();
            GaussianState x = predicted.get(t);
            for (int d = 0; d < nd; d++) {
                RealVector nu = filter.residual(x, positions.get(d));
                RealMatrix s = filter.innovationCovariance(x, covariances.get(d));
                if (gate.mayAccept(nu, s)) {
                    Innovation innovation = Innovation.of(nu, s);
                    if (gate.accepts(innovation)) {
                        row.put(d, innovation.mahalanobisSquared() + innovation.logDeterminant());
                        clusters.union(t, nt + d);
                    }
                }
            }
            costs.add(row);
        }
        Map<Integer, List<Integer>> tracksByCluster = new HashMap<>();
        Map<Integer, List<Integer>> detectionsByCluster = new HashMap<>();
        for (int t = 0; t < nt; t++) {
            if (!costs.get(t).isEmpty()) {
                tracksByCluster
                        .computeIfAbsent(clusters.find(t), k -> new ArrayList<>())
                        .add(t);
            }
        }
        for (int d = 0; d < nd; d++) {
            int root = clusters.find(nt + d);
            if (tracksByCluster.containsKey(root)) {
                detectionsByCluster
                        .computeIfAbsent(root, k -> new ArrayList<>())
                        .add(d);
            }
        }
        Map<Integer, Integer> result = new HashMap<>();
        for (var entry : tracksByCluster.entrySet()) {
            List<Integer> tracks = entry.getValue();
            List<Integer> dets = detectionsByCluster.get(entry.getKey());
            double[][] matrix = new double[tracks.size()][dets.size()];
            for (int i = 0; i < tracks.size(); i++) {
                Map<Integer, Double> row = costs.get(tracks.get(i));
                for (int j = 0; j < dets.size(); j++) {
                    matrix[i][j] = row.getOrDefault(dets.get(j), Double.POSITIVE_INFINITY);
                }
            }
            Assignment assignment = Assignment.solve(matrix);
            for (int i = 0; i < tracks.size(); i++) {
                OptionalInt j = assignment.columnFor(i);
                if (j.isPresent()) {
                    result.put(tracks.get(i), dets.get(j.getAsInt()));
                }
            }
        }
        return new Association(result);
    }

    /** Disjoint sets over tracks then detections, for clustering. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
