package io.steeldome.sensors.detection;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;

/**
 * Albersheim's closed-form approximation for a non-fluctuating target and a linear envelope detector with N pulses
 * integrated non-coherently (Albersheim, "A closed-form approximation to Robertson's detection characteristics", Proc.
 * IEEE 69(7), 1981; forms as in Richards, "Alternative forms of Albersheim's equation", and Richards, Fundamentals of
 * Radar Signal Processing, 2nd ed., ch. 6):
 *
 * <pre>
 * A = ln(0.62 / Pfa),  B = ln(Pd / (1 - Pd))
 * SNR_dB = -5 log10 N + (6.2 + 4.54 / sqrt(N + 0.44)) log10(A + 0.12 A B + 1.7 B)
 * </pre>
 *
 * and its exact algebraic inverse {@code Z = (SNR_dB + 5 log10 N) / (6.2 + 4.54 / sqrt(N + 0.44))}, {@code B = (10^Z -
 * A) / (1.7 + 0.12 A)}, {@code Pd = 1 / (1 + e^-B)}. Stated accuracy 0.2 dB for 0.1 <= Pd <= 0.9, 1e-7 <= Pfa <=
 * 1e-3, 1 <= N <= 8096; outside that range the formula still evaluates but claims nothing. The SNR is per pulse.
 */
public final class Albersheim {
    private Albersheim() {}

    /** Required per-pulse SNR in dB. */
    public static double requiredSnrDb(double probabilityOfDetection, double probabilityFalseAlarm, int pulses) {
        DetectionThreshold.checkProbability("probabilityOfDetection", probabilityOfDetection);
        DetectionThreshold.checkProbability("probabilityFalseAlarm", probabilityFalseAlarm);
        checkPulses(pulses);
        double a = Math.log(0.62 / probabilityFalseAlarm);
        double b = Math.log(probabilityOfDetection / (1 - probabilityOfDetection));
        double arg = a + 0.12 * a * b + 1.7 * b;
        if (!(arg > 0)) {
            throw new SteeldomeException(
                    SensorError.NO_SOLUTION,
                    "Albersheim",
                    "Pd = " + probabilityOfDetection + ", Pfa = " + probabilityFalseAlarm,
                    "A + 0.12AB + 1.7B <= 0 far outside the formula's range");
        }
        return -5 * Math.log10(pulses) + coefficient(pulses) * Math.log10(arg);
    }

    /** Required per-pulse SNR, linear. */
    public static double requiredSnrLinear(double probabilityOfDetection, double probabilityFalseAlarm, int pulses) {
        return Swerling.dbToLinear(requiredSnrDb(probabilityOfDetection, probabilityFalseAlarm, pulses));
    }

    /** Pd from the per-pulse SNR in dB: the algebraic inverse of {@link #requiredSnrDb}. */
    public static double probabilityOfDetection(double snrDb, double probabilityFalseAlarm, int pulses) {
        DetectionThreshold.checkProbability("probabilityFalseAlarm", probabilityFalseAlarm);
        checkPulses(pulses);
        double a = Math.log(0.62 / probabilityFalseAlarm);
        double z = (snrDb + 5 * Math.log10(pulses)) / coefficient(pulses);
        double b = (Math.pow(10, z) - a) / (1.7 + 0.12 * a);
        return 1 / (1 + Math.exp(-b));
    }

    /** Whether (Pd, Pfa, N) lies where Albersheim's 0.2 dB accuracy is claimed. */
    public static boolean withinStatedAccuracy(
            double probabilityOfDetection, double probabilityFalseAlarm, int pulses) {
        return probabilityOfDetection >= 0.1
                && probabilityOfDetection <= 0.9
                && probabilityFalseAlarm >= 1e-7
                && probabilityFalseAlarm <= 1e-3
                && pulses >= 1
                && pulses <= 8096;
    }

    private static double coefficient(int pulses) {
        return 6.2 + 4.54 / Math.sqrt(pulses + 0.44);
    }

    static void checkPulses(int pulses) {
        if (pulses < 1) {
            throw new SteeldomeException(SensorError.COUNT_NOT_POSITIVE, "pulses", pulses);
        }
    }
}
