package io.steeldome.defence.wta;

import io.steeldome.core.error.Checks;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Static weapon-target assignment (minimise the expected surviving value, every weapon firing at most
 * {@code shotsPerWeapon} shots, several at one target allowed), solved near-optimally with a lower bound that says how
 * near:
 *
 * <ol>
 *   <li>greedy maximum marginal return (the baseline): repeatedly the shot with the largest {@code v_j S_j p_ij};
 *   <li>local search: re-aim all shots of one weapon at once (exact for that weapon: with the others fixed its
 *       objective is separable and convex in its shot counts, so greedy marginal return is optimal), and exchange the
 *       targets of two shots; moves are priced in O(1) from the cached survival {@code S_j} of every target;
 *   <li>a very large neighbourhood solved exactly as a linear assignment problem (the "multi-exchange" idea of Ahuja,
 *       Kumar, Jha and Orlin 2007, made exact): take at most one shot off each of a random subset of targets; as long
 *       as every target then receives at most one of these shots, the objective is linear in the reassignment, so the
 *       Hungarian method finds the best simultaneous re-aiming of all of them, which contains every ejection chain
 *       and cycle through those targets;
 *   <li>iterated local search: a seeded ruin-and-recreate kick, local search again, threshold acceptance, until the
 *       caller's stop condition or the round budget;
 *   <li>a lower bound from Lagrangian relaxation of the shot limits (multipliers {@code lambda_i}, the price of a
 *       shot of weapon i), which splits the problem by target. Each target's subproblem {@code min v_j prod_i
 *       q_ij^x_i + sum_i lambda_i x_i} over integer {@code 0 <= x_i <= mu} is solved exactly by branch and bound
 *       (weapons by increasing price per unit of {@code -ln q_ij}; the continuous relaxation of the rest bounds each
 *       node), so the bound is the Lagrangian dual, the LP bound of the per-target pattern formulation. Any {@code
 *       lambda >= 0} gives a valid bound (weak duality); projected subgradient steps with Polyak step lengths push it
 *       up.
 * </ol>
 *
 * <p>By default two searches run in parallel (the second from greedy on randomly distorted values) and the better one
 * wins. On the Andersen-Pavlikov-Toffolo benchmark (50 x 100 and 100 x 200, mu = 1, 2, 3) with 0.7 s of CPU per search
 * thread the result is within 1 % of the best-known value on every instance (mostly within 0.1 %), and the bound
 * within 0.2 % of it (README has the table).
 *
 * <p>Nothing here reads a clock: the caller decides when to stop (the CLI passes a deadline). Deterministic for a seed
 * and a round budget.
 */
public final class StaticWtaSolver {
    private static final double EPS = 1e-12;
    /** Relative spread of the distorted target values that seed the starts of the threads after the first. */
    private static final double START_NOISE = 0.3;
    /** Independent search threads of {@link #solve(WtaInstance, long, long, BooleanSupplier)}. */
    public static final int DEFAULT_THREADS = 2;
    /** Subgradient steps for the lower bound at most (run after the search, whatever the stop condition says). */
    private static final int BOUND_ITERATIONS = 400;
    /** Subgradient steps times weapons times targets: bigger instances get fewer steps, for a bounded time. */
    private static final long BOUND_WORK = 400L * 100 * 200;
    /** Polyak target of the subgradient steps, relative to the incumbent's objective. */
    private static final double POLYAK_TARGET = 1.1;
    /** Largest number of random extra shots a kick takes off. */
    private static final int KICK_SHOTS = 8;
    /** Rounds without a new best after which the search returns to the best. */
    private static final int RETURN_TO_BEST = 200;
    /** An assignment move releases a shot from each target with one with a probability drawn from [this, 1]. */
    private static final double RELEASE_MIN = 0.5;
    /** Branch-and-bound nodes per target subproblem before it settles for its open nodes' bound (still valid). */
    private static final int BOUND_NODE_LIMIT = 20_000;
    /** Threshold accepting: a kicked solution up to this fraction worse than the current one is kept. */
    private static final double ACCEPT_WORSE = 0.002;
    /** Consecutive non-improving assignment moves that end a local search (2 cost rounds and did worse). */
    private static final int LAP_FAILS = 1;

    /**
     * @param shots x_ij, weapons x targets
     * @param objective expected surviving value of {@code shots}, recomputed from scratch
     * @param lowerBound a proven lower bound on the optimum
     * @param greedyObjective the greedy baseline's objective
     * @param rounds iterated-local-search rounds done, summed over the search threads
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
    private final Hungarian hungarian;

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
        this.hungarian = new Hungarian(Math.min(w * mu, t), t);
    }

    /**
     * Searches with {@link #DEFAULT_THREADS} independent seeded searches in parallel and keeps the best.
     *
     * @param seed seeds the kicks
     * @param maxRounds iterated-local-search rounds at most, per search thread (0: greedy plus one local search)
     * @param stop polled between rounds by every search thread; true ends the search
     */
    public static Solution solve(WtaInstance instance, long seed, long maxRounds, BooleanSupplier stop) {
        return solve(instance, seed, maxRounds, stop, DEFAULT_THREADS);
    }

    /**
     * As {@link #solve(WtaInstance, long, long, BooleanSupplier)} with {@code threads} independent searches (seeds
     * derived from {@code seed}); the best wins, ties to the lowest thread, so a round budget gives the same answer on
     * every machine. The lower bound is computed afterwards in the calling thread.
     */
    public static Solution solve(WtaInstance instance, long seed, long maxRounds, BooleanSupplier stop, int threads) {
        Checks.inRange("threads", threads, 1, 64, "");
        StaticWtaSolver[] workers = new StaticWtaSolver[threads];
        double[] found = new double[threads];
        long[] rounds = new long[threads];
        SplittableRandom seeds = new SplittableRandom(seed);
        long[] workerSeeds = new long[threads];
        for (int k = 0; k < threads; k++) {
            workers[k] = new StaticWtaSolver(instance);
            workerSeeds[k] = k == 0 ? seed : seeds.nextLong();
        }
        Thread[] running = new Thread[threads];
        Throwable[] failure = new Throwable[threads];
        for (int k = 1; k < threads; k++) {
            int kk = k;
            running[k] = new Thread(
                    () -> {
                        try {
                            found[kk] = workers[kk].search(workerSeeds[kk], maxRounds, stop, true);
                            rounds[kk] = workers[kk].rounds;
                        } catch (Throwable e) {
                            failure[kk] = e;
                        }
                    },
                    "wta-search-" + k);
            running[k].setDaemon(true);
            running[k].start();
        }
        found[0] = workers[0].search(workerSeeds[0], maxRounds, stop, false);
        rounds[0] = workers[0].rounds;
        for (int k = 1; k < threads; k++) {
            try {
                running[k].join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the WTA search threads", e);
            }
            if (failure[k] != null) {
                throw new IllegalStateException("WTA search thread " + k + " failed", failure[k]);
            }
        }
        int bestK = 0;
        long totalRounds = 0;
        for (int k = 0; k < threads; k++) {
            totalRounds += rounds[k];
            if (found[k] < found[bestK]) {
                bestK = k;
            }
        }
        return workers[bestK].finish(totalRounds);
    }

    private long rounds;
    private double greedyObjective;

    /** Greedy, local search, then iterated local search; leaves the best assignment in {@link #target}. */
    private double search(long seed, long maxRounds, BooleanSupplier stop, boolean diversify) {
        SplittableRandom rnd = new SplittableRandom(seed);
        greedy(v);
        greedyObjective = recompute();
        if (diversify) {
            // other threads start from greedy on randomly distorted target values, so they explore other basins
            double[] noisy = new double[t];
            for (int j = 0; j < t; j++) {
                noisy[j] = v[j] * (1 - START_NOISE + 2 * START_NOISE * rnd.nextDouble());
            }
            greedy(noisy);
        }
        double best = localSearch(rnd, stop);
        int[] bestTarget = target.clone();
        int[] currentTarget = target.clone();
        double current = best;
        int shots = target.length;
        long sinceBest = 0;
        while (rounds < maxRounds && !stop.getAsBoolean()) {
            rounds++;
            ruinAndRecreate(rnd);
            double obj = localSearch(rnd, stop);
            if (obj < best - EPS * Math.max(1, best)) {
                best = obj;
                current = obj;
                sinceBest = 0;
                System.arraycopy(target, 0, bestTarget, 0, shots);
                System.arraycopy(target, 0, currentTarget, 0, shots);
            } else if (obj < current * (1 + ACCEPT_WORSE)) {
                // threshold accepting: wander among near-equal local optima instead of restarting from the best
                current = obj;
                System.arraycopy(target, 0, currentTarget, 0, shots);
            } else {
                System.arraycopy(currentTarget, 0, target, 0, shots);
            }
            if (++sinceBest % RETURN_TO_BEST == 0) { // return to the best now and then
                current = best;
                System.arraycopy(bestTarget, 0, currentTarget, 0, shots);
                System.arraycopy(bestTarget, 0, target, 0, shots);
            }
        }
        System.arraycopy(bestTarget, 0, target, 0, shots);
        return recompute();
    }

    /** The solution record for the assignment in {@link #target}, with its lower bound. */
    private Solution finish(long totalRounds) {
        int[][] x = new int[w][t];
        for (int k = 0; k < target.length; k++) {
            x[k / mu][target[k]]++;
        }
        double objective = in.objective(x);
        double bound = Math.min(lagrangianBound(objective), objective);
        return new Solution(x, objective, bound, greedyObjective, totalRounds);
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
        int extra = 1 + rnd.nextInt(Math.max(1, Math.min(KICK_SHOTS, n / 25)));
        for (int e = 0; e < extra; e++) {
            int k = rnd.nextInt(n);
            if (!off[k]) {
                off[k] = true;
                removed[r++] = k;
            }
        }
        Arrays.fill(survival, 1);
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
    private void greedy(double[] values) {
        double[] v = values;
        Arrays.fill(survival, 1);
        int[] left = new int[w];
        Arrays.fill(left, mu);
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
        Arrays.fill(survival, 1);
        for (int k = 0; k < target.length; k++) {
            survival[target[k]] *= q[k / mu][target[k]];
        }
        double obj = 0;
        for (int j = 0; j < t; j++) {
            obj += v[j] * survival[j];
        }
        return obj;
    }

    /**
     * Cheap moves (weapon re-aiming, shot exchange) to a local optimum, then assignment moves until {@link #LAP_FAILS}
     * in a row find nothing; back to the cheap moves after every assignment improvement. Returns the objective.
     */
    private double localSearch(SplittableRandom rnd, BooleanSupplier stop) {
        double obj = cheapLocalSearch();
        int fails = 0;
        while (fails < LAP_FAILS && !stop.getAsBoolean()) { // polled here too: one descent can be long on big instances
            double after = assignmentMove(rnd, obj, 0);
            if (after < obj - EPS * Math.max(1, obj)) {
                fails = 0;
                obj = cheapLocalSearch();
            } else {
                fails++;
            }
        }
        return obj;
    }

    private double cheapLocalSearch() {
        boolean improved = true;
        int passes = 0;
        while (improved && passes++ < 1000) {
            improved = weaponPass();
            improved |= swapPass();
        }
        return recompute();
    }

    /**
     * Every weapon in turn: all its shots off, then back one by one where the marginal return is largest, which is
     * optimal for that weapon given the others.
     */
    private boolean weaponPass() {
        boolean improved = false;
        int[] old = new int[mu];
        for (int i = 0; i < w; i++) {
            double[] qi = q[i];
            double[] pi = p[i];
            double before = 0;
            for (int m = 0; m < mu; m++) {
                int j = target[i * mu + m];
                old[m] = j;
                survival[j] /= qi[j];
            }
            for (int m = 0; m < mu; m++) { // value at stake on the touched targets before the move
                int j = old[m];
                double s = survival[j];
                for (int m2 = 0; m2 < mu; m2++) {
                    if (old[m2] == j) {
                        s *= qi[j];
                    }
                }
                if (firstOccurrence(old, m)) {
                    before += v[j] * survival[j] - v[j] * s;
                }
            }
            double gained = 0;
            for (int m = 0; m < mu; m++) {
                double bestGain = -1;
                int bj = 0;
                for (int j = 0; j < t; j++) {
                    double g = v[j] * survival[j] * pi[j];
                    if (g > bestGain) {
                        bestGain = g;
                        bj = j;
                    }
                }
                gained += bestGain;
                survival[bj] *= qi[bj];
                target[i * mu + m] = bj;
            }
            if (gained > before + EPS * (1 + before)) {
                improved = !sameMultiset(old, i);
            } else { // keep the old aim (ties and rounding)
                for (int m = 0; m < mu; m++) {
                    int j = target[i * mu + m];
                    survival[j] /= qi[j];
                }
                for (int m = 0; m < mu; m++) {
                    target[i * mu + m] = old[m];
                    survival[old[m]] *= qi[old[m]];
                }
            }
        }
        recompute();
        return improved;
    }

    private static boolean firstOccurrence(int[] a, int m) {
        for (int k = 0; k < m; k++) {
            if (a[k] == a[m]) {
                return false;
            }
        }
        return true;
    }

    private boolean sameMultiset(int[] old, int i) {
        int[] a = old.clone();
        int[] b = Arrays.copyOfRange(target, i * mu, i * mu + mu);
        Arrays.sort(a);
        Arrays.sort(b);
        return Arrays.equals(a, b);
    }

    private boolean swapPass() {
        boolean improved = false;
        int n = target.length;
        for (int k1 = 0; k1 < n; k1++) {
            int i1 = k1 / mu;
            double[] q1 = q[i1];
            for (int k2 = (i1 + 1) * mu; k2 < n; k2++) {
                int a = target[k1];
                int b = target[k2];
                if (a == b) {
                    continue;
                }
                int i2 = k2 / mu;
                double[] q2 = q[i2];
                double saNew = survival[a] / q1[a] * q2[a];
                double sbNew = survival[b] / q2[b] * q1[b];
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
        recompute();
        return improved;
    }

    /**
     * Releases at most one shot from each of a random subset of targets and re-aims all released shots at once,
     * optimally, under the rule that each target receives at most one of them (which keeps the objective linear).
     * Keeps the result if it is better; returns the objective after.
     */
    private double assignmentMove(SplittableRandom rnd, double obj, double noise) {
        int n = target.length;
        double[] sPrime = survival.clone();
        int[] perm = new int[n];
        for (int k = 0; k < n; k++) {
            perm[k] = k;
        }
        for (int k = n - 1; k > 0; k--) {
            int o = rnd.nextInt(k + 1);
            int tmp = perm[k];
            perm[k] = perm[o];
            perm[o] = tmp;
        }
        double release = RELEASE_MIN + (1 - RELEASE_MIN) * rnd.nextDouble();
        boolean[] taken = new boolean[t];
        int[] rows = new int[Math.min(n, t)];
        int r = 0;
        for (int m = 0; m < n && r < rows.length; m++) {
            int k = perm[m];
            int j = target[k];
            if (!taken[j]) {
                taken[j] = true; // decide once per target whether it releases (its first shot in random order)
                if (rnd.nextDouble() < release) {
                    rows[r++] = k;
                    sPrime[j] /= q[k / mu][j];
                }
            }
        }
        if (r == 0) {
            return obj;
        }
        double[] cost = hungarian.cost;
        for (int a = 0; a < r; a++) {
            double[] pi = p[rows[a] / mu];
            int off = a * t;
            for (int j = 0; j < t; j++) {
                cost[off + j] = -v[j] * sPrime[j] * pi[j] * (noise > 0 ? 1 + noise * (2 * rnd.nextDouble() - 1) : 1);
            }
        }
        int[] col = hungarian.solve(r, t);
        int[] old = new int[r];
        for (int a = 0; a < r; a++) {
            old[a] = target[rows[a]];
            target[rows[a]] = col[a];
        }
        double after = recompute();
        if (after < obj || noise > 0) {
            return after;
        }
        for (int a = 0; a < r; a++) {
            target[rows[a]] = old[a];
        }
        return recompute();
    }

    /**
     * Rectangular linear assignment (rows <= columns, every row assigned, each column at most once) by shortest
     * augmenting paths with potentials (the Hungarian method, O(rows^2 columns)). Dense on purpose: all released shots
     * compete for the same few valuable targets, so pruning each row to its best columns loses the good re-aimings.
     */
    private static final class Hungarian {
        final double[] cost;
        private final double[] u;
        private final double[] vv;
        private final double[] minv;
        private final int[] match;
        private final int[] way;
        private final boolean[] used;
        private final int[] result;
        private final boolean[] rowMatched;

        Hungarian(int maxRows, int cols) {
            rowMatched = new boolean[maxRows + 1];
            cost = new double[maxRows * cols];
            u = new double[maxRows + 1];
            vv = new double[cols + 1];
            minv = new double[cols + 1];
            match = new int[cols + 1];
            way = new int[cols + 1];
            used = new boolean[cols + 1];
            result = new int[maxRows];
        }

        /** Column of each row, minimising the sum of {@code cost[row * cols + col]}. */
        int[] solve(int n, int m) {
            Arrays.fill(u, 0, n + 1, 0);
            Arrays.fill(vv, 0, m + 1, 0);
            Arrays.fill(match, 0, m + 1, 0);
            // start: every row at its cheapest column when that column is still free (row potential = that cost,
            // column potentials 0: dual feasible with tight matched edges), so only the contested rows need a search
            Arrays.fill(rowMatched, 0, n + 1, false);
            for (int i = 1; i <= n; i++) {
                int off = (i - 1) * m - 1;
                double min = Double.POSITIVE_INFINITY;
                int arg = 0;
                for (int j = 1; j <= m; j++) {
                    if (cost[off + j] < min) {
                        min = cost[off + j];
                        arg = j;
                    }
                }
                u[i] = min;
                if (match[arg] == 0) {
                    match[arg] = i;
                    rowMatched[i] = true;
                }
            }
            for (int i = 1; i <= n; i++) {
                if (rowMatched[i]) {
                    continue;
                }
                match[0] = i;
                int j0 = 0;
                Arrays.fill(minv, 0, m + 1, Double.POSITIVE_INFINITY);
                Arrays.fill(used, 0, m + 1, false);
                do {
                    used[j0] = true;
                    int i0 = match[j0];
                    double delta = Double.POSITIVE_INFINITY;
                    int j1 = 0;
                    int off = (i0 - 1) * m - 1;
                    double ui = u[i0];
                    for (int j = 1; j <= m; j++) {
                        if (!used[j]) {
                            double cur = cost[off + j] - ui - vv[j];
                            if (cur < minv[j]) {
                                minv[j] = cur;
                                way[j] = j0;
                            }
                            if (minv[j] < delta) {
                                delta = minv[j];
                                j1 = j;
                            }
                        }
                    }
                    for (int j = 0; j <= m; j++) {
                        if (used[j]) {
                            u[match[j]] += delta;
                            vv[j] -= delta;
                        } else {
                            minv[j] -= delta;
                        }
                    }
                    j0 = j1;
                } while (match[j0] != 0);
                do {
                    int j1 = way[j0];
                    match[j0] = match[j1];
                    j0 = j1;
                } while (j0 != 0);
            }
            for (int j = 1; j <= m; j++) {
                if (match[j] != 0) {
                    result[match[j] - 1] = j - 1;
                }
            }
            return result;
        }
    }

    /**
     * The exact minimum of one target's Lagrangian subproblem, {@code min over integers 0 <= x_i <= mu of value *
     * exp(-sum_i a_i x_i) + sum_i lambda_i x_i} (package-private for the tests that check it against enumeration).
     */
    static double targetSubproblemMin(double value, double[] a, double[] lambda, int mu) {
        return new TargetSubproblem(a.length, mu).solve(value, a, lambda);
    }

    /**
     * max over lambda >= 0 of L(lambda) = sum_j h_j(lambda) - mu sum_i lambda_i by projected subgradient with Polyak
     * steps (target 10 % above {@code upper}, the incumbent); returns the best L found (a valid lower bound at every step).
     */
    private double lagrangianBound(double upper) {
        double[][] a = new double[t][w]; // -ln q_ij, by target
        for (int i = 0; i < w; i++) {
            for (int j = 0; j < t; j++) {
                a[j][i] = -Math.log(q[i][j]);
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
            lambda[i] = price;
        }
        TargetSubproblem sub = new TargetSubproblem(w, mu);
        double[] g = new double[w];
        double best = Double.NEGATIVE_INFINITY;
        double bestScale = 0;
        double theta = 2;
        int sinceBest = 0;
        // a fixed amount of work: fewer steps on bigger instances (400 up to 100 x 200, at least 100)
        long iterations = Math.max(100, Math.min(BOUND_ITERATIONS, BOUND_WORK / ((long) w * t)));
        for (int iter = 0; iter < iterations; iter++) {
            Arrays.fill(g, -mu);
            double l = 0;
            double scale = 0;
            for (int j = 0; j < t; j++) {
                l += sub.solve(v[j], a[j], lambda);
                scale += sub.magnitude;
                for (int s = 0; s < sub.bestCount; s++) {
                    g[sub.bestWeapon[s]] += sub.bestShots[s];
                }
            }
            double norm2 = 0;
            for (int i = 0; i < w; i++) {
                l -= mu * lambda[i];
                scale += mu * lambda[i];
                // projection: a multiplier at zero with a negative subgradient stays put
                if (lambda[i] <= 0 && g[i] < 0) {
                    g[i] = 0;
                }
                norm2 += g[i] * g[i];
            }
            if (l > best) {
                best = l;
                bestScale = scale;
                sinceBest = 0;
            } else if (++sinceBest >= 20) {
                theta /= 2;
                sinceBest = 0;
                if (theta < 1e-5) {
                    break;
                }
            }
            if (norm2 == 0) {
                break; // lambda is optimal for the relaxation
            }
            // Polyak step towards a target 10 % above the incumbent: aiming at the incumbent itself makes the steps
            // vanish when it is near-optimal, long before the multipliers have converged
            double step = theta * Math.max(POLYAK_TARGET * upper - l, 1e-9 * upper) / norm2;
            for (int i = 0; i < w; i++) {
                lambda[i] = Math.max(0, lambda[i] + step * g[i]);
            }
        }
        // floating-point safety: L is a difference of sums whose terms each carry a relative rounding of order 1e-15
        return best - 1e-12 * (bestScale + Math.abs(upper));
    }

    /**
     * min over integers 0 <= x_i <= mu of {@code value * exp(-sum_i a_i x_i) + sum_i lambda_i x_i}, by depth-first
     * branch and bound over the weapons in increasing order of {@code lambda_i / a_i} (exact order from a heap). A node's bound is the continuous
     * relaxation of the rest: at price r per unit of kill exponent (r the smallest ratio left), {@code min_y u e^-y + r
     * y} is u when u <= r and else {@code r (1 + ln(u / r))}. Returns a lower bound on the subproblem (its optimum when
     * the node limit is not hit) and leaves the best integer solution found in bestWeapon/bestShots.
     */
    private static final class TargetSubproblem {
        private final int mu;
        private final double[] ratio;
        private final int[] heap;
        private int heapSize;
        private int popped;
        private final int[] ord;
        private final int[] curShots;
        private final int[] curWeaponIndex;
        final int[] bestWeapon;
        final int[] bestShots;
        int bestCount;
        /** size of the terms that made the last result, for rounding margins */
        double magnitude;

        private double bestValue;
        private double openBound;
        private int nodes;
        private double value;
        private double[] a;
        private double[] lambda;
        private int n;

        TargetSubproblem(int w, int mu) {
            this.mu = mu;
            ratio = new double[w];
            heap = new int[w];
            ord = new int[w];
            curShots = new int[w];
            curWeaponIndex = new int[w];
            bestWeapon = new int[w];
            bestShots = new int[w];
        }

        double solve(double value, double[] a, double[] lambda) {
            this.value = value;
            this.a = a;
            this.lambda = lambda;
            int w = ratio.length;
            heapSize = 0;
            for (int i = 0; i < w; i++) {
                if (a[i] > 0) {
                    ratio[i] = lambda[i] / a[i];
                    heap[heapSize++] = i;
                }
            }
            for (int h = heapSize / 2 - 1; h >= 0; h--) {
                siftDown(h);
            }
            n = heapSize;
            popped = 0;
            bestValue = value; // no shots
            bestCount = 0;
            openBound = Double.POSITIVE_INFINITY;
            nodes = 0;
            dfs(0, 0, 0, 0);
            double lower = Math.min(bestValue, openBound);
            magnitude = value + Math.abs(lower) + bestValue;
            return lower;
        }

        /**
         * The smallest ratio among the weapons from position k on in ratio order (+inf past the end); the order is
         * produced lazily by a binary heap, since the search rarely looks past the first few weapons.
         */
        private double minRatioFrom(int k) {
            if (k >= n) {
                return Double.POSITIVE_INFINITY;
            }
            while (popped <= k) {
                int top = heap[0];
                heap[0] = heap[--heapSize];
                siftDown(0);
                ord[popped++] = top;
            }
            return ratio[ord[k]];
        }

        private void siftDown(int h) {
            int x = heap[h];
            double rx = ratio[x];
            while (true) {
                int c = 2 * h + 1;
                if (c >= heapSize) {
                    break;
                }
                if (c + 1 < heapSize && ratio[heap[c + 1]] < ratio[heap[c]]) {
                    c++;
                }
                if (ratio[heap[c]] >= rx) {
                    break;
                }
                heap[h] = heap[c];
                h = c;
            }
            heap[h] = x;
        }

        /** c + min over y >= 0 of (u e^-y + r y). */
        private static double relaxed(double u, double c, double r) {
            if (u <= r) {
                return c + u;
            }
            return r <= 0 ? c : c + r * (1 + Math.log(u / r));
        }

        private void dfs(int k, double s, double c, int depth) {
            double u = value * Math.exp(-s);
            double here = c + u;
            if (here < bestValue) {
                bestValue = here;
                bestCount = depth;
                for (int d = 0; d < depth; d++) {
                    bestWeapon[d] = ord[curWeaponIndex[d]];
                    bestShots[d] = curShots[d];
                }
            }
            if (k >= n) {
                return;
            }
            double r = minRatioFrom(k);
            double bound = relaxed(u, c, r);
            if (bound >= bestValue - 1e-15 * Math.abs(bestValue)) {
                return;
            }
            if (++nodes > BOUND_NODE_LIMIT) {
                openBound = Math.min(openBound, bound);
                return;
            }
            for (int kk = k; kk < n; kk++) {
                // branch: weapon ord[kk] is the next one used (weapons k..kk-1 unused), with 1..mu shots
                double rr = minRatioFrom(kk);
                double bb = relaxed(u, c, rr);
                if (bb >= bestValue - 1e-15 * Math.abs(bestValue)) {
                    return; // sufMin is non-decreasing, so every later branch is bounded as badly
                }
                int i = ord[kk];
                for (int x = mu; x >= 1; x--) {
                    curWeaponIndex[depth] = kk;
                    curShots[depth] = x;
                    dfs(kk + 1, s + x * a[i], c + x * lambda[i], depth + 1);
                }
            }
        }
    }
}
