package io.steeldome.tracking.associate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AssignmentTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 150);
    }

    /** Against exhaustive search: most allowed pairs first, then least cost. */
    @ParameterizedTest
    @MethodSource("seeds")
    void matchesBruteForceOnRandomRectangularMatrices(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int rows = rng.nextInt(0, 7);
        int cols = rng.nextInt(0, 7);
        double forbidden = new double[] {0, 0.3, 0.6, 0.9}[rng.nextInt(4)];
        double[][] cost = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                cost[i][j] = rng.nextDouble() < forbidden ? INF : rng.nextDouble(-5, 20);
            }
        }

        Assignment a = Assignment.solve(cost);
        double[] best = bruteForce(cost, 0, new boolean[cols]);

        assertThat(a.pairCount()).isEqualTo((int) best[0]);
        assertThat(a.totalCost()).isCloseTo(best[1], within(1e-9));
        // the reported assignment is consistent: injective, allowed pairs only, cost adds up
        Set<Integer> usedCols = new HashSet<>();
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < rows; i++) {
            OptionalInt j = a.columnFor(i);
            if (j.isPresent()) {
                assertThat(usedCols.add(j.getAsInt())).isTrue();
                assertThat(cost[i][j.getAsInt()]).isFinite();
                assertThat(a.rowFor(j.getAsInt())).hasValue(i);
                sum += cost[i][j.getAsInt()];
                pairs++;
            }
        }
        assertThat(pairs).isEqualTo(a.pairCount());
        assertThat(sum).isCloseTo(a.totalCost(), within(1e-12));
    }

    /** Returns {pairs, cost} of the best completion from {@code row} on. */
    private static double[] bruteForce(double[][] cost, int row, boolean[] used) {
        if (row == cost.length) {
            return new double[] {0, 0};
        }
        double[] best = bruteForce(cost, row + 1, used); // row unassigned
        for (int j = 0; j < used.length; j++) {
            if (!used[j] && cost[row][j] != INF) {
                used[j] = true;
                double[] rest = bruteForce(cost, row + 1, used);
                used[j] = false;
                double pairs = rest[0] + 1;
                double total = rest[1] + cost[row][j];
                if (pairs > best[0] || (pairs == best[0] && total < best[1])) {
                    best = new double[] {pairs, total};
                }
            }
        }
        return best;
    }

    @Test
    void prefersMorePairsOverCheaperFewer() {
        // Row 0 alone would take column 0 (cost 1); taking column 1 lets row 1 be assigned too.
        Assignment a = Assignment.solve(new double[][] {{1, 100}, {2, INF}});
        assertThat(a.pairCount()).isEqualTo(2);
        assertThat(a.columnFor(0)).hasValue(1);
        assertThat(a.columnFor(1)).hasValue(0);
        assertThat(a.totalCost()).isEqualTo(102);
    }

    @Test
    void handlesEmptyAndAllForbidden() {
        assertThat(Assignment.solve(new double[0][0]).pairCount()).isZero();
        Assignment none = Assignment.solve(new double[][] {{INF, INF}, {INF, INF}, {INF, INF}});
        assertThat(none.pairCount()).isZero();
        assertThat(none.columnFor(2)).isEmpty();
        assertThat(none.rowFor(1)).isEmpty();
    }

    @Test
    void rejectsNanAndNegativeInfinity() {
        assertThatThrownBy(() -> Assignment.solve(new double[][] {{1, Double.NaN}}))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(TrackingError.INVALID_COST));
        assertThatThrownBy(() -> Assignment.solve(new double[][] {{Double.NEGATIVE_INFINITY}}))
                .isInstanceOf(SteeldomeException.class);
    }
}
