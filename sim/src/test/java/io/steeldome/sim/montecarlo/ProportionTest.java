package io.steeldome.sim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionTest {
    /**
     * Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven methods",
     * Statistics in Medicine 17, 857-872, Table I, method 3 (Wilson score interval without continuity correction),
     * printed to 4 decimals.
     */
    @ParameterizedTest
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0, 0.1611",
        "1, 29, 0.0061, 0.1718",
        "29, 29, 0.8830, 1.0"
    })
    void wilsonIntervalMatchesNewcombesTable(int successes, int trials, double low, double high) {
        Proportion p = Proportion.wilson(successes, trials);
        assertThat(p.estimate()).isCloseTo((double) successes / trials, within(1e-15));
        assertThat(p.low()).isCloseTo(low, within(5e-5));
        assertThat(p.high()).isCloseTo(high, within(5e-5));
    }

    /** The normal 95 % interval of a mean: 1.96 s / sqrt(n) either side, s with n - 1 (values 1..5: s^2 = 2.5). */
    @ParameterizedTest
    @CsvSource({"1, 2, 3, 4, 5"})
    void estimateUsesTheSampleStandardDeviation(double a, double b, double c, double d, double e) {
        Estimate est = Estimate.of(new double[] {a, b, c, d, e});
        assertThat(est.mean()).isEqualTo(3.0);
        assertThat(est.standardDeviation()).isCloseTo(Math.sqrt(2.5), within(1e-12));
        assertThat(est.high() - est.mean()).isCloseTo(1.959963984540054 * Math.sqrt(2.5 / 5), within(1e-12));
    }
}
