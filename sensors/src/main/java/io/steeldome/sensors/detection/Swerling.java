package io.steeldome.sensors.detection;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.special.Gamma;

/**
 * Detection probability of a square-law detector against a fixed threshold, for the Swerling target fluctuation
 * models, exact (no curve fits). SNR is the mean signal-to-noise ratio of one pulse (one look), linear (not dB).
 *
 * <p>Single look: {@link #probabilityOfDetection(double, double)}. N pulses integrated non-coherently (summed after
 * square-law detection): {@link #probabilityOfDetection(double, DetectionThreshold)}. The N-pulse results use one
 * identity for all cases: the summed signal energy X is Gamma-distributed with shape m and mean N * SNR (m = 1 for
 * Swerling 1, N for 2, 2 for 3, 2N for 4, infinite for 0), and a non-central chi-square averaged over a Gamma
 * non-centrality is a negative-binomial mixture of central ones, {@code Pd = sum_k NB(k; m, mean) Q(N + k, T)}.
 * Swerling 0 is the Poisson mixture (the generalised {@link MarcumQ Marcum Q}). Cases 1 and 3 decorrelate scan to
 * scan, 2 and 4 pulse to pulse; for a single pulse 2 equals 1 and 4 equals 3.
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
            return MarcumQ.poissonMixture(snr, 1, -Math.log(pfa));
        }

        @Override
        double pdIntegrated(double snr, int n, double t) {
            return MarcumQ.poissonMixture(n * snr, n, t);
        }
    },
    /** Slowly (scan-to-scan) fluctuating Rayleigh target (Swerling 1): Pd = Pfa^(1 / (1 + SNR)), exact. */
    CASE_1 {
        @Override
        double pd(double snr, double pfa) {
            return Math.pow(pfa, 1 / (1 + snr));
        }

        @Override
        double pdIntegrated(double snr, int n, double t) {
            return negativeBinomialMixture(1, n * snr, n, t);
        }
    },
    /**
     * Rayleigh target decorrelating pulse to pulse (Swerling 2): each pulse's power is exponential with mean 1 + SNR,
     * so the sum is Gamma(N, 1 + SNR) and Pd = Q(N, T / (1 + SNR)), exact.
     */
    CASE_2 {
        @Override
        double pd(double snr, double pfa) {
            return Math.pow(pfa, 1 / (1 + snr));
        }

        @Override
        double pdIntegrated(double snr, int n, double t) {
            return Gamma.regularizedGammaQ(n, t / (1 + snr));
        }
    },
    /**
     * One dominant scatterer plus many small ones, scan to scan (Swerling 3, chi-square with 4 degrees of freedom).
     * Single pulse, exact: Pd = exp(-T / (1 + SNR/2)) * (1 + (SNR/2) T / (1 + SNR/2)^2) with T = -ln Pfa, i.e. Pd =
     * (1 + 2 SNR T / (2 + SNR)^2) * Pfa^(2 / (2 + SNR)) (Richards, Fundamentals of Radar Signal Processing, 2nd ed.,
     * ch. 6; derived here from the Laplace transform (1 + p) / (1 + b p)^2, b = 1 + SNR/2).
     */
    CASE_3 {
        @Override
        double pd(double snr, double pfa) {
            return chiSquare4SinglePulse(snr, pfa);
        }

        @Override
        double pdIntegrated(double snr, int n, double t) {
            return negativeBinomialMixture(2, n * snr, n, t);
        }
    },
    /** As {@link #CASE_3}, decorrelating pulse to pulse (Swerling 4). */
    CASE_4 {
        @Override
        double pd(double snr, double pfa) {
            return chiSquare4SinglePulse(snr, pfa);
        }

        @Override
        double pdIntegrated(double snr, int n, double t) {
            return negativeBinomialMixture(2.0 * n, n * snr, n, t);
        }
    };

    /**
     * Probability of detection for a single look.
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

    /**
     * Probability of detection after non-coherent integration of {@code threshold.pulses()} pulses.
     *
     * @param snrLinear mean SNR of one pulse, linear, >= 0
     */
    public double probabilityOfDetection(double snrLinear, DetectionThreshold threshold) {
        if (threshold.pulses() == 1) {
            return probabilityOfDetection(snrLinear, threshold.probabilityFalseAlarm());
        }
        Checks.nonNegative("snrLinear", snrLinear, "");
        if (snrLinear == 0) {
            return threshold.probabilityFalseAlarm();
        }
        return Math.min(1, pdIntegrated(snrLinear, threshold.pulses(), threshold.normalizedThreshold()));
    }

    /** As {@link #probabilityOfDetection(double, DetectionThreshold)}, solving for the threshold first. */
    public double probabilityOfDetection(double snrLinear, double probabilityFalseAlarm, int pulses) {
        return probabilityOfDetection(snrLinear, DetectionThreshold.of(probabilityFalseAlarm, pulses));
    }

    /**
     * The per-pulse SNR (linear) at which this target reaches {@code probabilityOfDetection}, exact (root of the exact
     * Pd to 1e-9 dB).
     *
     * @throws SteeldomeException if {@code probabilityOfDetection} is not above the false-alarm probability
     */
    public double requiredSnrLinear(double probabilityOfDetection, DetectionThreshold threshold) {
        DetectionThreshold.checkProbability("probabilityOfDetection", probabilityOfDetection);
        double pfa = threshold.probabilityFalseAlarm();
        if (!(probabilityOfDetection > pfa)) {
            throw new SteeldomeException(
                    SensorError.NO_SOLUTION,
                    "required SNR",
                    "Pd = " + probabilityOfDetection,
                    "Pd must exceed Pfa = " + pfa);
        }
        if ((this == CASE_1 || this == CASE_2) && threshold.pulses() == 1) {
            return Math.log(pfa) / Math.log(probabilityOfDetection) - 1; // inverts Pfa^(1/(1+SNR))
        }
        double loDb = -60;
        double hiDb = 200;
        if (probabilityOfDetection(Swerling.dbToLinear(hiDb), threshold) < probabilityOfDetection) {
            throw new SteeldomeException(
                    SensorError.NO_SOLUTION,
                    "required SNR",
                    "Pd = " + probabilityOfDetection,
                    "not reached below " + hiDb + " dB");
        }
        double db = new BrentSolver(1e-15, 1e-9)
                .solve(
                        1000,
                        x -> probabilityOfDetection(Swerling.dbToLinear(x), threshold) - probabilityOfDetection,
                        loDb,
                        hiDb);
        return dbToLinear(db);
    }

    /** As {@link #requiredSnrLinear(double, DetectionThreshold)}. */
    public double requiredSnrLinear(double probabilityOfDetection, double probabilityFalseAlarm, int pulses) {
        return requiredSnrLinear(probabilityOfDetection, DetectionThreshold.of(probabilityFalseAlarm, pulses));
    }

    abstract double pd(double snr, double pfa);

    /** Pd after integrating n >= 2 pulses against normalised threshold t. */
    abstract double pdIntegrated(double snr, int n, double t);

    /** Converts decibels to a linear power ratio. */
    public static double dbToLinear(double db) {
        return Math.pow(10, db / 10);
    }

    /** Converts a linear power ratio to decibels. */
    public static double linearToDb(double linear) {
        return 10 * Math.log10(linear);
    }

    private static double chiSquare4SinglePulse(double snr, double pfa) {
        double t = -Math.log(pfa);
        double b = 1 + 0.5 * snr;
        return Math.min(1, Math.exp(-t / b) * (1 + 0.5 * snr * t / (b * b)));
    }

    /**
     * {@code sum_k NB(k; shape, mean) * Q(n + k, t)}: the tail above 2t of a non-central chi-square with 2n degrees
     * of freedom whose non-centrality (twice the summed signal energy X) has X ~ Gamma(shape, mean / shape). The
     * Poisson mixture over a Gamma rate is the negative binomial with p = theta / (1 + theta). Terms run until Q(n +
     * k, t) has reached 1 to double precision; the remaining weight counts in full.
     */
    static double negativeBinomialMixture(double shape, double mean, int n, double t) {
        double theta = mean / shape;
        double logP = Math.log(theta) - Math.log1p(theta);
        double logT = Math.log(t);
        double logWeight = -shape * Math.log1p(theta); // NB(0)
        double q = Gamma.regularizedGammaQ(n, t); // Q(n, t)
        double logIncrement = -t + n * logT - Gamma.logGamma(n + 1.0); // Pois(n; t) = Q(n + 1, t) - Q(n, t)
        double head = 0;
        double weights = 0;
        int limit = (int) Math.min(Integer.MAX_VALUE - 1, t + 60 * Math.sqrt(t) + 1000);
        for (int k = 0; ; k++) {
            double w = Math.exp(logWeight);
            head += w * q;
            weights += w;
            double increment = Math.exp(logIncrement);
            if ((increment < 1e-18 && n + k > t) || k >= limit) {
                break;
            }
            q = Math.min(1, q + increment);
            logIncrement += logT - Math.log(n + k + 1.0);
            logWeight += Math.log((k + shape) / (k + 1.0)) + logP;
        }
        return head + Math.max(0, 1 - weights);
    }
}
