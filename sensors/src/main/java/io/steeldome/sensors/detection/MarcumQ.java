package io.steeldome.sensors.detection;

import io.steeldome.core.error.Checks;
import org.hipparchus.special.Gamma;

/**
 * The generalised Marcum Q function {@code Q_M(a, b) = P(X > b^2)} for X non-central chi-square with 2M degrees of
 * freedom and non-centrality a^2: the detection probability of a steady signal after square-law detection and
 * non-coherent integration of M pulses (Marcum 1948/1960; Richards, Fundamentals of Radar Signal Processing, ch. 6).
 *
 * <p>Evaluated as the Poisson mixture of regularised upper incomplete gamma functions
 *
 * <pre>Q_M(a, b) = sum_k Pois(k; a^2/2) * Q(M + k, b^2/2)</pre>
 *
 * (a non-central chi-square is a Poisson mixture of central ones), summed over the window where the Poisson weight is
 * above 1e-30 and accumulated in logarithms so that nothing overflows for large arguments. Every term is positive, so
 * there is no cancellation.
 */
public final class MarcumQ {
    private MarcumQ() {}

    /** Q_1(a, b), a >= 0, b >= 0. */
    public static double q1(double a, double b) {
        return q(1, a, b);
    }

    /** Q_M(a, b), M >= 1, a >= 0, b >= 0. */
    public static double q(int m, double a, double b) {
        Checks.positive("m", m, "");
        Checks.nonNegative("a", a, "");
        Checks.nonNegative("b", b, "");
        return poissonMixture(0.5 * a * a, m, 0.5 * b * b);
    }

    /**
     * {@code sum_k Pois(k; lambda) * Q(m + k, t)}: the probability that a non-central chi-square with 2m degrees of
     * freedom and non-centrality 2 lambda exceeds 2t.
     */
    static double poissonMixture(double lambda, int m, double t) {
        if (t == 0) {
            return 1;
        }
        if (lambda == 0) {
            return Gamma.regularizedGammaQ(m, t);
        }
        double logLambda = Math.log(lambda);
        double logT = Math.log(t);
        // Pois(k; lambda) is negligible (< 1e-30) outside lambda +- 12 sqrt(lambda) + 40.
        double spread = 12 * Math.sqrt(lambda) + 40;
        int kMin = (int) Math.max(0, Math.floor(lambda - spread));
        int kMax = (int) Math.ceil(lambda + spread);
        // Q(m + k, t) = P(Poisson(t) <= m + k - 1): start at kMin, then add one Poisson(t) term per step.
        double cdf = Gamma.regularizedGammaQ(kMin + (double) m, t);
        if (cdf >= 1) {
            return 1;
        }
        double logWeight = -lambda + kMin * logLambda - Gamma.logGamma(kMin + 1.0); // log Pois(k; lambda)
        double logTerm = -t + (kMin + m - 1) * logT - Gamma.logGamma(kMin + (double) m); // log Pois(m+k-1; t)
        double sum = Math.exp(logWeight) * cdf;
        for (int k = kMin + 1; k <= kMax; k++) {
            logWeight += logLambda - Math.log(k);
            logTerm += logT - Math.log(k + m - 1);
            cdf = Math.min(1, cdf + Math.exp(logTerm));
            sum += Math.exp(logWeight) * cdf;
        }
        return Math.min(1, sum);
    }
}
