package io.steeldome.border.siting;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.SteeldomeException;
import java.util.Arrays;

/**
 * A maximal covering location problem (Church and ReVelle 1974): choose options (a station type at a site) to
 * maximise the total weight of the demand points covered by at least one of them, with at most {@code maxStations}
 * options and a total cost of at most {@code budget} (either limit may be absent, not both).
 *
 * <pre>max sum_i w_i y_i  s.t.  y_i <= sum_{j covers i} x_j,  sum_j x_j <= N,  sum_j c_j x_j <= B,  x, y in {0, 1}</pre>
 *
 * Arrays are copied in and never handed out.
 */
public final class SitingProblem {
    private final double[] weights;
    private final int[][] covers;
    private final double[] costs;
    private final double budget;
    private final int maxStations;
    private final double totalWeight;

    private SitingProblem(double[] weights, int[][] covers, double[] costs, double budget, int maxStations) {
        this.weights = weights;
        this.covers = covers;
        this.costs = costs;
        this.budget = budget;
        this.maxStations = maxStations;
        this.totalWeight = Arrays.stream(weights).sum();
    }

    /**
     * @param weights demand weights, >= 0
     * @param covers for each option, the demand indices it covers
     * @param costs for each option, > 0
     * @param budget most total cost, > 0, or {@link Double#POSITIVE_INFINITY} for none
     * @param maxStations most options chosen, >= 1, or {@link Integer#MAX_VALUE} for none
     */
    public static SitingProblem of(double[] weights, int[][] covers, double[] costs, double budget, int maxStations) {
        if (covers.length != costs.length) {
            throw new SteeldomeException(
                    BorderError.INFEASIBLE, covers.length + " cover sets but " + costs.length + " costs");
        }
        if (budget == Double.POSITIVE_INFINITY && maxStations == Integer.MAX_VALUE) {
            throw new SteeldomeException(BorderError.INFEASIBLE, "give a budget or a number of stations (or both)");
        }
        if (!(budget > 0)) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "budget", budget, "must be > 0");
        }
        if (maxStations < 1) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "stations", maxStations, "must be >= 1");
        }
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new SteeldomeException(BorderError.BAD_OPTION, "demand weight", w, "must be finite and >= 0");
            }
        }
        int[][] cv = new int[covers.length][];
        for (int j = 0; j < covers.length; j++) {
            if (!(costs[j] > 0) || Double.isInfinite(costs[j])) {
                throw new SteeldomeException(BorderError.BAD_OPTION, "cost of option " + j, costs[j], "must be > 0");
            }
            cv[j] = Arrays.stream(covers[j]).distinct().sorted().toArray();
            for (int i : cv[j]) {
                if (i < 0 || i >= weights.length) {
                    throw new SteeldomeException(
                            BorderError.BAD_OPTION, "demand index of option " + j, i, "outside the demand points");
                }
            }
        }
        return new SitingProblem(weights.clone(), cv, costs.clone(), budget, maxStations);
    }

    public int options() {
        return covers.length;
    }

    public int demandPoints() {
        return weights.length;
    }

    public double weight(int i) {
        return weights[i];
    }

    public double cost(int j) {
        return costs[j];
    }

    double[] weightsView() {
        return weights;
    }

    int[] coversView(int j) {
        return covers[j];
    }

    /** The demand indices option {@code j} covers, ascending. */
    public int[] covers(int j) {
        return covers[j].clone();
    }

    public double budget() {
        return budget;
    }

    public int maxStations() {
        return maxStations;
    }

    public double totalWeight() {
        return totalWeight;
    }

    /** Weight covered by the chosen options. */
    public double coveredWeight(int[] chosen) {
        boolean[] hit = new boolean[weights.length];
        double sum = 0;
        for (int j : chosen) {
            for (int i : covers[j]) {
                if (!hit[i]) {
                    hit[i] = true;
                    sum += weights[i];
                }
            }
        }
        return sum;
    }

    /** Whether the chosen options (distinct) respect both limits. */
    public boolean feasible(int[] chosen) {
        if (chosen.length > maxStations || Arrays.stream(chosen).distinct().count() != chosen.length) {
            return false;
        }
        double c = 0;
        for (int j : chosen) {
            c += costs[j];
        }
        return c <= budget * (1 + 1e-12);
    }

    /** Total cost of the chosen options. */
    public double cost(int[] chosen) {
        double c = 0;
        for (int j : chosen) {
            c += costs[j];
        }
        return c;
    }
}
