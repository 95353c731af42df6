package io.steeldome.tracking.associate;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import java.util.Arrays;
import java.util.Optional;

/**
 * Marginal association probabilities of joint probabilistic data association (Bar-Shalom, Daum, Huang, "The
 * probabilistic data association filter", IEEE Control Systems 2009, parametric JPDA) for one cluster of tracks.
 *
 * <p>A joint event gives every track at most one detection and every detection at most one track. Its probability is
 * proportional to the product over tracks of {@code weight[t][j]} if track t takes detection j, else
 * {@code missWeight[t]}. With {@code weight[t][j] = Pd N(nu_tj; 0, S_t)} and {@code missWeight[t] = lambda (1 - Pd
 * Pg)} this is Bar-Shalom's formula multiplied by the event-independent {@code lambda^T}. A weight of 0 marks a pair
 * outside the gate.
 *
 * <p>Results are {@code beta[t][0]} for "track t missed" and {@code beta[t][1 + j]} for "track t took detection j";
 * each row sums to 1.
 */
public final class JpdaMarginals {
    private JpdaMarginals() {}

    /**
     * Exact marginals by depth-first enumeration of the feasible joint events, or empty if there are more than
     * {@code maxEvents} of them (the caller then approximates, e.g. with {@link #perTrack}).
     *
     * @throws SteeldomeException {@link TrackingError#DIMENSION_MISMATCH} for a ragged weight matrix,
     *     {@link TrackingError#INVALID_COST} for a negative or non-finite weight
     */
    public static Optional<double[][]> exact(double[][] weight, double[] missWeight, long maxEvents) {
        int nt = check(weight, missWeight);
        int nd = nt == 0 ? 0 : weight[0].length;
        double[][] w = scaled(weight, missWeight);
        double[] miss = new double[nt];
        for (int t = 0; t < nt; t++) {
            miss[t] = w[t][nd];
        }
        // candidates of each track (gated detections), so the enumeration never visits a zero-weight branch
        int[][] cand = new int[nt][];
        for (int t = 0; t < nt; t++) {
            int c = 0;
            int[] buf = new int[nd];
            for (int j = 0; j < nd; j++) {
                if (w[t][j] > 0) {
                    buf[c++] = j;
                }
            }
            cand[t] = Arrays.copyOf(buf, c);
        }
        double[][] beta = new double[nt][nd + 1];
        int[] choice = new int[nt]; // -1 missed, else detection
        int[] next = new int[nt]; // next candidate position to try at each depth (0 = the miss option)
        double[] prefix = new double[nt + 1];
        boolean[] taken = new boolean[nd];
        prefix[0] = 1;
        long events = 0;
        double total = 0;
        int depth = 0;
        if (nt == 0) {
            return Optional.of(beta);
        }
        next[0] = 0;
        while (depth >= 0) {
            if (depth == nt) {
                double p = prefix[nt];
                if (++events > maxEvents) {
                    return Optional.empty();
                }
                total += p;
                for (int t = 0; t < nt; t++) {
                    beta[t][choice[t] + 1] += p;
                }
                depth--;
                continue;
            }
            // undo the previous choice at this depth
            if (next[depth] > 0 && choice[depth] >= 0) {
                taken[choice[depth]] = false;
            }
            int k = next[depth];
            if (k > cand[depth].length) {
                next[depth] = 0;
                depth--;
                continue;
            }
            next[depth] = k + 1;
            if (k == 0) {
                choice[depth] = -1;
                prefix[depth + 1] = prefix[depth] * miss[depth];
            } else {
                int j = cand[depth][k - 1];
                if (taken[j]) {
                    choice[depth] = -1; // so that the undo above does nothing
                    continue;
                }
                taken[j] = true;
                choice[depth] = j;
                prefix[depth + 1] = prefix[depth] * w[depth][j];
            }
            depth++;
            if (depth < nt) {
                next[depth] = 0;
            }
        }
        normalise(beta, total);
        return Optional.of(beta);
    }

    /**
     * Per-track PDA: every track's detections are weighed as if no other track competed for them ({@code beta[t][j]}
     * proportional to {@code weight[t][j]}, {@code beta[t][0]} to {@code missWeight[t]}). The approximation for
     * clusters too large to enumerate; it overcounts detections shared by close tracks (they pull together), which
     * exact JPDA avoids.
     */
    public static double[][] perTrack(double[][] weight, double[] missWeight) {
        int nt = check(weight, missWeight);
        int nd = nt == 0 ? 0 : weight[0].length;
        double[][] w = scaled(weight, missWeight);
        double[][] beta = new double[nt][nd + 1];
        for (int t = 0; t < nt; t++) {
            double sum = w[t][nd];
            beta[t][0] = w[t][nd];
            for (int j = 0; j < nd; j++) {
                beta[t][j + 1] = w[t][j];
                sum += w[t][j];
            }
            for (int j = 0; j <= nd; j++) {
                beta[t][j] = sum > 0 ? beta[t][j] / sum : j == 0 ? 1 : 0;
            }
        }
        return beta;
    }

    private static int check(double[][] weight, double[] missWeight) {
        int nt = weight.length;
        if (missWeight.length != nt) {
            throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, "missWeight", missWeight.length, nt);
        }
        int nd = nt == 0 ? 0 : weight[0].length;
        for (int t = 0; t < nt; t++) {
            if (weight[t].length != nd) {
                throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, "weight row " + t, weight[t].length, nd);
            }
            if (!(missWeight[t] >= 0 && missWeight[t] < Double.POSITIVE_INFINITY)) {
                throw new SteeldomeException(TrackingError.INVALID_COST, t, "miss", missWeight[t]);
            }
            for (int j = 0; j < nd; j++) {
                if (!(weight[t][j] >= 0 && weight[t][j] < Double.POSITIVE_INFINITY)) {
                    throw new SteeldomeException(TrackingError.INVALID_COST, t, j, weight[t][j]);
                }
            }
        }
        return nt;
    }

    /**
     * Each row (detections, then the miss weight last) divided by its largest entry: every joint event has exactly one
     * factor per track, so this cancels in the normalisation and only guards against under- and overflow.
     */
    private static double[][] scaled(double[][] weight, double[] missWeight) {
        int nt = weight.length;
        int nd = nt == 0 ? 0 : weight[0].length;
        double[][] w = new double[nt][nd + 1];
        for (int t = 0; t < nt; t++) {
            double max = missWeight[t];
            for (int j = 0; j < nd; j++) {
                max = Math.max(max, weight[t][j]);
            }
            double s = max > 0 ? 1 / max : 1;
            for (int j = 0; j < nd; j++) {
                w[t][j] = weight[t][j] * s;
            }
            w[t][nd] = missWeight[t] * s;
        }
        return w;
    }

    /** Divides by the total probability; if every event has probability 0, every track is declared missed. */
    private static void normalise(double[][] beta, double total) {
        for (double[] row : beta) {
            if (total > 0) {
                for (int j = 0; j < row.length; j++) {
                    row[j] /= total;
                }
            } else {
                Arrays.fill(row, 0);
                row[0] = 1;
            }
        }
    }
}
