package io.steeldome.border.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The solver against brute force on random covering instances shaped like a border (intervals along a line). */
class MclpSolverTest {
    /**
     * A border of m demand points with random weights; each option covers a random interval around its site, with
     * random holes (terrain masking), and costs 1-4 units.
     */
    static SitingProblem instance(long seed, int m, int n, double budget, int maxStations) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] w =
                IntStream.range(0, m).mapToDouble(i -> 0.5 + r.nextDouble()).toArray();
        int[][] covers = new int[n][];
        double[] costs = new double[n];
        for (int j = 0; j < n; j++) {
            int centre = r.nextInt(m);
            int half = 2 + r.nextInt(m / 6);
            double holes = r.nextDouble() * 0.5;
            covers[j] = IntStream.rangeClosed(Math.max(0, centre - half), Math.min(m - 1, centre + half))
                    .filter(i -> r.nextDouble() >= holes)
                    .toArray();
            costs[j] = 1 + r.nextInt(4);
        }
        return SitingProblem.of(w, covers, costs, budget, maxStations);
    }

    /** The best covered weight over all feasible subsets, by enumeration. */
    static double bruteForce(SitingProblem p) {
        return best(p, 0, new int[0]);
    }

    private static double best(SitingProblem p, int from, int[] chosen) {
        double b = p.coveredWeight(chosen);
        if (chosen.length == Math.min(p.maxStations(), p.options())) {
            return b;
        }
        for (int j = from; j < p.options(); j++) {
            int[] next = Arrays.copyOf(chosen, chosen.length + 1);
            next[chosen.length] = j;
            if (p.feasible(next)) {
                b = Math.max(b, best(p, j + 1, next));
            }
        }
        return b;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void stationCountSolutionEqualsBruteForceAndTheBoundIsAboveIt(long seed) {
        int n = 3 + (int) (seed % 2); // N = 3 or 4
        SitingProblem p = instance(seed, 120, 30, Double.POSITIVE_INFINITY, n);
        double opt = bruteForce(p);
        SitingSolution s = MclpSolver.solve(p);
        assertThat(s.coveredWeight()).isCloseTo(opt, within(1e-9));
        assertThat(s.provenOptimal()).isTrue();
        assertThat(s.lagrangianBound()).isGreaterThanOrEqualTo(opt - 1e-9);
        assertThat(s.upperBound()).isGreaterThanOrEqualTo(opt - 1e-9);
        assertThat(s.chosen()).hasSizeLessThanOrEqualTo(n);
        assertThat(p.coveredWeight(s.chosen())).isCloseTo(s.coveredWeight(), within(1e-9));
        assertThat(s.localSearchWeight()).isGreaterThanOrEqualTo(s.greedyWeight() - 1e-9);
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void budgetSolutionEqualsBruteForceAndRespectsTheBudget(long seed) {
        double budget = 6 + seed % 3;
        SitingProblem p = instance(seed, 100, 24, budget, Integer.MAX_VALUE);
        double opt = bruteForce(p);
        SitingSolution s = MclpSolver.solve(p);
        assertThat(p.cost(s.chosen())).isLessThanOrEqualTo(budget);
        assertThat(s.coveredWeight()).isCloseTo(opt, within(1e-9));
        assertThat(s.lagrangianBound()).isGreaterThanOrEqualTo(opt - 1e-9);
        assertThat(s.localSearchWeight()).isGreaterThanOrEqualTo(s.greedyWeight() - 1e-9);
    }

    /** Without branch and bound the heuristics still give a feasible answer whose gap is measured honestly. */
    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34})
    void heuristicsAloneReportAValidGap(long seed) {
        SitingProblem p = instance(seed, 120, 30, 9, 4);
        double opt = bruteForce(p);
        SitingSolution s = MclpSolver.solve(p, new MclpSolver.Options(0, 500));
        assertThat(p.feasible(s.chosen())).isTrue();
        assertThat(s.coveredWeight()).isLessThanOrEqualTo(opt + 1e-9);
        assertThat(s.upperBound()).isGreaterThanOrEqualTo(opt - 1e-9);
        assertThat(s.gap()).isBetween(0.0, 1.0);
        // Local search reaches the optimum or comes close on these sizes.
        assertThat(s.coveredWeight()).isGreaterThanOrEqualTo(0.9 * opt);
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43, 44, 45, 46})
    void coverageNeverDecreasesWhenAStationIsAdded(long seed) {
        SitingProblem p = instance(seed, 150, 40, Double.POSITIVE_INFINITY, 40);
        SplittableRandom r = new SplittableRandom(seed);
        int[] order = IntStream.range(0, p.options()).toArray();
        for (int i = order.length - 1; i > 0; i--) {
            int k = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
        double prev = 0;
        for (int k = 1; k <= order.length; k++) {
            double c = p.coveredWeight(Arrays.copyOf(order, k));
            assertThat(c).isGreaterThanOrEqualTo(prev);
            prev = c;
        }
        // The optimum too: one more station allowed never covers less.
        double last = 0;
        for (int n = 1; n <= 4; n++) {
            SitingProblem q = instance(seed, 150, 40, Double.POSITIVE_INFINITY, n);
            SitingSolution s = MclpSolver.solve(q);
            assertThat(s.coveredWeight()).isGreaterThanOrEqualTo(last - 1e-9);
            last = s.coveredWeight();
        }
    }

    /**
     * A textbook case where greedy is not optimal: demand {0..5} weight 1; A covers {0,1,2,3} (4), B covers {0,1,4}
     * and C covers {2,3,5} (3 each). With two stations greedy takes A and then B or C (5), the optimum B + C covers
     * all 6, and the LP bound is 6.
     */
    @Test
    void localSearchRepairsGreedysMistake() {
        SitingProblem p = SitingProblem.of(
                new double[] {1, 1, 1, 1, 1, 1},
                new int[][] {{0, 1, 2, 3}, {0, 1, 4}, {2, 3, 5}},
                new double[] {1, 1, 1},
                Double.POSITIVE_INFINITY,
                2);
        assertThat(p.coveredWeight(MclpSolver.greedy(p))).isEqualTo(5);
        SitingSolution s = MclpSolver.solve(p);
        assertThat(s.greedyWeight()).isEqualTo(5);
        assertThat(s.localSearchWeight()).isEqualTo(6);
        assertThat(s.chosen()).containsExactly(1, 2);
        assertThat(s.gap()).isZero();
    }

    /**
     * One station, every option covering a disjoint set: the LP relaxation's optimum is the best option's weight, so
     * the Lagrangian bound must come down to it from the total.
     */
    @Test
    void lagrangianBoundIsTightOnDisjointOptions() {
        SitingProblem p = SitingProblem.of(
                new double[] {1, 2, 3, 4, 5, 6},
                new int[][] {{0, 1}, {2, 3}, {4, 5}},
                new double[] {1, 1, 1},
                Double.POSITIVE_INFINITY,
                1);
        assertThat(MclpSolver.lagrangianBound(p, 500, 11)).isCloseTo(11, within(1e-6));
    }

    /**
     * The Lagrangian bound against the LP relaxation solved by an independent solver: SciPy 1.17.1 {@code linprog}
     * (HiGHS) on the same instances (written out as JSON from {@link #instance}; max w.y s.t. y_i <= sum_j a_ij x_j,
     * sum x <= N, c.x <= B, 0 <= x, y <= 1). Every Lagrangian value is at least the LP optimum, and the subgradient
     * search gets within 0.2 % of it.
     */
    @ParameterizedTest
    @CsvSource({
        "101, 200, 60, Infinity, 5, 191.418256366",
        "102, 200, 60, 12, 2147483647, 197.930152895",
        "103, 300, 80, Infinity, 8, 300.711884928",
        "104, 300, 80, 15, 6, 304.056915194"
    })
    void lagrangianBoundIsJustAboveTheLpRelaxation(long seed, int m, int n, double budget, int stations, double lp) {
        SitingProblem p = instance(seed, m, n, budget, stations);
        double lag =
                MclpSolver.lagrangianBound(p, 500, p.coveredWeight(MclpSolver.localSearch(p, MclpSolver.greedy(p))));
        assertThat(lag).isGreaterThanOrEqualTo(lp - 1e-6);
        assertThat(lag).isLessThanOrEqualTo(lp * 1.002);
    }
}
