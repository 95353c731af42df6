package io.steeldome.tracking.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.EnuVector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OspaTest {
    private static EnuVector p(double e, double n) {
        return new EnuVector(e, n, 0);
    }

    /** Hand-computed: one pair 30 m apart, one truth unmatched; c = 100, p = 2: sqrt((900 + 10000) / 2). */
    @Test
    void handComputedCases() {
        Ospa ospa = new Ospa(100, 2);
        assertThat(ospa.evaluate(List.of(), List.of())).isZero();
        assertThat(ospa.evaluate(List.of(p(0, 0), p(1000, 0)), List.of(p(30, 0))))
                .isCloseTo(Math.sqrt((900 + 10_000) / 2.0), within(1e-12));
        // a pair beyond the cut-off counts c, whatever its distance
        assertThat(ospa.evaluate(List.of(p(0, 0)), List.of(p(5000, 0)))).isCloseTo(100, within(1e-12));
        // p = 1: mean of cut-off distances over n = 3
        assertThat(new Ospa(100, 1).evaluate(List.of(p(0, 0), p(0, 500)), List.of(p(3, 4), p(0, 560), p(9e3, 0))))
                .isCloseTo((5 + 60 + 100) / 3.0, within(1e-12));
    }

    /** The optimal assignment against all permutations on small seeded sets. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void matchesBruteForce(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<EnuVector> x = new ArrayList<>();
        List<EnuVector> y = new ArrayList<>();
        int a = rnd.nextInt(1, 5);
        int b = rnd.nextInt(1, 5);
        for (int i = 0; i < a; i++) {
            x.add(p(rnd.nextDouble(0, 300), rnd.nextDouble(0, 300)));
        }
        for (int j = 0; j < b; j++) {
            y.add(p(rnd.nextDouble(0, 300), rnd.nextDouble(0, 300)));
        }
        double c = 100;
        List<EnuVector> small = a <= b ? x : y;
        List<EnuVector> large = a <= b ? y : x;
        double best = bestSum(small, large, 0, new boolean[large.size()], c);
        double expected = Math.sqrt((best + c * c * Math.abs(a - b)) / Math.max(a, b));
        assertThat(new Ospa(c, 2).evaluate(x, y)).isCloseTo(expected, within(1e-9));
    }

    private static double bestSum(List<EnuVector> small, List<EnuVector> large, int i, boolean[] used, double c) {
        if (i == small.size()) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < large.size(); j++) {
            if (!used[j]) {
                used[j] = true;
                double d = Math.min(small.get(i).minus(large.get(j)).norm(), c);
                best = Math.min(best, d * d + bestSum(small, large, i + 1, used, c));
                used[j] = false;
            }
        }
        return best;
    }
}
