package io.steeldome.border.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BatchAssignmentTest {
    @Test
    void optimalBeatsGreedyOnTheClassicTwoByTwo() {
        double[][] c = {{1, 2}, {2, 100}};
        // Greedy in row order takes (0,0) = 1, then (1,1) = 100: 101. Optimal: (0,1) + (1,0) = 4.
        int[] a = BatchAssignment.assign(c);
        assertThat(a).containsExactly(1, 0);
        assertThat(c[0][a[0]] + c[1][a[1]]).isEqualTo(4.0).isLessThan(greedy(c));
    }

    private static double greedy(double[][] c) {
        boolean[] used = new boolean[c[0].length];
        double total = 0;
        for (double[] row : c) {
            int best = -1;
            for (int j = 0; j < row.length; j++) {
                if (!used[j] && (best < 0 || row[j] < row[best])) {
                    best = j;
                }
            }
            used[best] = true;
            total += row[best];
        }
        return total;
    }

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 40).mapToObj(i -> 1000L + i);
    }

    /** Random matrices up to 5 x 5 with some unreachable pairs; the answer must match exhaustive search. */
    @ParameterizedTest
    @MethodSource("seeds")
    void equalsBruteForceOnRandomSmallCases(long seed) {
        Random rnd = new Random(seed);
        int r = 1 + rnd.nextInt(5);
        int c = 1 + rnd.nextInt(5);
        double[][] cost = new double[r][c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                cost[i][j] = rnd.nextDouble() < 0.15 ? Double.POSITIVE_INFINITY : 60 + 3000 * rnd.nextDouble();
            }
        }
        int[] a = BatchAssignment.assign(cost);
        int pairs = 0;
        double total = 0;
        boolean[] used = new boolean[c];
        for (int i = 0; i < r; i++) {
            if (a[i] >= 0) {
                assertThat(used[a[i]]).isFalse();
                assertThat(cost[i][a[i]]).isFinite();
                used[a[i]] = true;
                pairs++;
                total += cost[i][a[i]];
            }
        }
        double[] best = {-1, Double.POSITIVE_INFINITY}; // {pairs, total}
        search(cost, 0, new boolean[c], 0, 0, best);
        assertThat(pairs).isEqualTo((int) best[0]);
        assertThat(total).isCloseTo(best[1], within(1e-9));
    }

    /** Every partial injective assignment; keep the most pairs, then the least total. */
    private static void search(double[][] cost, int row, boolean[] used, int pairs, double total, double[] best) {
        if (row == cost.length) {
            if (pairs > best[0] || (pairs == best[0] && total < best[1])) {
                best[0] = pairs;
                best[1] = total;
            }
            return;
        }
        search(cost, row + 1, used, pairs, total, best);
        for (int j = 0; j < used.length; j++) {
            if (!used[j] && Double.isFinite(cost[row][j])) {
                used[j] = true;
                search(cost, row + 1, used, pairs + 1, total + cost[row][j], best);
                used[j] = false;
            }
        }
    }
}
