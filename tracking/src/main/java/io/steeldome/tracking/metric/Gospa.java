package io.steeldome.tracking.metric;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.tracking.associate.Assignment;
import io.steeldome.tracking.error.TrackingError;
import java.util.List;

/**
 * Generalised optimal sub-pattern assignment metric with alpha = 2 (Rahmathullah, García-Fernández, Svensson,
 * "Generalized optimal sub-pattern assignment metric", FUSION 2017) on Euclidean positions:
 * {@code d = (min over assignments of sum d(x,y)^p + c^p/2 (#missed + #false))^(1/p)}, where only pairs closer than
 * {@code c} are assigned.
 *
 * @param cutoffM c: larger localisation errors count as one missed plus one false target
 * @param order p >= 1
 */
public record Gospa(double cutoffM, double order) {
    public Gospa {
        Checks.positive("cutoffM", cutoffM, "m");
        Checks.inRange("order", order, 1, Double.MAX_VALUE, "");
    }

    public GospaResult evaluate(List<EnuVector> truths, List<EnuVector> estimates) {
        return evaluateArrays(
                truths.stream().map(EnuVector::toArray).toList(),
                estimates.stream().map(EnuVector::toArray).toList());
    }

    /** As {@link #evaluate} for positions given as arrays, all of one dimension. */
    public GospaResult evaluateArrays(List<double[]> truths, List<double[]> estimates) {
        int n = truths.size();
        int m = estimates.size();
        double cp = Math.pow(cutoffM, order);
        double[][] cost = new double[n][m];
        double[][] dist = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                dist[i][j] = distance(truths.get(i), estimates.get(j));
                // cut-off pairs cost c^p, the same as one miss plus one false; assigning them changes nothing
                cost[i][j] = dist[i][j] < cutoffM ? Math.pow(dist[i][j], order) : cp;
            }
        }
        Assignment assignment = Assignment.solve(cost);
        double localisation = 0;
        int assigned = 0;
        for (int i = 0; i < n; i++) {
            var j = assignment.columnFor(i);
            if (j.isPresent() && dist[i][j.getAsInt()] < cutoffM) {
                localisation += Math.pow(dist[i][j.getAsInt()], order);
                assigned++;
            }
        }
        int missed = n - assigned;
        int falses = m - assigned;
        double missedP = missed * cp / 2;
        double falseP = falses * cp / 2;
        double inv = 1 / order;
        return new GospaResult(
                Math.pow(localisation + missedP + falseP, inv),
                Math.pow(localisation, inv),
                Math.pow(missedP, inv),
                Math.pow(falseP, inv),
                assigned,
                missed,
                falses);
    }

    private static double distance(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, "position", b.length, a.length);
        }
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
