package io.steeldome.border.siting;

import io.steeldome.core.error.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Solves a {@link SitingProblem}: greedy, then local search, then branch and bound within a node limit; an upper
 * bound by Lagrangian relaxation.
 *
 * <ul>
 *   <li>Greedy: repeatedly the option with the largest marginal weight (per unit cost when there is a budget) that
 *       still fits; with a budget, the best single affordable option replaces the greedy set if it covers more
 *       (Khuller, Moss and Naor 1999: the pair keeps a constant-factor guarantee).
 *   <li>Local search: add any option that fits and covers more; else the best improving 1-for-1 swap that keeps both
 *       limits; until neither improves (a local optimum under 1-opt).
 *   <li>Branch and bound: a set-enumeration tree in order of decreasing single-option weight, pruned by the
 *       submodular bound f(S) + (best completion of the marginal weights of the options still allowed: the top R of
 *       them for R stations left, a fractional knapsack of them for the budget left; the smaller). Coverage is
 *       submodular, so f(S u T) <= f(S) + sum of marginal weights of T, which makes the bound valid; when the tree is
 *       exhausted the incumbent is optimal.
 *   <li>Lagrangian bound: relaxing y_i <= sum_j a_ij x_j with multipliers lambda_i >= 0 leaves sum_i max(0, w_i -
 *       lambda_i) plus the best x for values v_j = sum of lambda over what j covers: exactly the top N for a station
 *       count, the fractional knapsack (its LP) for a budget. Every lambda gives a valid bound; subgradient steps
 *       (Held, Wolfe and Crowder 1974; Polyak step towards the incumbent, halving the step factor after 20 iterations
 *       without improvement) tighten it to about the LP relaxation's value.
 * </ul>
 *
 * Deterministic: ties go to the lower option index.
 */
public final class MclpSolver {
    private MclpSolver() {}

    /**
     * @param nodeLimit branch-and-bound nodes at most (0: skip branch and bound)
     * @param lagrangianIterations subgradient iterations at most
     */
    public record Options(long nodeLimit, int lagrangianIterations) {
        public Options {
            Checks.nonNegative("nodeLimit", nodeLimit, "");
            Checks.inRange("lagrangianIterations", lagrangianIterations, 1, 1_000_000, "");
        }

        public static Options defaults() {
            return new Options(20_000, 500);
        }
    }

    public static SitingSolution solve(SitingProblem p) {
        return solve(p, Options.defaults());
    }

    public static SitingSolution solve(SitingProblem p, Options o) {
        int[] g = greedy(p);
        double gw = p.coveredWeight(g);
        int[] ls = localSearch(p, g);
        double lw = p.coveredWeight(ls);
        double lag = lagrangianBound(p, o.lagrangianIterations(), lw);
        double eps = 1e-9 * Math.max(1, p.totalWeight());
        int[] best = ls;
        double bestW = lw;
        boolean proven = lag - lw <= eps;
        long nodes = 0;
        if (!proven && o.nodeLimit() > 0) {
            BranchAndBound bb = new BranchAndBound(p, ls, lw, o.nodeLimit());
            bb.run();
            nodes = bb.nodes;
            best = bb.incumbent;
            bestW = p.coveredWeight(best);
            proven = bb.complete;
        }
        double upper = proven ? bestW : Math.max(lag, bestW);
        Arrays.sort(best);
        return new SitingSolution(best, bestW, gw, lw, Math.max(lag, bestW), upper, proven, nodes);
    }

    /** The greedy set (see the class comment), ascending. */
    public static int[] greedy(SitingProblem p) {
        boolean budgeted = p.budget() != Double.POSITIVE_INFINITY;
        double[] w = p.weightsView();
        int[] count = new int[p.demandPoints()];
        boolean[] in = new boolean[p.options()];
        List<Integer> chosen = new ArrayList<>();
        double used = 0;
        while (chosen.size() < p.maxStations()) {
            int best = -1;
            double bestScore = 0;
            for (int j = 0; j < p.options(); j++) {
                if (in[j] || used + p.cost(j) > p.budget() * (1 + 1e-12)) {
                    continue;
                }
                double gain = gain(p.coversView(j), count, w);
                double score = budgeted ? gain / p.cost(j) : gain;
                if (gain > 0 && score > bestScore) {
                    best = j;
                    bestScore = score;
                }
            }
            if (best < 0) {
                break;
            }
            in[best] = true;
            chosen.add(best);
            used += p.cost(best);
            for (int i : p.coversView(best)) {
                count[i]++;
            }
        }
        int[] out = chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
        if (budgeted) {
            int[] none = new int[p.demandPoints()];
            int single = -1;
            double singleW = p.coveredWeight(out);
            for (int j = 0; j < p.options(); j++) {
                if (p.cost(j) <= p.budget() * (1 + 1e-12)) {
                    double v = gain(p.coversView(j), none, w);
                    if (v > singleW) {
                        single = j;
                        singleW = v;
                    }
                }
            }
            if (single >= 0) {
                out = new int[] {single};
            }
        }
        return out;
    }

    /** Local search from {@code start} (see the class comment); the result is never worse, ascending. */
    public static int[] localSearch(SitingProblem p, int[] start) {
        double[] w = p.weightsView();
        double eps = 1e-12 * Math.max(1, p.totalWeight());
        int[] count = new int[p.demandPoints()];
        boolean[] in = new boolean[p.options()];
        List<Integer> chosen = new ArrayList<>();
        double used = 0;
        for (int j : start) {
            in[j] = true;
            chosen.add(j);
            used += p.cost(j);
            for (int i : p.coversView(j)) {
                count[i]++;
            }
        }
        double slack = p.budget() * (1 + 1e-12);
        boolean improved = true;
        while (improved) {
            improved = false;
            if (chosen.size() < p.maxStations()) {
                int best = -1;
                double bestGain = eps;
                for (int j = 0; j < p.options(); j++) {
                    if (!in[j] && used + p.cost(j) <= slack) {
                        double g = gain(p.coversView(j), count, w);
                        if (g > bestGain) {
                            best = j;
                            bestGain = g;
                        }
                    }
                }
                if (best >= 0) {
                    in[best] = true;
                    chosen.add(best);
                    used += p.cost(best);
                    for (int i : p.coversView(best)) {
                        count[i]++;
                    }
                    improved = true;
                    continue;
                }
            }
            int bestOut = -1;
            int bestIn = -1;
            double bestDelta = eps;
            for (int k = 0; k < chosen.size(); k++) {
                int r = chosen.get(k);
                for (int i : p.coversView(r)) {
                    count[i]--;
                }
                double loss = gain(p.coversView(r), count, w);
                for (int a = 0; a < p.options(); a++) {
                    if (in[a] || used - p.cost(r) + p.cost(a) > slack) {
                        continue;
                    }
                    double delta = gain(p.coversView(a), count, w) - loss;
                    if (delta > bestDelta) {
                        bestDelta = delta;
                        bestOut = k;
                        bestIn = a;
                    }
                }
                for (int i : p.coversView(r)) {
                    count[i]++;
                }
            }
            if (bestIn >= 0) {
                int r = chosen.get(bestOut);
                for (int i : p.coversView(r)) {
                    count[i]--;
                }
                in[r] = false;
                used -= p.cost(r);
                chosen.set(bestOut, bestIn);
                in[bestIn] = true;
                used += p.cost(bestIn);
                for (int i : p.coversView(bestIn)) {
                    count[i]++;
                }
                improved = true;
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Weight of the points in {@code cover} that nothing covers yet. */
    private static double gain(int[] cover, int[] count, double[] w) {
        double s = 0;
        for (int i : cover) {
            if (count[i] == 0) {
                s += w[i];
            }
        }
        return s;
    }

    /**
     * The Lagrangian upper bound (see the class comment), never above the total weight.
     *
     * @param incumbent a known feasible value (the Polyak step aims at it)
     */
    public static double lagrangianBound(SitingProblem p, int iterations, double incumbent) {
        int m = p.demandPoints();
        int n = p.options();
        double[] w = p.weightsView();
        // Start from each point's weight shared among the options covering it: then v_j is option j's covered weight
        // split fairly, a much better start than lambda = w when options overlap.
        int[] degree = new int[m];
        for (int j = 0; j < n; j++) {
            for (int i : p.coversView(j)) {
                degree[i]++;
            }
        }
        double[] lambda = new double[m];
        for (int i = 0; i < m; i++) {
            lambda[i] = degree[i] > 0 ? w[i] / Math.min(degree[i], Math.max(1, Math.min(p.maxStations(), n))) : w[i];
        }
        double[] v = new double[n];
        double[] x = new double[n];
        double[] g = new double[m];
        double best = Double.POSITIVE_INFINITY;
        double mu = 2;
        int stall = 0;
        double eps = 1e-9 * Math.max(1, p.totalWeight());
        for (int it = 0; it < iterations; it++) {
            double yPart = 0;
            for (int i = 0; i < m; i++) {
                double d = w[i] - lambda[i];
                if (d > 0) {
                    yPart += d;
                    g[i] = -1;
                } else {
                    g[i] = 0;
                }
            }
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int i : p.coversView(j)) {
                    s += lambda[i];
                }
                v[j] = s;
            }
            double xPart = bestX(p, v, x);
            double bound = yPart + xPart;
            if (bound < best - eps) {
                best = bound;
                stall = 0;
            } else if (++stall >= 20) {
                mu /= 2;
                stall = 0;
            }
            if (Math.min(best, p.totalWeight()) - incumbent <= eps || mu < 1e-5) {
                break;
            }
            for (int j = 0; j < n; j++) {
                if (x[j] > 0) {
                    for (int i : p.coversView(j)) {
                        g[i] += x[j];
                    }
                }
            }
            double norm = 0;
            for (int i = 0; i < m; i++) {
                norm += g[i] * g[i];
            }
            if (norm == 0) {
                break; // lambda is optimal for the dual
            }
            double step = mu * Math.max(bound - incumbent, eps) / norm;
            for (int i = 0; i < m; i++) {
                lambda[i] = Math.max(0, lambda[i] - step * g[i]);
            }
        }
        return Math.min(best, p.totalWeight());
    }

    /** max sum v_j x_j over the relaxed limits (top N; fractional knapsack); writes the maximiser into x. */
    private static double bestX(SitingProblem p, double[] v, double[] x) {
        int n = p.options();
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        double card = Double.POSITIVE_INFINITY;
        double[] xCard = new double[n];
        if (p.maxStations() != Integer.MAX_VALUE) {
            Arrays.sort(order, Comparator.<Integer>comparingDouble(j -> -v[j]).thenComparingInt(j -> j));
            card = 0;
            for (int k = 0; k < Math.min(n, p.maxStations()); k++) {
                int j = order[k];
                if (v[j] <= 0) {
                    break;
                }
                card += v[j];
                xCard[j] = 1;
            }
        }
        double knap = Double.POSITIVE_INFINITY;
        double[] xKnap = new double[n];
        if (p.budget() != Double.POSITIVE_INFINITY) {
            Arrays.sort(
                    order,
                    Comparator.<Integer>comparingDouble(j -> -v[j] / p.cost(j)).thenComparingInt(j -> j));
            knap = 0;
            double left = p.budget();
            for (int k = 0; k < n && left > 0; k++) {
                int j = order[k];
                if (v[j] <= 0) {
                    break;
                }
                double f = Math.min(1, left / p.cost(j));
                knap += f * v[j];
                xKnap[j] = f;
                left -= f * p.cost(j);
            }
        }
        double[] src = card <= knap ? xCard : xKnap;
        System.arraycopy(src, 0, x, 0, n);
        return Math.min(card, knap);
    }

    /** Exact search with the submodular bound; see the class comment. */
    private static final class BranchAndBound {
        private final SitingProblem p;
        private final long nodeLimit;
        private final int[] order;
        private final int[] count;
        private final double[] w;
        private final double eps;
        int[] incumbent;
        double incumbentW;
        long nodes;
        boolean complete = true;

        BranchAndBound(SitingProblem p, int[] start, double startW, long nodeLimit) {
            this.p = p;
            this.nodeLimit = nodeLimit;
            this.w = p.weightsView();
            this.count = new int[p.demandPoints()];
            this.eps = 1e-9 * Math.max(1, p.totalWeight());
            double[] single = new double[p.options()];
            for (int j = 0; j < single.length; j++) {
                single[j] = gain(p.coversView(j), count, w);
            }
            this.order = IntStream.range(0, p.options())
                    .boxed()
                    .filter(j -> single[j] > 0 && p.cost(j) <= p.budget() * (1 + 1e-12))
                    .sorted(Comparator.<Integer>comparingDouble(j -> -single[j]).thenComparingInt(j -> j))
                    .mapToInt(Integer::intValue)
                    .toArray();
            this.incumbent = start.clone();
            this.incumbentW = startW;
        }

        void run() {
            visit(new int[0], -1, 0, 0);
        }

        /** Node S (chosen, last order position t): try to improve, bound, then children u > t. */
        private void visit(int[] chosen, int t, double value, double used) {
            if (++nodes > nodeLimit) {
                complete = false;
                return;
            }
            if (value > incumbentW + eps) {
                incumbent = chosen.clone();
                incumbentW = value;
            }
            int left = p.maxStations() - chosen.length;
            if (left <= 0) {
                return;
            }
            int rest = order.length - t - 1;
            if (rest <= 0) {
                return;
            }
            double budgetLeft = p.budget() - used;
            double[] delta = new double[rest];
            for (int k = 0; k < rest; k++) {
                int j = order[t + 1 + k];
                delta[k] = p.cost(j) <= budgetLeft * (1 + 1e-12) ? gain(p.coversView(j), count, w) : 0;
            }
            if (value + completion(delta, t + 1, left, budgetLeft) <= incumbentW + eps) {
                return;
            }
            for (int k = 0; k < rest && complete; k++) {
                if (delta[k] <= 0) {
                    continue;
                }
                int j = order[t + 1 + k];
                for (int i : p.coversView(j)) {
                    count[i]++;
                }
                int[] next = Arrays.copyOf(chosen, chosen.length + 1);
                next[chosen.length] = j;
                visit(next, t + 1 + k, value + delta[k], used + p.cost(j));
                for (int i : p.coversView(j)) {
                    count[i]--;
                }
            }
        }

        /** Upper bound on what at most {@code left} more options within {@code budgetLeft} can add. */
        private double completion(double[] delta, int from, int left, double budgetLeft) {
            Integer[] idx = IntStream.range(0, delta.length).boxed().toArray(Integer[]::new);
            double best = Double.POSITIVE_INFINITY;
            if (p.maxStations() != Integer.MAX_VALUE) {
                double[] sorted = delta.clone();
                Arrays.sort(sorted);
                double s = 0;
                for (int k = 0; k < Math.min(left, sorted.length); k++) {
                    s += sorted[sorted.length - 1 - k];
                }
                best = s;
            }
            if (p.budget() != Double.POSITIVE_INFINITY) {
                Arrays.sort(
                        idx,
                        Comparator.<Integer>comparingDouble(k -> -delta[k] / p.cost(order[from + k]))
                                .thenComparingInt(k -> k));
                double s = 0;
                double cap = budgetLeft;
                for (int k = 0; k < idx.length && cap > 0; k++) {
                    int q = idx[k];
                    if (delta[q] <= 0) {
                        break;
                    }
                    double c = p.cost(order[from + q]);
                    double f = Math.min(1, cap / c);
                    s += f * delta[q];
                    cap -= f * c;
                }
                best = Math.min(best, s);
            }
            return best;
        }
    }
}
