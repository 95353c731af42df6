package io.steeldome.sensors.detection;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.special.Gamma;

/**
 * The threshold of a square-law detector that sums {@code pulses} pulses non-coherently, for a given false-alarm
 * probability. With noise normalised to unit power per pulse the noise-only sum is Gamma(N, 1), so {@code Pfa = Q(N,
 * T)} with Q the regularised upper incomplete gamma function; {@code T = -ln Pfa} for one pulse. Solving for T is the
 * costly part of an N-pulse detection probability, so it is done once here and reused.
 *
 * @param probabilityFalseAlarm per-cell false-alarm probability, in (0, 1)
 * @param pulses number of pulses integrated non-coherently, >= 1
 * @param normalizedThreshold T, in units of the single-pulse noise power
 */
public record DetectionThreshold(double probabilityFalseAlarm, int pulses, double normalizedThreshold) {
    public DetectionThreshold {
        checkProbability("probabilityFalseAlarm", probabilityFalseAlarm);
        if (pulses < 1) {
            throw new SteeldomeException(SensorError.COUNT_NOT_POSITIVE, "pulses", pulses);
        }
        if (!(normalizedThreshold > 0) || Double.isInfinite(normalizedThreshold)) {
            throw new SteeldomeException(SensorError.COUNT_NOT_POSITIVE, "normalizedThreshold", normalizedThreshold);
        }
    }

    /** The threshold for {@code pulses} pulses at false-alarm probability {@code pfa}. */
    public static DetectionThreshold of(double probabilityFalseAlarm, int pulses) {
        checkProbability("probabilityFalseAlarm", probabilityFalseAlarm);
        if (pulses < 1) {
            throw new SteeldomeException(SensorError.COUNT_NOT_POSITIVE, "pulses", pulses);
        }
        double logPfa = Math.log(probabilityFalseAlarm);
        if (pulses == 1) {
            return new DetectionThreshold(probabilityFalseAlarm, 1, -logPfa);
        }
        // ln Q(N, T) falls monotonically from 0 at T = 0; bracket the root, then Brent.
        double hi = pulses - 2 * logPfa + 10 * Math.sqrt(pulses) + 10;
        while (Math.log(Gamma.regularizedGammaQ(pulses, hi)) > logPfa) {
            hi *= 2;
        }
        double t = new BrentSolver(1e-14, 1e-13)
                .solve(500, x -> Math.log(Gamma.regularizedGammaQ(pulses, x)) - logPfa, 0, hi);
        return new DetectionThreshold(probabilityFalseAlarm, pulses, t);
    }

    static void checkProbability(String name, double p) {
        if (!(p > 0 && p < 1)) {
            throw new SteeldomeException(SensorError.PROBABILITY_NOT_OPEN, name, p);
        }
    }
}
