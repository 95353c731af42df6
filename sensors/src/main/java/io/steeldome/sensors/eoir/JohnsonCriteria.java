package io.steeldome.sensors.eoir;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Cycles (line pairs) across a target's critical dimension needed for a 50 % probability of each task, N50, and the
 * target transfer probability function (TTPF) that turns resolved cycles N into a probability:
 *
 * <pre>P(N) = (N / N50)^E / (1 + (N / N50)^E),  E = 2.7 + 0.7 (N / N50)</pre>
 *
 * (Johnson, "Analysis of image forming systems", Image Intensifier Symposium, Fort Belvoir, 1958, for the cycle
 * criteria; the TTPF is that of the US Army Night Vision Laboratory static performance model, Ratches et al.,
 * NVL 1975, as used in FLIR92/ACQUIRE; Vollmerhausen and Jacobs, "The targeting task performance (TTP) metric",
 * NVESD report AMSEL-NV-TR-230, 2004, review it and replace N with the TTP value V).
 *
 * @param detectionCycles N50 for detection
 * @param recognitionCycles N50 for recognition
 * @param identificationCycles N50 for identification
 */
public record JohnsonCriteria(double detectionCycles, double recognitionCycles, double identificationCycles) {
    /** The one-dimensional N50 values of the NVL/ACQUIRE practice: detection 1.0, recognition 4.0, identification 8.0. */
    public static final JohnsonCriteria STANDARD = new JohnsonCriteria(1.0, 4.0, 8.0);

    /** Johnson's 1958 values: detection 1.0, recognition 4.0, identification 6.4 line pairs. */
    public static final JohnsonCriteria JOHNSON_1958 = new JohnsonCriteria(1.0, 4.0, 6.4);

    public JohnsonCriteria {
        Checks.positive("detectionCycles", detectionCycles, "cycles");
        Checks.positive("recognitionCycles", recognitionCycles, "cycles");
        Checks.positive("identificationCycles", identificationCycles, "cycles");
    }

    /** N50 for a task. */
    public double n50(Task task) {
        return switch (task) {
            case DETECTION -> detectionCycles;
            case RECOGNITION -> recognitionCycles;
            case IDENTIFICATION -> identificationCycles;
        };
    }

    /** The TTPF: probability of performing a task with N50 {@code n50} when {@code cycles} are resolved. */
    public static double targetTransferProbability(double cycles, double n50) {
        Checks.nonNegative("cycles", cycles, "cycles");
        Checks.positive("n50", n50, "cycles");
        if (cycles == 0) {
            return 0;
        }
        double x = cycles / n50;
        double xe = Math.pow(x, 2.7 + 0.7 * x);
        return Double.isInfinite(xe) ? 1 : xe / (1 + xe);
    }

    /** The cycles needed for probability {@code probability} (inverse of the TTPF; monotone, solved by Brent). */
    public static double cyclesFor(double probability, double n50) {
        if (!(probability > 0 && probability < 1)) {
            throw new SteeldomeException(SensorError.PROBABILITY_NOT_OPEN, "probability", probability);
        }
        Checks.positive("n50", n50, "cycles");
        double logOdds = Math.log(probability / (1 - probability));
        // (2.7 + 0.7 x) ln x is increasing for x > 0
        double x = new BrentSolver(1e-14, 1e-14).solve(500, v -> (2.7 + 0.7 * v) * Math.log(v) - logOdds, 1e-9, 100);
        return x * n50;
    }
}
