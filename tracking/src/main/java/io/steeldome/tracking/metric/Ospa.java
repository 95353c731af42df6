package io.steeldome.tracking.metric;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.tracking.associate.Assignment;
import io.steeldome.tracking.error.TrackingError;
import java.util.List;

/**
 * OSPA (Schuhmacher, Vo and Vo, IEEE Trans. Signal Processing 56(8), 2008): with {@code n = max(|X|, |Y|)},
 * {@code OSPA = ((min over assignments of sum d_c^p + c^p |n - m|) / n)^(1/p)}, {@code d_c = min(d, c)}; 0 when both
 * sets are empty. Unlike {@link Gospa} it is normalised per target and does not separate misses from false tracks.
 */
public record Ospa(double cutoffM, double order) {
    public Ospa {
        Checks.positive("cutoffM", cutoffM, "m");
        Checks.inRange("order", order, 1, Double.MAX_VALUE, "");
    }

    public double evaluate(List<EnuVector> truths, List<EnuVector> estimates) {
        return evaluateArrays(
                truths.stream().map(EnuVector::toArray).toList(),
                estimates.stream().map(EnuVector::toArray).toList());
    }

    /** As {@link #evaluate} for positions given as arrays, all of one dimension. */
    public double evaluateArrays(List<double[]> truths, List<double[]> estimates) {
        int a = truths.size();
        int b = estimates.size();
        int n = Math.max(a, b);
        if (n == 0) {
            return 0;
        }
        double[][] cost = new double[a][b];
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < b; j++) {
                cost[i][j] = Math.pow(Math.min(distance(truths.get(i), estimates.get(j)), cutoffM), order);
            }
        }
        double sum = Assignment.solve(cost).totalCost() + Math.pow(cutoffM, order) * Math.abs(a - b);
        return Math.pow(sum / n, 1 / order);
    }

    private static double distance(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, "position", y.length, x.length);
        }
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            double d = x[k] - y[k];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
