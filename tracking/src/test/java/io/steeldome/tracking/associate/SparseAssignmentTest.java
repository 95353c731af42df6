package io.steeldome.tracking.associate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SparseAssignmentTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    /** Small sparse problems: same number of pairs and total cost as exhaustive search. */
    @ParameterizedTest
    @MethodSource("seeds")
    void matchesBruteForceOnSmallProblems(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] cost = randomSparse(rng, rng.nextInt(0, 7), rng.nextInt(0, 7));
        int[] assigned = solve(cost);
        double[] best = bruteForce(cost, 0, new boolean[cost.length == 0 ? 0 : cost[0].length]);
        assertThat(pairs(assigned)).isEqualTo((int) best[0]);
        assertThat(total(cost, assigned)).isCloseTo(best[1], within(1e-9));
    }

    /** Larger problems: same number of pairs and total cost as the dense Hungarian {@link Assignment}. */
    @ParameterizedTest
    @MethodSource("seeds")
    void matchesDenseHungarianOnLargerProblems(long seed) {
        SplittableRandom rng = new SplittableRandom(1000 + seed);
        double[][] cost = randomSparse(rng, rng.nextInt(1, 90), rng.nextInt(1, 90));
        int[] assigned = solve(cost);
        Assignment dense = Assignment.solve(cost);
        assertThat(pairs(assigned)).isEqualTo(dense.pairCount());
        assertThat(total(cost, assigned)).isCloseTo(dense.totalCost(), within(1e-9));
    }

    /** Rows x columns with a random share of forbidden pairs; costs of either sign. */
    private static double[][] randomSparse(SplittableRandom rng, int rows, int cols) {
        double forbidden = new double[] {0, 0.5, 0.8, 0.95}[rng.nextInt(4)];
        double[][] cost = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                cost[i][j] = rng.nextDouble() < forbidden ? INF : rng.nextDouble(-5, 20);
            }
        }
        return cost;
    }

    /** Converts to CSR, solves, and checks the result is a valid matching of allowed pairs. */
    private static int[] solve(double[][] cost) {
        int rows = cost.length;
        int cols = rows == 0 ? 0 : cost[0].length;
        int[] rowStart = new int[rows + 1];
        int[] column = new int[rows * cols];
        double[] c = new double[rows * cols];
        int k = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (cost[i][j] != INF) {
                    column[k] = j;
                    c[k++] = cost[i][j];
                }
            }
            rowStart[i + 1] = k;
        }
        int[] assigned = SparseAssignment.solve(rows, cols, rowStart, column, c);
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < rows; i++) {
            if (assigned[i] >= 0) {
                assertThat(cost[i][assigned[i]]).isFinite();
                assertThat(used.add(assigned[i])).isTrue();
            }
        }
        return assigned;
    }

    private static int pairs(int[] assigned) {
        return (int) Arrays.stream(assigned).filter(j -> j >= 0).count();
    }

    private static double total(double[][] cost, int[] assigned) {
        double sum = 0;
        for (int i = 0; i < assigned.length; i++) {
            if (assigned[i] >= 0) {
                sum += cost[i][assigned[i]];
            }
        }
        return sum;
    }

    /** {pairs, cost} of the best completion of rows {@code row..}: most pairs, then least cost. */
    private static double[] bruteForce(double[][] cost, int row, boolean[] usedCols) {
        if (row == cost.length) {
            return new double[] {0, 0};
        }
        double[] best = bruteForce(cost, row + 1, usedCols); // leave this row unassigned
        for (int j = 0; j < usedCols.length; j++) {
            if (!usedCols[j] && cost[row][j] != INF) {
                usedCols[j] = true;
                double[] rest = bruteForce(cost, row + 1, usedCols);
                usedCols[j] = false;
                double pairs = rest[0] + 1;
                double c = rest[1] + cost[row][j];
                if (pairs > best[0] || (pairs == best[0] && c < best[1])) {
                    best = new double[] {pairs, c};
                }
            }
        }
        return best;
    }
}
