package io.steeldome.defence.wta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
        StaticWtaSolver.Solution s = StaticWtaSolver.solve(in, seed, 200, () -> false);
        double ours = check(in, s.shots());
        assertThat(ours).isCloseTo(s.objective(), within(1e-9 * Math.max(1, ours)));
        assertThat(ours).isCloseTo(best, within(1e-9 * Math.max(1, best)));
        assertThat(s.lowerBound()).isLessThanOrEqualTo(best + 1e-9);
        assertThat(s.greedyObjective()).isGreaterThanOrEqualTo(best - 1e-9);
    }

    /**
     * Benchmark instances with a fixed round budget (deterministic; about 1 s each on the 2-core machine). Measured gaps
     * to the best-known values: 1.05 / 0.51 / 1.74 % (50x100, mu 1/2/3) and 1.80 / 4.77 / 5.03 % (100x200), against
     * greedy's 3.9 / 28.5 / 22.6 and 2.8 / 17.4 / 17.6 %; the limits pin them. The lower bound is valid (below the
     * benchmark's proven bound) but not tight (see StaticWtaSolver).
     */
    @ParameterizedTest
    @CsvSource({
        "wta_50x100x1, 1734.302277, 1734.302277, 50000, 0.011",
        "wta_50x100x2, 123.838458, 123.832547, 15000, 0.006",
        "wta_50x100x3, 20.590016, 20.587974, 4000, 0.018",
        "wta_100x200x1, 2862.302798, 2862.129284, 12000, 0.019",
        "wta_100x200x2, 116.057435, 116.045985, 3000, 0.049",
        "wta_100x200x3, 14.579133, 14.549077, 1500, 0.051"
    })
    void nearTheBestKnownValues(String name, double bestKnown, double provenBound, long rounds, double maxGap)
            throws IOException {
        WtaInstance in = resource(name);
        StaticWtaSolver.Solution s = StaticWtaSolver.solve(in, 1, rounds, () -> false);
        double ours = check(in, s.shots());
        assertThat(ours).isCloseTo(s.objective(), within(1e-9 * ours));
        assertThat(ours).isGreaterThanOrEqualTo(bestKnown * (1 - 1e-6)); // nobody beats a proven optimum bound
        assertThat((ours - bestKnown) / bestKnown).isLessThan(maxGap);
        assertThat(ours).isLessThan(s.greedyObjective());
        assertThat(s.lowerBound()).isPositive().isLessThanOrEqualTo(provenBound * (1 + 1e-9));
        // the count bound keeps it within reach: measured 0.96 (mu 1), about 0.80 (mu 2 and 3) of the best known
        int mu = in.shotsPerWeapon();
        assertThat(s.lowerBound() / bestKnown).isGreaterThan(mu == 1 ? 0.94 : 0.76);
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
