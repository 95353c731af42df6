package io.steeldome.tracking.metric;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Average NEES over {@code runs} independent Monte Carlo runs at one time, with its two-sided acceptance interval: a
 * consistent filter's {@code runs * anees} is chi-square with {@code runs * dimension} degrees of freedom, so the
 * interval is {@code [chi2inv((1 - c)/2), chi2inv((1 + c)/2)] / runs} (Bar-Shalom, Li and Kirubarajan 2001, 5.4.2).
 *
 * @param value the average NEES
 * @param dimension state dimension n of each NEES
 * @param runs number of runs averaged
 * @param lowerBound lower end of the interval
 * @param upperBound upper end of the interval
 */
public record Anees(double value, int dimension, int runs, double lowerBound, double upperBound) {
    public Anees {
        Checks.finite("value", value);
        if (dimension < 1 || runs < 1) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "ANEES dimension and runs", dimension, ">= 1");
        }
    }

    /** Averages {@code nees} (one value per run) and builds the interval at {@code confidence}, e.g. 0.95. */
    public static Anees of(double[] nees, int dimension, double confidence) {
        if (nees.length == 0) {
            throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, "NEES sample", 0, ">= 1");
        }
        Checks.inRange("confidence", confidence, 0, 1, "");
        double sum = 0;
        for (double v : nees) {
            sum += Checks.nonNegative("NEES", v, "");
        }
        int runs = nees.length;
        ChiSquaredDistribution chi2 = new ChiSquaredDistribution((double) runs * dimension);
        return new Anees(
                sum / runs,
                dimension,
                runs,
                chi2.inverseCumulativeProbability((1 - confidence) / 2) / runs,
                chi2.inverseCumulativeProbability((1 + confidence) / 2) / runs);
    }

    /** Whether the average lies inside the interval (the filter's covariance matches its errors). */
    public boolean consistent() {
        return value >= lowerBound && value <= upperBound;
    }
}
