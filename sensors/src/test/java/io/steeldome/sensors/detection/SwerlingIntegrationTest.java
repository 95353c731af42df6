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

/**
 * N-pulse non-coherent integration for all Swerling cases. The reference values were computed with SciPy 1.17.1 by a
 * different method from the code's series: threshold T = {@code scipy.special.gammainccinv(N, Pfa)}, then direct
 * numerical integration (scipy.integrate.quad, epsrel 1e-12) of the steady-target detection probability {@code
 * scipy.stats.ncx2.sf(2T, 2N, 2x)} over the distribution of the summed signal energy x: Gamma(1, N SNR) for case 1,
 * Gamma(N, SNR) for 2, Gamma(2, N SNR / 2) for 3, Gamma(2N, SNR / 2) for 4, and x = N SNR for case 0.
 */
class SwerlingIntegrationTest {

    @ParameterizedTest
    @CsvSource({
        "0, 2, 0.0, 1e-06, 0.0004003260537777956",
        "0, 2, 5.0, 1e-06, 0.029320563877017345",
        "0, 2, 10.0, 1e-06, 0.787135877789436",
        "0, 5, 0.0, 1e-06, 0.0030674249610960365",
        "0, 5, 5.0, 1e-06, 0.30991632149530046",
        "0, 5, 10.0, 1e-06, 0.9998908192436848",
        "0, 10, 0.0, 1e-06, 0.019383275352708937",
        "0, 10, 5.0, 1e-06, 0.8533167084665045",
        "0, 10, 10.0, 1e-06, 0.9999999999979449",
        "0, 30, 0.0, 1e-06, 0.33942141847477914",
        "0, 30, 5.0, 1e-06, 0.9999994330403209",
        "0, 30, 10.0, 1e-06, 1.0",
        "1, 2, 0.0, 1e-06, 0.00575695418048628",
        "1, 2, 5.0, 1e-06, 0.11864393968314665",
        "1, 2, 10.0, 1e-06, 0.4743088694842651",
        "1, 5, 0.0, 1e-06, 0.041753642623079686",
        "1, 5, 5.0, 1e-06, 0.31711700632141",
        "1, 5, 10.0, 1e-06, 0.6837033652376204",
        "1, 10, 0.0, 1e-06, 0.12052766179443658",
        "1, 10, 5.0, 1e-06, 0.48554345301901203",
        "1, 10, 10.0, 1e-06, 0.7911151201950494",
        "1, 30, 0.0, 1e-06, 0.33319195595588563",
        "1, 30, 5.0, 1e-06, 0.6985263152617974",
        "1, 30, 10.0, 1e-06, 0.8917070566339897",
        "2, 2, 0.0, 1e-06, 0.002221764779978549",
        "2, 2, 5.0, 1e-06, 0.0908887201036556",
        "2, 2, 10.0, 1e-06, 0.5521088104243735",
        "2, 5, 0.0, 1e-06, 0.009261076957352437",
        "2, 5, 5.0, 1e-06, 0.33769949395447896",
        "2, 5, 10.0, 1e-06, 0.9348424787996535",
        "2, 10, 0.0, 1e-06, 0.036292938961432535",
        "2, 10, 5.0, 1e-06, 0.7339869553201105",
        "2, 10, 10.0, 1e-06, 0.9989667753301541",
        "2, 30, 0.0, 1e-06, 0.3525880973420078",
        "2, 30, 5.0, 1e-06, 0.999447298721997",
        "2, 30, 10.0, 1e-06, 0.9999999999989858",
        "3, 2, 0.0, 1e-06, 0.002221764779978549",
        "3, 2, 5.0, 1e-06, 0.0908887201036556",
        "3, 2, 10.0, 1e-06, 0.5521088104243735",
        "3, 5, 0.0, 1e-06, 0.022052828734338004",
        "3, 5, 5.0, 1e-06, 0.3346726014834852",
        "3, 5, 10.0, 1e-06, 0.813624744011293",
        "3, 10, 0.0, 1e-06, 0.08947312914225514",
        "3, 10, 5.0, 1e-06, 0.5693746772411553",
        "3, 10, 10.0, 1e-06, 0.9139452194718503",
        "3, 30, 0.0, 1e-06, 0.35642249086044153",
        "3, 30, 5.0, 1e-06, 0.8314787799667549",
        "3, 30, 10.0, 1e-06, 0.9759019998524467",
        "4, 2, 0.0, 1e-06, 0.0010607328380259262",
        "4, 2, 5.0, 1e-06, 0.06556664956311622",
        "4, 2, 10.0, 1e-06, 0.6215291075937428",
        "4, 5, 0.0, 1e-06, 0.00574126328178041",
        "4, 5, 5.0, 1e-06, 0.3316208205186352",
        "4, 5, 10.0, 1e-06, 0.9784192612832527",
        "4, 10, 0.0, 1e-06, 0.027681402952778624",
        "4, 10, 5.0, 1e-06, 0.7817893020569637",
        "4, 10, 10.0, 1e-06, 0.9999629142285331",
        "4, 30, 0.0, 1e-06, 0.3471169352646652",
        "4, 30, 5.0, 1e-06, 0.9999317275140653",
        "4, 30, 10.0, 1e-06, 1.0000000000000153"
    })
    void nPulseDetectionProbabilityMatchesNumericalIntegration(
            int swerlingCase, int pulses, double snrDb, double pfa, double expected) {
        Swerling model = Swerling.values()[swerlingCase];
        assertThat(model.probabilityOfDetection(Swerling.dbToLinear(snrDb), pfa, pulses))
                .isCloseTo(Math.min(1, expected), within(1e-9));
    }

    /** Same SciPy integration for one pulse, Swerling 3; also the closed form written out by hand. */
    @ParameterizedTest
    @CsvSource({
        "5.0, 0.020265910554247493",
        "10.0, 0.29188209108283625",
        "15.0, 0.7794461943323375",
        "20.0, 0.9652566475339901"
    })
    void swerling3SinglePulseClosedForm(double snrDb, double expected) {
        double snr = Swerling.dbToLinear(snrDb);
        double pfa = 1e-6;
        double t = -Math.log(pfa);
        double byHand = (1 + 2 * snr * t / ((2 + snr) * (2 + snr))) * Math.pow(pfa, 2 / (2 + snr));
        assertThat(byHand).isCloseTo(expected, within(1e-10));
        assertThat(Swerling.CASE_3.probabilityOfDetection(snr, pfa)).isCloseTo(expected, within(1e-10));
        assertThat(Swerling.CASE_4.probabilityOfDetection(snr, pfa)).isCloseTo(expected, within(1e-10));
        // the N-pulse machinery with N = 1 agrees with the closed form
        assertThat(Swerling.negativeBinomialMixture(2, snr, 1, t)).isCloseTo(expected, within(1e-12));
        assertThat(Swerling.negativeBinomialMixture(1, snr, 1, t))
                .isCloseTo(Swerling.CASE_1.probabilityOfDetection(snr, pfa), within(1e-12));
    }

    /** SciPy {@code gammainccinv(N, Pfa)}. */
    @ParameterizedTest
    @CsvSource({
        "1, 1e-6, 13.815510557964274",
        "2, 1e-6, 16.68842079085992",
        "10, 1e-6, 32.71034051752392",
        "30, 1e-4, 54.751465250202244",
        "100, 1e-8, 166.62985221326556"
    })
    void thresholdMatchesInverseIncompleteGamma(int pulses, double pfa, double expected) {
        assertThat(DetectionThreshold.of(pfa, pulses).normalizedThreshold())
                .isCloseTo(expected, within(expected * 1e-11));
    }

    /**
     * Published required single-pulse SNRs for Pfa = 1e-6, Pd = 0.9: non-fluctuating 13.18 dB (square law; the
     * {@code sdr} Python package documents {@code sdr.min_snr(0.9, 1e-6, detector="square-law") = 13.183490056794499});
     * Swerling 1 21.14 dB (ln Pfa / ln Pd - 1, the textbook "about 21 dB", Richards, Fundamentals of Radar Signal
     * Processing, ch. 6); Swerling 3 17.30 dB (SciPy integration as above).
     */
    @Test
    void requiredSnrMatchesPublishedValues() {
        assertThat(Swerling.linearToDb(Swerling.CASE_0.requiredSnrLinear(0.9, 1e-6, 1)))
                .isCloseTo(13.183490056794499, within(1e-6));
        assertThat(Swerling.linearToDb(Swerling.CASE_1.requiredSnrLinear(0.9, 1e-6, 1)))
                .isCloseTo(21.143643201915836, within(1e-9));
        assertThat(Swerling.linearToDb(Swerling.CASE_3.requiredSnrLinear(0.9, 1e-6, 1)))
                .isCloseTo(17.295957281548908, within(1e-6));
        // SciPy root of the integrated Pd: Swerling 1 with 10 pulses needs 13.50 dB per pulse, Swerling 2 6.29 dB
        assertThat(Swerling.linearToDb(Swerling.CASE_1.requiredSnrLinear(0.9, 1e-6, 10)))
                .isCloseTo(13.499562892017071, within(1e-6));
        assertThat(Swerling.linearToDb(Swerling.CASE_2.requiredSnrLinear(0.9, 1e-6, 10)))
                .isCloseTo(6.291846864923235, within(1e-6));
        assertThat(Swerling.linearToDb(Swerling.CASE_4.requiredSnrLinear(0.5, 1e-6, 10)))
                .isCloseTo(3.707079351213106, within(1e-6));
    }

    @ParameterizedTest
    @EnumSource(Swerling.class)
    void requiredSnrInvertsTheDetectionProbability(Swerling model) {
        for (int pulses : new int[] {1, 3, 20}) {
            for (double pd : new double[] {0.05, 0.5, 0.95, 0.999}) {
                DetectionThreshold th = DetectionThreshold.of(1e-5, pulses);
                double snr = model.requiredSnrLinear(pd, th);
                assertThat(model.probabilityOfDetection(snr, th))
                        .as("%s N=%d Pd=%s", model, pulses, pd)
                        .isCloseTo(pd, within(1e-8));
            }
        }
    }

    /** Swerling 2 and 3 with two pulses both sum to Gamma(2, SNR) signal energy: identical by construction. */
    @Test
    void swerling2And3AgreeForTwoPulses() {
        for (double db = -5; db <= 20; db += 2.5) {
            double snr = Swerling.dbToLinear(db);
            assertThat(Swerling.CASE_3.probabilityOfDetection(snr, 1e-6, 2))
                    .isCloseTo(Swerling.CASE_2.probabilityOfDetection(snr, 1e-6, 2), within(1e-12));
        }
    }

    /** Integration helps: at fixed per-pulse SNR, more pulses never lower Pd (the threshold rises less than signal). */
    @ParameterizedTest
    @EnumSource(Swerling.class)
    void morePulsesDetectBetterAtEqualPerPulseSnr(Swerling model) {
        double snr = Swerling.dbToLinear(3);
        double previous = 0;
        for (int n : new int[] {1, 2, 4, 8, 16, 32, 64}) {
            double pd = model.probabilityOfDetection(snr, 1e-6, n);
            assertThat(pd).isGreaterThanOrEqualTo(previous);
            previous = pd;
        }
    }

    @Test
    void zeroSnrGivesPfaAndUnreachablePdIsRefused() {
        assertThat(Swerling.CASE_4.probabilityOfDetection(0, 1e-6, 7)).isEqualTo(1e-6);
        assertThatThrownBy(() -> Swerling.CASE_1.requiredSnrLinear(1e-7, 1e-6, 3))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(SensorError.NO_SOLUTION));
        assertThatThrownBy(() -> DetectionThreshold.of(1e-6, 0)).isInstanceOf(SteeldomeException.class);
    }
}
