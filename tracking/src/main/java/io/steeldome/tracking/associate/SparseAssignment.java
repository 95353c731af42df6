package io.steeldome.tracking.associate;

import java.util.Arrays;

/**
 * The optimal assignment of {@link Assignment} (as many allowed pairs as possible, then least total cost) for a
 * sparse problem given only by its allowed pairs, in time and memory near-proportional to the pairs instead of
 * rows x columns. Used for the large clusters a dense matrix cannot hold (e.g. a cold start of thousands of targets,
 * when every new track has a wide gate).
 *
 * <p>Each row gets a private dummy column of cost {@code penalty} (the forbidden-pair penalty of {@link Assignment}),
 * which makes every row assignable; a min-cost perfect row assignment then maximises the real pairs first. It is
 * built row by row with Dijkstra shortest augmenting paths on reduced costs (successive shortest paths, the
 * Jonker-Volgenant scheme), stopping each search at the first free column reached, and updating only the potentials
 * of the columns and rows it scanned, so an augmentation costs the part of the graph it explored.
 */
final class SparseAssignment {
    private SparseAssignment() {}

    /**
     * @param rowStart allowed pairs of row i are {@code rowStart[i] .. rowStart[i + 1] - 1} (length rows + 1)
     * @param edgeColumn column of each pair, in {@code [0, columns)}, no duplicates within a row
     * @param edgeCost finite cost of each pair
     * @return the column of each row, -1 for unassigned
     */
    static int[] solve(int rows, int columns, int[] rowStart, int[] edgeColumn, double[] edgeCost) {
        int[] columnOfRow = new int[rows];
        Arrays.fill(columnOfRow, -1);
        int edges = rowStart[rows];
        if (edges == 0) {
            return columnOfRow;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < edges; e++) {
            min = Math.min(min, edgeCost[e]);
            max = Math.max(max, edgeCost[e]);
        }
        // as in Assignment: one more real pair always beats any difference of real totals
        double penalty = Math.abs(max) + (Math.min(rows, columns) + 1) * (max - min + 1);
        // costs shifted by -min are non-negative, so zero potentials start feasible
        double dummyCost = penalty - min;
        int nodes = columns + rows; // real columns, then the dummy column of each row
        double[] u = new double[rows];
        double[] v = new double[nodes];
        int[] rowOfColumn = new int[nodes];
        Arrays.fill(rowOfColumn, -1);
        int[] match = new int[rows];
        Arrays.fill(match, -1);
        double[] dist = new double[nodes];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        int[] pred = new int[nodes];
        boolean[] scanned = new boolean[nodes];
        int[] touched = new int[nodes];
        int[] scannedList = new int[nodes];
        Heap heap = new Heap(nodes);

        for (int start = 0; start < rows; start++) {
            int touchedCount = 0;
            int scannedCount = 0;
            heap.clear();
            // relax the start row's pairs (and its dummy) at distance 0
            int row = start;
            double rowDist = 0;
            int sink = -1;
            double sinkDist = 0;
            while (true) {
                for (int e = rowStart[row], end = rowStart[row + 1]; e <= end; e++) {
                    int j = e < end ? edgeColumn[e] : columns + row;
                    double c = e < end ? edgeCost[e] - min : dummyCost;
                    if (scanned[j]) {
                        continue;
                    }
                    double d = rowDist + c - u[row] - v[j];
                    if (d < dist[j]) {
                        if (dist[j] == Double.POSITIVE_INFINITY) {
                            touched[touchedCount++] = j;
                        }
                        dist[j] = d;
                        pred[j] = row;
                        heap.push(d, j);
                    }
                }
                int j;
                do { // lazy deletion: skip stale entries
                    j = heap.pop();
                } while (scanned[j] || heap.lastKey() > dist[j]);
                scanned[j] = true;
                scannedList[scannedCount++] = j;
                if (rowOfColumn[j] < 0) {
                    sink = j;
                    sinkDist = dist[j];
                    break;
                }
                row = rowOfColumn[j];
                rowDist = dist[j];
            }
            // potentials: rows and columns of the search tree move by (D - their distance), keeping every reduced
            // cost non-negative and the tree's matched and path pairs at zero
            u[start] += sinkDist;
            for (int k = 0; k < scannedCount; k++) {
                int j = scannedList[k];
                double delta = sinkDist - dist[j];
                v[j] -= delta;
                if (j != sink) {
                    u[rowOfColumn[j]] += delta;
                }
            }
            // augment along the predecessor chain
            int j = sink;
            while (true) {
                int r = pred[j];
                int previous = match[r];
                match[r] = j;
                rowOfColumn[j] = r;
                if (r == start) {
                    break;
                }
                j = previous;
            }
            for (int k = 0; k < touchedCount; k++) {
                dist[touched[k]] = Double.POSITIVE_INFINITY;
            }
            for (int k = 0; k < scannedCount; k++) {
                scanned[scannedList[k]] = false;
            }
        }
        for (int r = 0; r < rows; r++) {
            columnOfRow[r] = match[r] < columns ? match[r] : -1;
        }
        return columnOfRow;
    }

    /** Binary min-heap of (key, node) with duplicates allowed (lazy decrease-key). */
    private static final class Heap {
        private double[] keys;
        private int[] nodes;
        private int size;
        private double lastKey;

        Heap(int capacity) {
            keys = new double[Math.max(16, capacity)];
            nodes = new int[keys.length];
        }

        void clear() {
            size = 0;
        }

        void push(double key, int node) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, 2 * size);
                nodes = Arrays.copyOf(nodes, 2 * size);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                nodes[i] = nodes[parent];
                i = parent;
            }
            keys[i] = key;
            nodes[i] = node;
        }

        /** Removes the minimum and returns its node; its key is then {@link #lastKey()}. Never called when empty. */
        int pop() {
            int top = nodes[0];
            lastKey = keys[0];
            size--;
            if (size > 0) {
                double key = keys[size];
                int node = nodes[size];
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && keys[child + 1] < keys[child]) {
                        child++;
                    }
                    if (keys[child] >= key) {
                        break;
                    }
                    keys[i] = keys[child];
                    nodes[i] = nodes[child];
                    i = child;
                }
                keys[i] = key;
                nodes[i] = node;
            }
            return top;
        }

        double lastKey() {
            return lastKey;
        }
    }
}
