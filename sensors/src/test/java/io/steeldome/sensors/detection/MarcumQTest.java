package io.steeldome.sensors.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarcumQTest {

    /**
     * Reference: SciPy 1.17.1, {@code scipy.stats.ncx2.sf(b**2, 2*m, a**2)} (Q_M(a, b) is the tail of a non-central
     * chi-square with 2M degrees of freedom and non-centrality a^2), recorded once with a short Python script.
     */
    @ParameterizedTest
    @CsvSource({
        "1, 0.5, 1.0, 0.6427142302725437",
        "1, 2.0, 3.0, 0.21436208816264943",
        "1, 5.0, 5.256, 0.43728819695709725",
        "1, 10.0, 8.0, 0.9801042096420508",
        "1, 30.0, 35.0, 3.104786814354156e-07",
        "2, 3.0, 4.0, 0.28665420936558067",
        "5, 1.0, 4.0, 0.14896865570125664",
        "10, 6.0, 7.0, 0.6790238080991607",
        "1, 0.0, 2.0, 0.1353352832366127",
        "3, 40.0, 38.0, 0.980497013291791"
    })
    void matchesScipyNoncentralChiSquare(int m, double a, double b, double expected) {
        assertThat(MarcumQ.q(m, a, b)).isCloseTo(expected, within(1e-12 + 1e-9 * expected));
    }

    /**
     * Independent truth: Q1(a, b) = integral_b^inf x exp(-(x^2 + a^2) / 2) I0(a x) dx, with I0 from its integral form
     * I0(z) = (1/pi) integral_0^pi exp(z cos t) dt (exponentially scaled to avoid overflow), both by composite
     * Simpson. No series, no incomplete gamma function.
     */
    @ParameterizedTest
    @CsvSource({"0.3, 0.5", "1.0, 2.0", "2.5, 2.0", "4.0, 5.0", "6.0, 4.5", "8.0, 10.0"})
    void q1MatchesDirectIntegrationOfTheRicianDensity(double a, double b) {
        double upper = a + b + 40;
        int n = 4000;
        double h = (upper - b) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double x = b + i * h;
            // exp(-(x^2 + a^2)/2) I0(ax) = exp(-(x - a)^2 / 2) * [exp(-ax) I0(ax)]
            double f = x * Math.exp(-0.5 * (x - a) * (x - a)) * scaledI0(a * x);
            sum += f * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
        }
        assertThat(MarcumQ.q1(a, b)).isCloseTo(sum * h / 3, within(1e-9));
    }

    /** exp(-z) I0(z) = (1/pi) integral_0^pi exp(z (cos t - 1)) dt. */
    private static double scaledI0(double z) {
        int n = 200;
        double h = Math.PI / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double f = Math.exp(z * (Math.cos(i * h) - 1));
            sum += f * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
        }
        return sum * h / 3 / Math.PI;
    }

    /** Analytic: Q_M(0, b) = exp(-b^2/2) sum_{k<M} (b^2/2)^k / k!, and Q_M(a, 0) = 1. */
    @ParameterizedTest
    @CsvSource({"1, 1.5", "2, 2.0", "4, 3.0", "7, 5.0"})
    void zeroNoncentralityIsTheCentralChiSquareTail(int m, double b) {
        double x = b * b / 2;
        double expected = 0;
        double term = Math.exp(-x);
        for (int k = 0; k < m; k++) {
            expected += term;
            term *= x / (k + 1);
        }
        assertThat(MarcumQ.q(m, 0, b)).isCloseTo(expected, within(1e-14));
        assertThat(MarcumQ.q(m, 3, 0)).isEqualTo(1);
    }

    @Test
    void swerling0SinglePulseIsQ1() {
        double snr = Swerling.dbToLinear(12);
        double pfa = 1e-6;
        assertThat(Swerling.CASE_0.probabilityOfDetection(snr, pfa))
                .isCloseTo(MarcumQ.q1(Math.sqrt(2 * snr), Math.sqrt(-2 * Math.log(pfa))), within(1e-13));
    }

    @Test
    void rejectsNegativeArguments() {
        assertThatThrownBy(() -> MarcumQ.q1(-1, 1)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> MarcumQ.q(0, 1, 1)).isInstanceOf(SteeldomeException.class);
    }
}
