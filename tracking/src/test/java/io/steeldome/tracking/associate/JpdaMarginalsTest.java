package io.steeldome.tracking.associate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JpdaMarginalsTest {

    /**
     * Two tracks, two detections, every pair gated. The seven feasible joint events (t1 choice, t2 choice), written
     * out by hand with Bar-Shalom's product of per-track factors (a_tj for a detection, b_t for a miss).
     */
    @Test
    void twoTracksTwoDetectionsMatchHandEnumeratedEvents() {
        double a11 = 3;
        double a12 = 1;
        double a21 = 2;
        double a22 = 4;
        double b1 = 0.5;
        double b2 = 0.25;
        double e00 = b1 * b2;
        double e10 = a11 * b2;
        double e20 = a12 * b2;
        double e01 = b1 * a21;
        double e02 = b1 * a22;
        double e12 = a11 * a22;
        double e21 = a12 * a21;
        double total = e00 + e10 + e20 + e01 + e02 + e12 + e21;

        double[][] beta = JpdaMarginals.exact(new double[][] {{a11, a12}, {a21, a22}}, new double[] {b1, b2}, 1000)
                .orElseThrow();

        assertThat(beta[0][0]).isCloseTo((e00 + e01 + e02) / total, within(1e-14));
        assertThat(beta[0][1]).isCloseTo((e10 + e12) / total, within(1e-14));
        assertThat(beta[0][2]).isCloseTo((e20 + e21) / total, within(1e-14));
        assertThat(beta[1][0]).isCloseTo((e00 + e10 + e20) / total, within(1e-14));
        assertThat(beta[1][1]).isCloseTo((e01 + e21) / total, within(1e-14));
        assertThat(beta[1][2]).isCloseTo((e02 + e12) / total, within(1e-14));
        for (double[] row : beta) {
            assertThat(row[0] + row[1] + row[2]).isCloseTo(1, within(1e-14));
        }
    }

    /** A pair outside the gate (weight 0) takes no probability; the remaining events are again enumerated by hand. */
    @Test
    void ungatedPairGetsZeroProbability() {
        double a11 = 3;
        double a12 = 1;
        double a21 = 2;
        double b = 0.5;
        double e00 = b * b;
        double e10 = a11 * b;
        double e20 = a12 * b;
        double e01 = b * a21;
        double e21 = a12 * a21;
        double total = e00 + e10 + e20 + e01 + e21;

        double[][] beta = JpdaMarginals.exact(new double[][] {{a11, a12}, {a21, 0}}, new double[] {b, b}, 1000)
                .orElseThrow();

        assertThat(beta[1][2]).isZero();
        assertThat(beta[0][1]).isCloseTo(e10 / total, within(1e-14));
        assertThat(beta[1][1]).isCloseTo((e01 + e21) / total, within(1e-14));
        assertThat(beta[1][0]).isCloseTo((e00 + e10 + e20) / total, within(1e-14));
    }

    /** Exact enumeration against brute force over all (m + 1)^n choice vectors, discarding the infeasible ones. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void exactMatchesBruteForce(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 1 + rng.nextInt(5);
        int m = rng.nextInt(6);
        double[][] weight = new double[n][m];
        double[] miss = new double[n];
        for (int t = 0; t < n; t++) {
            miss[t] = rng.nextDouble(0.01, 1);
            for (int j = 0; j < m; j++) {
                weight[t][j] = rng.nextDouble() < 0.3 ? 0 : rng.nextDouble(0, 5) * Math.pow(10, rng.nextInt(-3, 3));
            }
        }

        double[][] beta = JpdaMarginals.exact(weight, miss, 1_000_000).orElseThrow();

        double[][] expected = new double[n][m + 1];
        double total = 0;
        int[] choice = new int[n];
        long combos = (long) Math.pow(m + 1, n);
        for (long code = 0; code < combos; code++) {
            long c = code;
            for (int t = 0; t < n; t++) {
                choice[t] = (int) (c % (m + 1)) - 1;
                c /= m + 1;
            }
            double p = 1;
            boolean[] taken = new boolean[m];
            for (int t = 0; t < n && p > 0; t++) {
                if (choice[t] < 0) {
                    p *= miss[t];
                } else if (taken[choice[t]]) {
                    p = 0;
                } else {
                    taken[choice[t]] = true;
                    p *= weight[t][choice[t]];
                }
            }
            total += p;
            for (int t = 0; t < n; t++) {
                expected[t][choice[t] + 1] += p;
            }
        }
        for (int t = 0; t < n; t++) {
            double sum = 0;
            for (int j = 0; j <= m; j++) {
                assertThat(beta[t][j]).isCloseTo(expected[t][j] / total, within(1e-12));
                sum += beta[t][j];
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void tooManyEventsGivesEmpty() {
        double[][] weight = new double[6][6];
        for (double[] row : weight) {
            java.util.Arrays.fill(row, 1);
        }
        double[] miss = {1, 1, 1, 1, 1, 1};
        // sum over k of C(6,k)^2 k! = 13327 events
        assertThat(JpdaMarginals.exact(weight, miss, 13_326)).isEmpty();
        assertThat(JpdaMarginals.exact(weight, miss, 13_327)).isPresent();
    }

    /** Per-track PDA is the single-track case of JPDA: for one track it equals the exact marginals. */
    @Test
    void perTrackEqualsExactForOneTrack() {
        double[][] weight = {{0.2, 0, 3, 1.5}};
        double[] miss = {0.7};
        double[][] exact = JpdaMarginals.exact(weight, miss, 100).orElseThrow();
        double[][] pda = JpdaMarginals.perTrack(weight, miss);
        for (int j = 0; j < 5; j++) {
            assertThat(pda[0][j]).isCloseTo(exact[0][j], within(1e-14));
        }
        assertThat(pda[0][3]).isCloseTo(3 / (0.7 + 0.2 + 3 + 1.5), within(1e-14));
    }
}
