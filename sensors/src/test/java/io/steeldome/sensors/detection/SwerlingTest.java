package io.steeldome.sensors.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SwerlingTest {

    /** Hand computation: Pfa = 1e-6, SNR = 10 (10 dB): Pd = 1e-6^(1/11) = 10^(-6/11) = 0.284803586843580. */
    @Test
    void swerling1HandComputedCase() {
        assertThat(Swerling.CASE_1.probabilityOfDetection(10, 1e-6)).isCloseTo(0.284803586843580, within(1e-14));
    }

    /**
     * Inverting Pd = Pfa^(1/(1+SNR)): SNR = ln Pfa / ln Pd - 1. For Pfa = 1e-6, Pd = 0.9 this is 130.13 (21.14 dB),
     * the textbook "about 21 dB" Swerling-1 requirement (e.g. Richards, Fundamentals of Radar Signal Processing,
     * ch. 6).
     */
    @ParameterizedTest
    @CsvSource({"1e-6, 0.9", "1e-6, 0.5", "1e-4, 0.8", "1e-8, 0.95"})
    void swerling1InvertsAnalytically(double pfa, double pd) {
        double snr = Math.log(pfa) / Math.log(pd) - 1;
        assertThat(Swerling.CASE_1.probabilityOfDetection(snr, pfa)).isCloseTo(pd, within(1e-12));
    }

    @Test
    void swerling1RequiresAbout21DbForPd09() {
        double snrDb = 10 * Math.log10(Math.log(1e-6) / Math.log(0.9) - 1);
        assertThat(snrDb).isCloseTo(21.14, within(0.01));
    }

    /**
     * Steady target (Marcum Q1). Reference: SciPy 1.17 {@code scipy.stats.ncx2.sf(-2 ln Pfa, 2, 2 SNR)}, and the
     * published Pfa = 1e-6 values Pd = 0.5 at 11.2 dB and Pd = 0.9 at 13.2 dB (Skolnik, Introduction to Radar
     * Systems, Fig. 2.7).
     */
    @ParameterizedTest
    @CsvSource({
        "1e-6, 3, 0.0009407416327826646",
        "1e-6, 8, 0.05611977906339217",
        "1e-6, 10, 0.2480492757364433",
        "1e-6, 11.2, 0.49003608547720773",
        "1e-6, 13.2, 0.9021226397841002",
        "1e-6, 16, 0.9999076225696396",
        "1e-4, 10, 0.6161358485075652",
        "1e-8, 14, 0.8631557564947894"
    })
    void swerling0MatchesNoncentralChiSquare(double pfa, double snrDb, double expected) {
        assertThat(Swerling.CASE_0.probabilityOfDetection(Swerling.dbToLinear(snrDb), pfa))
                .isCloseTo(expected, within(1e-9));
    }

    /**
     * Albersheim's approximation for N = 1 pulse (within about 0.1 dB of the exact curve for 0.5 <= Pd <= 0.9; it
     * degrades to ~0.5 dB near Pd = 0.2 for a single pulse, so only the upper range is used):
     * SNR_dB = (6.2 + 4.54 / sqrt(N + 0.44)) log10(A + 0.12 A B + 1.7 B), A = ln(0.62 / Pfa), B = ln(Pd / (1 - Pd)).
     * The exact Pd at the Albersheim SNR +- 0.15 dB must bracket the requested Pd.
     */
    @ParameterizedTest
    @CsvSource({"1e-6, 0.5", "1e-6, 0.9", "1e-4, 0.5", "1e-4, 0.8", "1e-7, 0.7", "1e-7, 0.9", "1e-5, 0.6", "1e-3, 0.8"})
    void swerling0AgreesWithAlbersheim(double pfa, double pd) {
        double a = Math.log(0.62 / pfa);
        double b = Math.log(pd / (1 - pd));
        double snrDb = (6.2 + 4.54 / Math.sqrt(1.44)) * Math.log10(a + 0.12 * a * b + 1.7 * b);
        assertThat(Swerling.CASE_0.probabilityOfDetection(Swerling.dbToLinear(snrDb - 0.15), pfa))
                .isLessThan(pd);
        assertThat(Swerling.CASE_0.probabilityOfDetection(Swerling.dbToLinear(snrDb + 0.15), pfa))
                .isGreaterThan(pd);
    }

    /**
     * Swerling 1 is Swerling 0 averaged over an exponentially distributed SNR (Rayleigh amplitude): two independent
     * derivations must agree. Integral by composite Simpson over [0, 60 * mean].
     */
    @ParameterizedTest
    @ValueSource(doubles = {1, 5, 20, 80})
    void swerling1IsSwerling0AveragedOverExponentialSnr(double meanSnr) {
        double pfa = 1e-5;
        int n = 6000;
        double upper = 60 * meanSnr;
        double h = upper / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double s = i * h;
            double f = Swerling.CASE_0.probabilityOfDetection(s, pfa) * Math.exp(-s / meanSnr) / meanSnr;
            sum += f * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
        }
        assertThat(sum * h / 3).isCloseTo(Swerling.CASE_1.probabilityOfDetection(meanSnr, pfa), within(1e-6));
    }

    @ParameterizedTest
    @EnumSource(Swerling.class)
    void zeroSnrGivesFalseAlarmProbabilityAndHugeSnrGivesOne(Swerling model) {
        assertThat(model.probabilityOfDetection(0, 1e-6)).isEqualTo(1e-6);
        assertThat(model.probabilityOfDetection(1e-9, 1e-6)).isCloseTo(1e-6, within(1e-12));
        assertThat(model.probabilityOfDetection(1e12, 1e-6)).isCloseTo(1, within(1e-9));
    }

    @ParameterizedTest
    @EnumSource(Swerling.class)
    void detectionProbabilityGrowsWithSnr(Swerling model) {
        double previous = 0;
        for (double db = -10; db <= 30; db += 0.5) {
            double pd = model.probabilityOfDetection(Swerling.dbToLinear(db), 1e-6);
            // 1e-12 allows for rounding in the saturated region (Pd within 1e-14 of 1)
            assertThat(pd).isGreaterThanOrEqualTo(previous - 1e-12).isLessThanOrEqualTo(1);
            previous = pd;
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.1, Double.NaN})
    void rejectsFalseAlarmProbabilityOutsideOpenUnitInterval(double pfa) {
        assertThatThrownBy(() -> Swerling.CASE_1.probabilityOfDetection(10, pfa))
                .isInstanceOfSatisfying(
                        SteeldomeException.class,
                        e -> assertThat(e.code()).isEqualTo(SensorError.PROBABILITY_NOT_OPEN));
    }

    @Test
    void rejectsNegativeSnr() {
        assertThatThrownBy(() -> Swerling.CASE_0.probabilityOfDetection(-1, 1e-6))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("snrLinear");
    }
}
