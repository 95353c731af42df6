package io.steeldome.sensors.detection;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;

/**
 * Shnidman's empirical equation for the per-pulse SNR a square-law detector needs, for all Swerling cases and N pulses
 * integrated non-coherently (D. A. Shnidman, "Determination of required SNR values", IEEE Trans. AES 38(3), 2002;
 * also in Richards, Fundamentals of Radar Signal Processing, 2nd ed., ch. 6):
 *
 * <pre>
 * K = infinity (case 0), 1 (case 1), N (case 2), 2 (case 3), 2N (case 4);  alpha = 0 for N &lt; 40, 1/4 for N &gt;= 40
 * eta = sqrt(-0.8 ln(4 Pfa (1 - Pfa))) + sign(Pd - 0.5) sqrt(-0.8 ln(4 Pd (1 - Pd)))
 * X_inf = eta (eta + 2 sqrt(N/2 + alpha - 1/4))
 * C1 = (((17.7006 Pd - 18.4496) Pd + 14.5339) Pd - 3.525) / K
 * C2 = (exp(27.31 Pd - 25.14) + (Pd - 0.8) (0.7 ln(1e-5 / Pfa) + (2N - 20) / 80)) / K
 * C_dB = C1 for Pd &lt;= 0.872, C1 + C2 above;   SNR = 10^(C_dB / 10) X_inf / N
 * </pre>
 *
 * Stated accuracy about 0.5 dB for 0.1 <= Pd <= 0.99, 1e-9 <= Pfa <= 1e-3, 1 <= N <= 100. (The paper's alpha switches
 * at N &gt;= 40; MATLAB's {@code shnidman} switches at N &gt; 40.)
 */
public final class Shnidman {
    private Shnidman() {}

    /** Required per-pulse SNR in dB. */
    public static double requiredSnrDb(
            Swerling model, double probabilityOfDetection, double probabilityFalseAlarm, int pulses) {
        DetectionThreshold.checkProbability("probabilityOfDetection", probabilityOfDetection);
        DetectionThreshold.checkProbability("probabilityFalseAlarm", probabilityFalseAlarm);
        Albersheim.checkPulses(pulses);
        double pd = probabilityOfDetection;
        double pfa = probabilityFalseAlarm;
        double alpha = pulses < 40 ? 0 : 0.25;
        double eta = Math.sqrt(-0.8 * Math.log(4 * pfa * (1 - pfa)))
                + Math.signum(pd - 0.5) * Math.sqrt(-0.8 * Math.log(4 * pd * (1 - pd)));
        double xInf = eta * (eta + 2 * Math.sqrt(pulses / 2.0 + alpha - 0.25));
        double k = switch (model) {
            case CASE_0 -> Double.POSITIVE_INFINITY;
            case CASE_1 -> 1;
            case CASE_2 -> pulses;
            case CASE_3 -> 2;
            case CASE_4 -> 2.0 * pulses;
        };
        double c1 = (((17.7006 * pd - 18.4496) * pd + 14.5339) * pd - 3.525) / k;
        double cDb = c1;
        if (pd > 0.872) {
            cDb += (Math.exp(27.31 * pd - 25.14) + (pd - 0.8) * (0.7 * Math.log(1e-5 / pfa) + (2.0 * pulses - 20) / 80))
                    / k;
        }
        if (!(xInf > 0)) {
            throw new SteeldomeException(
                    SensorError.NO_SOLUTION, "Shnidman", "Pd = " + pd + ", Pfa = " + pfa, "Pd must exceed Pfa");
        }
        return cDb + 10 * Math.log10(xInf / pulses);
    }

    /** Required per-pulse SNR, linear. */
    public static double requiredSnrLinear(
            Swerling model, double probabilityOfDetection, double probabilityFalseAlarm, int pulses) {
        return Swerling.dbToLinear(requiredSnrDb(model, probabilityOfDetection, probabilityFalseAlarm, pulses));
    }

    /** Whether (Pd, Pfa, N) lies where Shnidman's accuracy is claimed. */
    public static boolean withinStatedAccuracy(
            double probabilityOfDetection, double probabilityFalseAlarm, int pulses) {
        return probabilityOfDetection >= 0.1
                && probabilityOfDetection <= 0.99
                && probabilityFalseAlarm >= 1e-9
                && probabilityFalseAlarm <= 1e-3
                && pulses >= 1
                && pulses <= 100;
    }
}
