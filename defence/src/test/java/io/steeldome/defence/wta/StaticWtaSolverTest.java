package io.steeldome.defence.wta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The static WTA solver against brute force on small instances and against the best-known values of the
 * Andersen-Pavlikov-Toffolo benchmark (test resources wta/, see PROVENANCE.md). Objectives are recomputed here from
 * the returned shots, never taken from the solver.
 */
class StaticWtaSolverTest {
    private static WtaInstance resource(String name) throws IOException {
        try (InputStream in = StaticWtaSolverTest.class.getResourceAsStream("/wta/" + name + ".txt")) {
            return WtaInstance.parse(new String(in.readAllBytes(), StandardCharsets.US_ASCII), name + ".txt");
        }
    }

    /** Independent objective: sum_j v_j prod_i (1 - p_ij)^x_ij, and the shot limits checked. */
    private static double check(WtaInstance in, int[][] x) {
        double total = 0;
        for (int i = 0; i < in.weapons(); i++) {
            int used = 0;
            for (int j = 0; j < in.targets(); j++) {
                assertThat(x[i][j]).isNotNegative();
                used += x[i][j];
            }
            assertThat(used).isLessThanOrEqualTo(in.shotsPerWeapon());
        }
        for (int j = 0; j < in.targets(); j++) {
            double s = in.values()[j];
            for (int i = 0; i < in.weapons(); i++) {
                s *= Math.pow(1 - in.pk()[i][j], x[i][j]);
            }
            total += s;
        }
        return total;
    }

    /** 4 weapons x 4 targets, 2 shots each: every one of the 10^4 assignments (multisets of 2 targets per weapon). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void matchesBruteForceOn4x4WithTwoShots(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] v = new double[4];
        double[][] p = new double[4][4];
        for (int j = 0; j < 4; j++) {
            v[j] = 1 + rnd.nextInt(100);
            for (int i = 0; i < 4; i++) {
                p[i][j] = 0.05 + 0.9 * rnd.nextDouble();
            }
        }
        WtaInstance in = new WtaInstance(4, 4, 2, v, p);
        int[][] pairs = new int[10][];
        int n = 0;
        for (int a = 0; a < 4; a++) {
            for (int b = a; b < 4; b++) {
                pairs[n++] = new int[] {a, b};
            }
        }
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < 10_000; c++) {
            int[][] x = new int[4][4];
            int code = c;
            for (int i = 0; i < 4; i++) {
                int[] pr = pairs[code % 10];
                code /= 10;
                x[i][pr[0]]++;
                x[i][pr[1]]++;
            }
            best = Math.min(best, check(in, x));
        }
        StaticWtaSolver.Solution s = StaticWtaSolver.solve(in, seed, 100, () -> false);
        double ours = check(in, s.shots());
        assertThat(ours).isCloseTo(s.objective(), within(1e-9 * Math.max(1, ours)));
        assertThat(ours).isCloseTo(best, within(1e-9 * Math.max(1, best)));
        assertThat(s.lowerBound()).isLessThanOrEqualTo(best + 1e-9);
        assertThat(s.greedyObjective()).isGreaterThanOrEqualTo(best - 1e-9);
    }

    /**
     * 3 weapons x 5 targets, 3 shots each (so several shots per target are worth it): all 35^3 assignments (each
     * weapon's shots a multiset of 3 of the 5 targets).
     */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void matchesBruteForceOn3x5WithThreeShots(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int w = 3;
        int t = 5;
        double[] v = new double[t];
        double[][] p = new double[w][t];
        for (int j = 0; j < t; j++) {
            v[j] = 1 + rnd.nextInt(100);
            for (int i = 0; i < w; i++) {
                p[i][j] = 0.05 + 0.6 * rnd.nextDouble();
            }
        }
        WtaInstance in = new WtaInstance(w, t, 3, v, p);
        List<int[]> triples = new ArrayList<>();
        for (int a = 0; a < t; a++) {
            for (int b = a; b < t; b++) {
                for (int c = b; c < t; c++) {
                    triples.add(new int[] {a, b, c});
                }
            }
        }
        int n = triples.size();
        double best = Double.POSITIVE_INFINITY;
        for (int code = 0; code < n * n * n; code++) {
            int[][] x = new int[w][t];
            int rest = code;
            for (int i = 0; i < w; i++) {
                for (int j : triples.get(rest % n)) {
                    x[i][j]++;
                }
                rest /= n;
            }
            best = Math.min(best, check(in, x));
        }
        StaticWtaSolver.Solution s = StaticWtaSolver.solve(in, seed, 100, () -> false);
        double ours = check(in, s.shots());
        assertThat(ours).isCloseTo(best, within(1e-9 * best));
        assertThat(s.lowerBound()).isLessThanOrEqualTo(best * (1 + 1e-12)).isPositive();
    }

    /**
     * The Lagrangian subproblem of one target, min over integer 0 <= x_i <= mu of v exp(-sum a_i x_i) + sum lambda_i
     * x_i, against enumeration of all (mu + 1)^w shot vectors: the branch and bound behind the lower bound is exact.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void targetSubproblemIsSolvedExactly(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int w = 6;
        int mu = 1 + (int) (seed % 3);
        double value = 1 + rnd.nextInt(100);
        double[] a = new double[w];
        double[] lambda = new double[w];
        for (int i = 0; i < w; i++) {
            a[i] = -Math.log(1 - (0.05 + 0.9 * rnd.nextDouble()));
            lambda[i] = rnd.nextInt(4) == 0 ? 0 : value * 0.3 * rnd.nextDouble();
        }
        double best = Double.POSITIVE_INFINITY;
        int combos = (int) Math.pow(mu + 1, w);
        for (int code = 0; code < combos; code++) {
            int rest = code;
            double s = 0;
            double c = 0;
            for (int i = 0; i < w; i++) {
                int x = rest % (mu + 1);
                rest /= mu + 1;
                s += a[i] * x;
                c += lambda[i] * x;
            }
            best = Math.min(best, value * Math.exp(-s) + c);
        }
        assertThat(StaticWtaSolver.targetSubproblemMin(value, a, lambda, mu)).isCloseTo(best, within(1e-12 * value));
    }

    @Test
    void twoThreadsWithARoundBudgetAreDeterministic() throws IOException {
        WtaInstance in = resource("wta_50x100x3");
        StaticWtaSolver.Solution a = StaticWtaSolver.solve(in, 7, 20, () -> false);
        StaticWtaSolver.Solution b = StaticWtaSolver.solve(in, 7, 20, () -> false);
        assertThat(b.shots()).isDeepEqualTo(a.shots());
        assertThat(b.lowerBound()).isEqualTo(a.lowerBound());
        assertThat(a.rounds()).isEqualTo(40);
        StaticWtaSolver.Solution one = StaticWtaSolver.solve(in, 7, 20, () -> false, 1);
        assertThat(one.rounds()).isEqualTo(20);
        assertThat(check(in, a.shots())).isLessThanOrEqualTo(check(in, one.shots()) * (1 + 1e-12));
    }

    /**
     * Benchmark instances with a fixed round budget per search thread (deterministic; about 1 s of CPU per thread).
     * Gaps to the best-known values measured with these budgets: 0 / 0 / 0.105 % (50x100, mu 1/2/3) and 0 / 0 /
     * 0.845 % (100x200), against greedy's 3.9 / 28.5 / 22.6 and 2.8 / 17.4 / 17.6 %; the limits pin them.
     *
     * <p>The Lagrangian bound lies 0.000 / 0.18 / 0.001 % and 0.002 / 0.011 / 0.13 % below the best-known values. On
     * three instances it is above the benchmark's published lower bound (those runs stopped at their time limit with a
     * gap open), which is no contradiction; what a valid bound can never do is exceed a feasible value, so it is
     * checked against the best-known value (and brute force checks it on small instances above).
     */
    @ParameterizedTest
    @CsvSource({
        "wta_50x100x1, 1734.302277, 1734.302277, 300, 0.0005, 0.9999",
        "wta_50x100x2, 123.838458, 123.832547, 150, 0.0005, 0.997",
        "wta_50x100x3, 20.590016, 20.587974, 150, 0.002, 0.9995",
        "wta_100x200x1, 2862.302798, 2862.129284, 150, 0.0005, 0.9999",
        "wta_100x200x2, 116.057435, 116.045985, 40, 0.0005, 0.999",
        "wta_100x200x3, 14.579133, 14.549077, 30, 0.01, 0.997"
    })
    void nearTheBestKnownValues(
            String name, double bestKnown, double provenBound, long rounds, double maxGap, double minBoundRatio)
            throws IOException {
        WtaInstance in = resource(name);
        StaticWtaSolver.Solution s = StaticWtaSolver.solve(in, 1, rounds, () -> false);
        double ours = check(in, s.shots());
        assertThat(ours).isCloseTo(s.objective(), within(1e-9 * ours));
        assertThat(ours).isGreaterThanOrEqualTo(provenBound * (1 - 1e-9)); // nobody beats a proven bound
        assertThat((ours - bestKnown) / bestKnown).isLessThan(maxGap);
        assertThat(ours).isLessThan(s.greedyObjective());
        // best-known values are printed to 6 decimals, hence the 1e-9 relative slack
        assertThat(s.lowerBound()).isLessThanOrEqualTo(bestKnown * (1 + 1e-9)).isLessThanOrEqualTo(ours);
        assertThat(s.lowerBound() / bestKnown).isGreaterThan(minBoundRatio);
    }

    @Test
    void malformedInstancesNameTheLine() {
        assertThatThrownBy(() -> WtaInstance.parse("2 2\n", "a.txt"))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("a.txt:1:")
                .hasMessageContaining("W T mu");
        assertThatThrownBy(() -> WtaInstance.parse("1 2 1\n5\n7\n0 0 0.5\n0 1 1.5\n", "b.txt"))
                .hasMessageContaining("b.txt:5:")
                .hasMessageContaining("p_ij must be in [0, 1)");
        assertThatThrownBy(() -> WtaInstance.parse("1 2 1\n5\n7\n0 0 0.5\n", "c.txt"))
                .hasMessageContaining("only 1 of 2");
        assertThatThrownBy(() -> WtaInstance.parse("1 2 1\n5\nx\n", "d.txt"))
                .hasMessageContaining("d.txt:3:")
                .hasMessageContaining("'x' is not a finite number");
        assertThatThrownBy(() -> WtaInstance.parse("1 1 1\n5\n0 3 0.5\n", "e.txt"))
                .hasMessageContaining("outside");
    }
}
