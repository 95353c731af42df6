package io.steeldome.defence.wta;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Static weapon-target assignment (minimise the expected surviving value, every weapon firing at most
 * {@code shotsPerWeapon} shots, several at one target allowed), solved near-optimally with a lower bound that says how
 * near:
 *
 * <ol>
 *   <li>greedy maximum marginal return (the baseline): repeatedly the shot with the largest {@code v_j S_j p_ij};
 *   <li>local search over single shots (take a shot off its target and put it where it now gains most) and over
 *       pairs of shots (exchange their targets), to a local optimum;
 *   <li>iterated local search: a seeded ruin-and-recreate kick (a few shots, or all shots on one target, taken off
 *       and put back greedily), local search again, keep the best, until the caller's stop condition or the round
 *       budget;
 *   <li>a lower bound from Lagrangian relaxation of the shot limits (multipliers {@code lambda_i}, the price of a
 *       shot of weapon i), which splits the problem by target. Each target's subproblem is bounded below two ways,
 *       and the larger is taken: the continuous relaxation {@code min v e^-s + c s} (c the cheapest price per unit of
 *       {@code -ln(1-p)}, closed form), and a count bound: with k shots the survival is at least {@code e^-(the k
 *       largest -ln(1-p_ij))} and the cost at least the k cheapest prices, minimised over integer k. Any {@code
 *       lambda >= 0} gives a valid bound (weak duality); projected subgradient steps push it up.
 * </ol>
 *
 * <p>The bound is valid but not tight: on the Andersen-Pavlikov-Toffolo benchmark it lies about 5 % below the
 * best-known values for one shot per weapon and 20-30 % below for two or three (their branch-and-adjust bounds are
 * within 0.2 %); the count bound is what makes it useful at all (the continuous relaxation alone spreads fractional
 * shots and lies 30-75 % below).
 *
 * <p>Nothing here reads a clock: the caller decides when to stop (the CLI passes a deadline). Deterministic for a seed
 * and a round budget.
 */
public final class StaticWtaSolver {
    private static final double EPS = 1e-12;
    /** Subgradient steps for the lower bound (run after the search, whatever the stop condition says). */
    private static final int BOUND_ITERATIONS = 2000;
    /** Threshold accepting: a kicked solution up to 1 % worse than the current one is kept (measured best of 0-1 %). */
    private static final double ACCEPT_WORSE = 0.01;

    /**
     * @param shots x_ij, weapons x targets
     * @param objective expected surviving value of {@code shots}, recomputed from scratch
     * @param lowerBound a proven lower bound on the optimum
     * @param greedyObjective the greedy baseline's objective
     * @param rounds iterated-local-search rounds done
     */
    public record Solution(int[][] shots, double objective, double lowerBound, double greedyObjective, long rounds) {
        /** (objective - lowerBound) / objective; 0 when both are 0. */
        public double gap() {
            return objective <= 0 ? 0 : Math.max(0, (objective - lowerBound) / objective);
        }
    }

    private final WtaInstance in;
    private final int w;
    private final int t;
    private final int mu;
    private final double[] v;
    private final double[][] p;
    private final double[][] q;
    /** shot k belongs to weapon k / mu */
    private final int[] target;

    private final double[] survival;

    private StaticWtaSolver(WtaInstance in) {
        this.in = in;
        this.w = in.weapons();
        this.t = in.targets();
        this.mu = in.shotsPerWeapon();
        this.v = in.values();
        this.p = in.pk();
        this.q = new double[w][t];
        for (int i = 0; i < w; i++) {
            for (int j = 0; j < t; j++) {
                q[i][j] = 1 - p[i][j];
            }
        }
        this.target = new int[w * mu];
        this.survival = new double[t];
    }

    /**
     * @param seed seeds the kicks
     * @param maxRounds iterated-local-search rounds at most (0: greedy plus one local search)
     * @param stop polled between rounds; true ends the search
     */
    public static Solution solve(WtaInstance instance, long seed, long maxRounds, BooleanSupplier stop) {
        StaticWtaSolver s = new StaticWtaSolver(instance);
        return s.run(seed, maxRounds, stop);
    }

    private Solution run(long seed, long maxRounds, BooleanSupplier stop) {
        greedy();
        double greedyObjective = recompute();
        localSearch();
        double best = recompute();
        int[] bestTarget = target.clone();
        int[] currentTarget = target.clone();
        double current = best;
        SplittableRandom rnd = new SplittableRandom(seed);
        int shots = target.length;
        long rounds = 0;
        while (rounds < maxRounds && !stop.getAsBoolean()) {
            rounds++;
            ruinAndRecreate(rnd);
            localSearch();
            double obj = recompute();
            if (obj < best - EPS * Math.max(1, best)) {
                best = obj;
                current = obj;
                System.arraycopy(target, 0, bestTarget, 0, shots);
                System.arraycopy(target, 0, currentTarget, 0, shots);
            } else if (obj < current * (1 + ACCEPT_WORSE)) {
                // threshold accepting: wander among near-equal local optima instead of restarting from the best
                current = obj;
                System.arraycopy(target, 0, currentTarget, 0, shots);
            } else {
                System.arraycopy(currentTarget, 0, target, 0, shots);
            }
            if (rounds % 1000 == 0) { // return to the best now and then
                current = best;
                System.arraycopy(bestTarget, 0, currentTarget, 0, shots);
                System.arraycopy(bestTarget, 0, target, 0, shots);
            }
        }
        System.arraycopy(bestTarget, 0, target, 0, shots);
        int[][] x = new int[w][t];
        for (int k = 0; k < shots; k++) {
            x[k / mu][target[k]]++;
        }
        double objective = in.objective(x);
        double bound = Math.min(lagrangianBound(objective, stop), objective);
        return new Solution(x, objective, bound, greedyObjective, rounds);
    }

    /**
     * The kick: take a few random shots off (sometimes every shot on one random target) and put them back one by one
     * where they gain most, now and then at the second-best place, so the search leaves its local optimum without
     * throwing the solution away.
     */
    private void ruinAndRecreate(SplittableRandom rnd) {
        int n = target.length;
        int[] removed = new int[n];
        int r = 0;
        boolean[] off = new boolean[n];
        if (rnd.nextBoolean()) {
            int j = target[rnd.nextInt(n)];
            for (int k = 0; k < n; k++) {
                if (target[k] == j) {
                    off[k] = true;
                    removed[r++] = k;
                }
            }
        }
        int extra = 1 + rnd.nextInt(Math.max(1, Math.min(8, n / 25)));
        for (int e = 0; e < extra; e++) {
            int k = rnd.nextInt(n);
            if (!off[k]) {
                off[k] = true;
                removed[r++] = k;
            }
        }
        java.util.Arrays.fill(survival, 1);
        for (int k = 0; k < n; k++) {
            if (!off[k]) {
                survival[target[k]] *= q[k / mu][target[k]];
            }
        }
        for (int m = r - 1; m > 0; m--) { // random reinsertion order
            int o = rnd.nextInt(m + 1);
            int tmp = removed[m];
            removed[m] = removed[o];
            removed[o] = tmp;
        }
        for (int m = 0; m < r; m++) {
            int k = removed[m];
            int i = k / mu;
            int best = -1;
            int second = -1;
            double g1 = -1;
            double g2 = -1;
            for (int j = 0; j < t; j++) {
                double g = v[j] * survival[j] * p[i][j];
                if (g > g1) {
                    g2 = g1;
                    second = best;
                    g1 = g;
                    best = j;
                } else if (g > g2) {
                    g2 = g;
                    second = j;
                }
            }
            int chosen = second >= 0 && rnd.nextInt(4) == 0 ? second : best;
            target[k] = chosen;
            survival[chosen] *= q[i][chosen];
        }
    }

    /** Greedy maximum marginal return over all remaining shots. */
    private void greedy() {
        java.util.Arrays.fill(survival, 1);
        int[] left = new int[w];
        java.util.Arrays.fill(left, mu);
        for (int n = 0; n < w * mu; n++) {
            double bestGain = -1;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < w; i++) {
                if (left[i] == 0) {
                    continue;
                }
                double[] pi = p[i];
                for (int j = 0; j < t; j++) {
                    double gain = v[j] * survival[j] * pi[j];
                    if (gain > bestGain) {
                        bestGain = gain;
                        bi = i;
                        bj = j;
                    }
                }
            }
            target[bi * mu + (mu - left[bi])] = bj;
            left[bi]--;
            survival[bj] *= q[bi][bj];
        }
    }

    /** Survival per target and the objective, from scratch (no drift from incremental divisions). */
    private double recompute() {
        java.util.Arrays.fill(survival, 1);
        for (int k = 0; k < target.length; k++) {
            survival[target[k]] *= q[k / mu][target[k]];
        }
        double obj = 0;
        for (int j = 0; j < t; j++) {
            obj += v[j] * survival[j];
        }
        return obj;
    }

    /** Single-shot reinsertion and pairwise exchange until neither improves. */
    private void localSearch() {
        boolean improved = true;
        int passes = 0;
        while (improved && passes++ < 1000) {
            improved = reinsertPass();
            improved |= swapPass();
            recompute();
        }
    }

    private boolean reinsertPass() {
        boolean improved = false;
        for (int k = 0; k < target.length; k++) {
            int i = k / mu;
            int a = target[k];
            double sa = survival[a] / q[i][a]; // a without this shot
            double removed = v[a] * (sa - survival[a]); // cost of taking the shot off
            double bestGain = v[a] * sa * p[i][a];
            int best = a;
            for (int b = 0; b < t; b++) {
                if (b == a) {
                    continue;
                }
                double gain = v[b] * survival[b] * p[i][b];
                if (gain > bestGain) {
                    bestGain = gain;
                    best = b;
                }
            }
            if (best != a && bestGain - removed > EPS * (1 + bestGain)) {
                target[k] = best;
                survival[a] = sa;
                survival[best] *= q[i][best];
                improved = true;
            }
        }
        return improved;
    }

    private boolean swapPass() {
        boolean improved = false;
        int n = target.length;
        for (int k1 = 0; k1 < n; k1++) {
            int i1 = k1 / mu;
            for (int k2 = k1 + 1; k2 < n; k2++) {
                int a = target[k1];
                int b = target[k2];
                int i2 = k2 / mu;
                if (a == b || i1 == i2) {
                    continue;
                }
                double saNew = survival[a] / q[i1][a] * q[i2][a];
                double sbNew = survival[b] / q[i2][b] * q[i1][b];
                double delta = v[a] * (saNew - survival[a]) + v[b] * (sbNew - survival[b]);
                if (delta < -EPS * (1 + v[a] * survival[a] + v[b] * survival[b])) {
                    target[k1] = b;
                    target[k2] = a;
                    survival[a] = saNew;
                    survival[b] = sbNew;
                    improved = true;
                }
            }
        }
        return improved;
    }

    /**
     * max over lambda >= 0 of L(lambda) = sum_j h_j(lambda) - mu sum_i lambda_i by projected subgradient with Polyak
     * steps towards {@code upper}; returns the best L found (a valid lower bound at every step).
     */
    private double lagrangianBound(double upper, BooleanSupplier stop) {
        double[][] a = new double[w][t];
        for (int i = 0; i < w; i++) {
            for (int j = 0; j < t; j++) {
                a[i][j] = -Math.log(q[i][j]);
            }
        }
        // start: the price of a shot at the incumbent, the best marginal return one more shot of weapon i would buy
        // (complementary slackness makes these near-optimal multipliers when the incumbent is near-optimal)
        recompute();
        double[] lambda = new double[w];
        for (int i = 0; i < w; i++) {
            double price = 0;
            for (int j = 0; j < t; j++) {
                price = Math.max(price, v[j] * survival[j] * p[i][j]);
            }
            lambda[i] = Math.max(price, 1e-12);
        }
        // For the count bound: per target the prefix sums of its largest -ln(1-p) with multiplicity mu.
        int kMax = Math.min(w * mu, 40);
        double[][] topA = new double[t][kMax + 1];
        double[] col = new double[w];
        for (int j = 0; j < t; j++) {
            for (int i = 0; i < w; i++) {
                col[i] = a[i][j];
            }
            java.util.Arrays.sort(col);
            int k = 0;
            for (int i = w - 1; i >= 0 && k < kMax; i--) {
                for (int m = 0; m < mu && k < kMax; m++) {
                    topA[j][k + 1] = topA[j][k] + col[i];
                    k++;
                }
            }
        }
        Integer[] byPrice = new Integer[w];
        double[] cheapest = new double[kMax + 2]; // sum of the k cheapest shot prices (multiplicity mu)
        int[] shotWeapon = new int[kMax + 1];
        double[] g = new double[w];
        double best = Double.NEGATIVE_INFINITY;
        double theta = 0.1;
        int sinceBest = 0;
        for (int iter = 0; iter < BOUND_ITERATIONS; iter++) {
            java.util.Arrays.fill(g, -mu);
            double l = 0;
            for (int i = 0; i < w; i++) {
                byPrice[i] = i;
            }
            final double[] lam = lambda;
            java.util.Arrays.sort(byPrice, (x1, x2) -> Double.compare(lam[x1], lam[x2]));
            int filled = 0;
            for (int r = 0; r < w && filled <= kMax; r++) {
                for (int m = 0; m < mu && filled <= kMax; m++) {
                    if (filled < kMax) {
                        shotWeapon[filled] = byPrice[r];
                    }
                    cheapest[filled + 1] = cheapest[filled] + lambda[byPrice[r]];
                    filled++;
                }
            }
            for (int j = 0; j < t; j++) {
                // Count bound: with k shots at target j its survival is at least e^-(its k largest -ln q) and the
                // shots cost at least the k cheapest prices, each term minimised separately (valid, integral in k);
                // beyond kMax shots the survival term is >= 0.
                double hCount = Double.POSITIVE_INFINITY;
                int kBest = 0;
                int kLimit = Math.min(kMax, filled);
                for (int k = 0; k <= kLimit; k++) {
                    double h = v[j] * Math.exp(-topA[j][k]) + cheapest[k];
                    if (h < hCount) {
                        hCount = h;
                        kBest = k;
                    }
                }
                if (filled > kMax && cheapest[kMax + 1] < hCount) {
                    hCount = cheapest[kMax + 1];
                    kBest = kMax + 1;
                }
                double c = Double.POSITIVE_INFINITY;
                int ci = -1;
                for (int i = 0; i < w; i++) {
                    if (a[i][j] > 0) {
                        double r = lambda[i] / a[i][j];
                        if (r < c) {
                            c = r;
                            ci = i;
                        }
                    }
                }
                double hCont;
                double sCont = 0;
                if (ci < 0 || v[j] <= c) {
                    hCont = v[j];
                } else {
                    sCont = Math.log(v[j] / c);
                    hCont = c * (1 + sCont);
                }
                // both lower-bound the same integer subproblem: take the larger and its subgradient
                if (hCount > hCont) {
                    l += hCount;
                    for (int k = 0; k < kBest; k++) {
                        g[shotWeapon[Math.min(k, kMax - 1)]] += 1;
                    }
                } else {
                    l += hCont;
                    if (sCont > 0) {
                        g[ci] += sCont / a[ci][j];
                    }
                }
            }
            double norm2 = 0;
            for (int i = 0; i < w; i++) {
                l -= mu * lambda[i];
                norm2 += g[i] * g[i];
            }
            if (l > best) {
                best = l;
                sinceBest = 0;
            } else if (++sinceBest >= 50) {
                theta /= 2;
                sinceBest = 0;
                if (theta < 1e-6) {
                    break;
                }
            }
            if (norm2 == 0) {
                break; // lambda is optimal for the relaxation
            }
            double step = theta * Math.max(upper - l, 1e-12 * upper) / norm2;
            for (int i = 0; i < w; i++) {
                lambda[i] = Math.max(1e-15, lambda[i] + step * g[i]);
            }
        }
        return best;
    }
}
