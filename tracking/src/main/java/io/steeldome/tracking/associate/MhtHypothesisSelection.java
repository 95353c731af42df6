package io.steeldome.tracking.associate;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The best global hypothesis of a track-oriented MHT: at most one leaf per track tree, no detection used by two chosen
 * leaves, maximum total score. A tree may also be left out (score 0), so a leaf of score {@code <= 0} is never chosen.
 *
 * <p>Leaves carry every detection of their not yet finalised history (the N-scan window), so two leaves may conflict
 * on several scans at once. That is weighted set packing, not bipartite assignment, so the Hungarian
 * {@link Assignment} is not exact here; instead trees are split into clusters that share detections (union-find),
 * and each cluster is solved exactly by depth-first branch and bound: trees in order of their best leaf, leaves best
 * first (so the first path is the greedy solution), pruned when the score so far plus the best leaf of every remaining
 * tree cannot beat the incumbent. Clusters are small in practice; if one needs more than {@link #MAX_NODES_PER_CLUSTER}
 * search nodes the best solution found so far is kept and {@link #isExact()} reports false.
 */
public final class MhtHypothesisSelection {
    /** Search-node budget per cluster before the incumbent is accepted as is. */
    public static final long MAX_NODES_PER_CLUSTER = 2_000_000;

    private final int[] leafOfTree;
    private final double totalScore;
    private final boolean exact;

    private MhtHypothesisSelection(int[] leafOfTree, double totalScore, boolean exact) {
        this.leafOfTree = leafOfTree;
        this.totalScore = totalScore;
        this.exact = exact;
    }

    /**
     * Selects the best global hypothesis.
     *
     * @param scores per tree, the score (log-likelihood ratio) of each leaf
     * @param detectionKeys per tree and leaf (same shape as {@code scores}), the keys of the detections the leaf uses;
     *     any long identifying one detection of one scan
     * @throws SteeldomeException {@link TrackingError#DIMENSION_MISMATCH} if the shapes differ,
     *     {@link TrackingError#INVALID_COST} for a NaN score
     */
    public static MhtHypothesisSelection select(double[][] scores, long[][][] detectionKeys) {
        int trees = scores.length;
        if (detectionKeys.length != trees) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "detection key table", detectionKeys.length, trees);
        }
        UnionFind clusters = new UnionFind(trees);
        Map<Long, Integer> ownerOfKey = new HashMap<>();
        for (int t = 0; t < trees; t++) {
            if (detectionKeys[t].length != scores[t].length) {
                throw new SteeldomeException(
                        TrackingError.DIMENSION_MISMATCH,
                        "detection keys of tree " + t,
                        detectionKeys[t].length,
                        scores[t].length);
            }
            for (int l = 0; l < scores[t].length; l++) {
                if (Double.isNaN(scores[t][l])) {
                    throw new SteeldomeException(TrackingError.INVALID_COST, t, l, scores[t][l]);
                }
                if (scores[t][l] > 0) {
                    for (long key : detectionKeys[t][l]) {
                        Integer owner = ownerOfKey.putIfAbsent(key, t);
                        if (owner != null) {
                            clusters.union(owner, t);
                        }
                    }
                }
            }
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int t = 0; t < trees; t++) {
            members.computeIfAbsent(clusters.find(t), k -> new ArrayList<>()).add(t);
        }
        int[] leafOfTree = new int[trees];
        Arrays.fill(leafOfTree, -1);
        double total = 0;
        boolean exact = true;
        for (List<Integer> cluster : members.values()) {
            ClusterSearch search = new ClusterSearch(cluster, scores, detectionKeys);
            search.run();
            exact &= search.nodes <= MAX_NODES_PER_CLUSTER;
            for (int i = 0; i < search.trees.length; i++) {
                if (search.bestChoice[i] >= 0) {
                    int t = search.trees[i];
                    leafOfTree[t] = search.leaves[i][search.bestChoice[i]];
                    total += scores[t][leafOfTree[t]];
                }
            }
        }
        return new MhtHypothesisSelection(leafOfTree, total, exact);
    }

    /** The chosen leaf of {@code tree}, empty if the tree is not in the hypothesis. */
    public OptionalInt leafFor(int tree) {
        int l = leafOfTree[tree];
        return l < 0 ? OptionalInt.empty() : OptionalInt.of(l);
    }

    /** Sum of the chosen leaves' scores. */
    public double totalScore() {
        return totalScore;
    }

    /** False if a cluster exhausted its search budget, so the hypothesis may not be the best. */
    public boolean isExact() {
        return exact;
    }

    /** Branch and bound over one cluster; detection keys renumbered densely. */
    private static final class ClusterSearch {
        final int[] trees;
        /** Per tree (search order), its candidate leaves (score > 0), best first. */
        final int[][] leaves;

        final double[][] leafScores;
        final int[][][] leafKeys;
        /** Sum of the best leaf scores of trees i.. (the bound). */
        final double[] remainingBound;

        final boolean[] used;
        final int[] choice;
        final int[] bestChoice;
        double bestScore = Double.NEGATIVE_INFINITY;
        long nodes;

        ClusterSearch(List<Integer> cluster, double[][] scores, long[][][] detectionKeys) {
            int n = cluster.size();
            Integer[] order = cluster.toArray(new Integer[0]);
            Arrays.sort(order, (a, b) -> Double.compare(best(scores[b]), best(scores[a])));
            trees = new int[n];
            leaves = new int[n][];
            leafScores = new double[n][];
            leafKeys = new int[n][][];
            Map<Long, Integer> dense = new HashMap<>();
            for (int i = 0; i < n; i++) {
                int t = order[i];
                trees[i] = t;
                double[] s = scores[t];
                leaves[i] = IntStream.range(0, s.length)
                        .filter(l -> s[l] > 0)
                        .boxed()
                        .sorted((a, b) -> Double.compare(s[b], s[a]))
                        .mapToInt(Integer::intValue)
                        .toArray();
                leafScores[i] = new double[leaves[i].length];
                leafKeys[i] = new int[leaves[i].length][];
                for (int k = 0; k < leaves[i].length; k++) {
                    int l = leaves[i][k];
                    leafScores[i][k] = s[l];
                    long[] keys = detectionKeys[t][l];
                    leafKeys[i][k] = new int[keys.length];
                    for (int j = 0; j < keys.length; j++) {
                        leafKeys[i][k][j] = dense.computeIfAbsent(keys[j], key -> dense.size());
                    }
                }
            }
            remainingBound = new double[n + 1];
            for (int i = n - 1; i >= 0; i--) {
                remainingBound[i] = remainingBound[i + 1] + (leafScores[i].length > 0 ? leafScores[i][0] : 0);
            }
            used = new boolean[dense.size()];
            choice = new int[n];
            bestChoice = new int[n];
            Arrays.fill(bestChoice, -1);
        }

        private static double best(double[] s) {
            double b = 0;
            for (double v : s) {
                b = Math.max(b, v);
            }
            return b;
        }

        void run() {
            search(0, 0);
        }

        private void search(int i, double score) {
            if (++nodes > MAX_NODES_PER_CLUSTER && bestScore > Double.NEGATIVE_INFINITY) {
                return;
            }
            if (i == trees.length) {
                if (score > bestScore) {
                    bestScore = score;
                    System.arraycopy(choice, 0, bestChoice, 0, choice.length);
                }
                return;
            }
            if (score + remainingBound[i] <= bestScore) {
                return;
            }
            for (int k = 0; k < leafScores[i].length; k++) {
                int[] keys = leafKeys[i][k];
                if (!free(keys)) {
                    continue;
                }
                mark(keys, true);
                choice[i] = k;
                search(i + 1, score + leafScores[i][k]);
                mark(keys, false);
            }
            choice[i] = -1;
            search(i + 1, score);
        }

        private boolean free(int[] keys) {
            for (int key : keys) {
                if (used[key]) {
                    return false;
                }
            }
            return true;
        }

        private void mark(int[] keys, boolean value) {
            for (int key : keys) {
                used[key] = value;
            }
        }
    }

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
