package io.steeldome.bench.tracking;

import io.steeldome.tracking.associate.Assignment;
import io.steeldome.tracking.associate.Association;
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
 * Baseline only: the GNN associator as it was before the spatial index (commit 91f0aa9), every track against every
 * detection with Hipparchus matrices, clusters by union-find, each solved densely. Kept here so that the benchmark
 * measures old and new on the same data in the same run.
 */
final class LegacyGnnAssociator {
    private final KalmanFilter filter = new KalmanFilter();
    private final EllipsoidalGate gate;

    LegacyGnnAssociator(EllipsoidalGate gate) {
        this.gate = gate;
    }

    Association associate(List<GaussianState> predicted, List<Detection> detections) {
        int nt = predicted.size();
        int nd = detections.size();
        List<RealVector> positions = new ArrayList<>(nd);
        List<RealMatrix> covariances = new ArrayList<>(nd);
        for (Detection det : detections) {
            positions.add(det.position());
            covariances.add(det.covariance());
        }
        List<Map<Integer, Double>> costs = new ArrayList<>(nt);
        int[] parent = new int[nt + nd];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
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
                        parent[find(parent, t)] = find(parent, nt + d);
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
                        .computeIfAbsent(find(parent, t), k -> new ArrayList<>())
                        .add(t);
            }
        }
        for (int d = 0; d < nd; d++) {
            int root = find(parent, nt + d);
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

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
