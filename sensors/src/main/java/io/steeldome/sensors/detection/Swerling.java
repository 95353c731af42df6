package io.steeldome.sensors.detection;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;
import org.hipparchus.special.Gamma;

/**
 * Single-look detection probability of a square-law detector against a fixed threshold, for the Swerling target
 * fluctuation models. SNR is the mean single-look signal-to-noise ratio, linear (not dB).
 */
public enum Swerling {
    /**
     * Non-fluctuating target (Swerling 0/5, Marcum): Pd = Q1(sqrt(2 SNR), sqrt(-2 ln Pfa)), evaluated exactly as the
     * Poisson mixture of the non-central chi-square(2) tail: Pd = sum_k Pois(k; SNR) * P(Poisson(T) <= k), T = -ln
     * Pfa.
     */
    CASE_0 {
        @Override
        double pd(double snr, double pfa) {
            double threshold = -Math.log(pfa);
            double logSnr = Math.log(snr);
            double logThreshold = Math.log(threshold);
            // Pois(k; SNR) is negligible (< 1e-30) outside SNR +- 12 sqrt(SNR) + 40.
            double spread = 12 * Math.sqrt(snr) + 40;
            int kMin = (int) Math.max(0, Math.floor(snr - spread));
            int kMax = (int) Math.ceil(snr + spread);
            // P(Poisson(T) <= kMin) = Q(kMin + 1, T), the regularized upper incomplete gamma function.
            double cdf = Gamma.regularizedGammaQ(kMin + 1.0, threshold);
            if (cdf >= 1) {
                return 1;
            }
            double logFactorial = Gamma.logGamma(kMin + 1.0);
            double logWeight = -snr + kMin * logSnr - logFactorial; // log Pois(k; SNR)
            double logTerm = -threshold + kMin * logThreshold - logFactorial; // log Pois(k; T)
            double pd = Math.exp(logWeight) * cdf;
            for (int k = kMin + 1; k <= kMax; k++) {
                double logK = Math.log(k);
                logWeight += logSnr - logK;
                logTerm += logThreshold - logK;
                cdf = Math.min(1, cdf + Math.exp(logTerm));
                pd += Math.exp(logWeight) * cdf;
            }
            return Math.min(1, pd);
        }
    },
    /** Slowly (scan-to-scan) fluctuating Rayleigh target (Swerling 1): Pd = Pfa^(1 / (1 + SNR)), exact. */
    CASE_1 {
        @Override
        double pd(double snr, double pfa) {
            return Math.pow(pfa, 1 / (1 + snr));
        }
    };

    /**
     * Probability of detection.
     *
     * @param snrLinear mean single-look SNR, linear, >= 0
     * @param probabilityFalseAlarm per-cell false-alarm probability, in (0, 1)
     */
    public double probabilityOfDetection(double snrLinear, double probabilityFalseAlarm) {
        Checks.nonNegative("snrLinear", snrLinear, "");
        if (!(probabilityFalseAlarm > 0 && probabilityFalseAlarm < 1)) {
            throw new SteeldomeException(
                    SensorError.PROBABILITY_NOT_OPEN, "probabilityFalseAlarm", probabilityFalseAlarm);
        }
        if (snrLinear == 0) {
            return probabilityFalseAlarm;
        }
        return pd(snrLinear, probabilityFalseAlarm);
    }

    abstract double pd(double snr, double pfa);

    /** Converts decibels to a linear power ratio. */
    public static double dbToLinear(double db) {
        return Math.pow(10, db / 10);
    }
}
