package io.steeldome.tracking.associate;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * An optimal assignment of rows to columns of a rectangular cost matrix. Entries are finite costs (any sign) or
 * {@code +infinity} for forbidden pairs. Among all assignments using the largest possible number of allowed pairs,
 * the solver returns one of least total cost; rows and columns left over stay unassigned.
 *
 * <p>Shortest augmenting path Hungarian algorithm with row and column potentials (Kuhn-Munkres in the
 * Jonker-Volgenant formulation), O(r^2 c) for r <= c. Forbidden pairs become a penalty larger than any possible
 * difference of finite totals, so maximising the number of allowed pairs always wins, and are dropped afterwards.
 */
public final class Assignment {
    private final int[] columnOfRow;
    private final int[] rowOfColumn;
    private final double totalCost;
    private final int pairCount;

    private Assignment(int[] columnOfRow, int[] rowOfColumn, double totalCost, int pairCount) {
        this.columnOfRow = columnOfRow;
        this.rowOfColumn = rowOfColumn;
        this.totalCost = totalCost;
        this.pairCount = pairCount;
    }

    /**
     * Solves {@code cost} (rows x columns; every row the same length; zero rows or columns allowed).
     *
     * @throws SteeldomeException {@link TrackingError#INVALID_COST} for NaN or -infinity entries
     */
    public static Assignment solve(double[][] cost) {
        int rows = cost.length;
        int cols = rows == 0 ? 0 : cost[0].length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows; i++) {
            if (cost[i].length != cols) {
                throw new SteeldomeException(
                        TrackingError.DIMENSION_MISMATCH, "cost matrix row " + i, cost[i].length, cols);
            }
            for (int j = 0; j < cols; j++) {
                double c = cost[i][j];
                if (Double.isNaN(c) || c == Double.NEGATIVE_INFINITY) {
                    throw new SteeldomeException(TrackingError.INVALID_COST, i, j, c);
                }
                if (c != Double.POSITIVE_INFINITY) {
                    min = Math.min(min, c);
                    max = Math.max(max, c);
                }
            }
        }
        int[] columnOfRow = new int[rows];
        int[] rowOfColumn = new int[cols];
        Arrays.fill(columnOfRow, -1);
        Arrays.fill(rowOfColumn, -1);
        if (min == Double.POSITIVE_INFINITY) { // nothing allowed (or empty)
            return new Assignment(columnOfRow, rowOfColumn, 0, 0);
        }
        boolean transpose = rows > cols;
        int n = transpose ? cols : rows;
        int m = transpose ? rows : cols;
        // One more allowed pair changes the finite total by at most max + (n - 1) * span.
        double penalty = Math.abs(max) + (n + 1) * (max - min + 1);
        double[][] a = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double c = transpose ? cost[j][i] : cost[i][j];
                a[i][j] = c == Double.POSITIVE_INFINITY ? penalty : c;
            }
        }
        int[] match = hungarian(a, n, m);
        double total = 0;
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            int j = match[i];
            int row = transpose ? j : i;
            int col = transpose ? i : j;
            if (cost[row][col] != Double.POSITIVE_INFINITY) {
                columnOfRow[row] = col;
                rowOfColumn[col] = row;
                total += cost[row][col];
                pairs++;
            }
        }
        return new Assignment(columnOfRow, rowOfColumn, total, pairs);
    }

    /** Minimum-cost perfect assignment of all n rows of a finite n x m matrix, n <= m; returns the column per row. */
    private static int[] hungarian(double[][] a, int n, int m) {
        // 1-based potentials; p[j] = row matched to column j, column 0 is the virtual start.
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        double[] minv = new double[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = -1;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = a[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] match = new int[n];
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                match[p[j] - 1] = j - 1;
            }
        }
        return match;
    }

    public int rows() {
        return columnOfRow.length;
    }

    public int columns() {
        return rowOfColumn.length;
    }

    /** The column assigned to {@code row}, empty if the row is unassigned. */
    public OptionalInt columnFor(int row) {
        int c = columnOfRow[row];
        return c < 0 ? OptionalInt.empty() : OptionalInt.of(c);
    }

    /** The row assigned to {@code column}, empty if the column is unassigned. */
    public OptionalInt rowFor(int column) {
        int r = rowOfColumn[column];
        return r < 0 ? OptionalInt.empty() : OptionalInt.of(r);
    }

    /** Number of assigned (allowed) pairs. */
    public int pairCount() {
        return pairCount;
    }

    /** Sum of the costs of the assigned pairs. */
    public double totalCost() {
        return totalCost;
    }
}
