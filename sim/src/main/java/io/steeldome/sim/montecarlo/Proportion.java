package io.steeldome.sim.montecarlo;

import io.steeldome.core.error.SteeldomeException;

/**
 * An estimated probability: {@code successes} of {@code trials}, with the Wilson score 95 % interval (Wilson 1927;
 * Newcombe 1998, method 3), which unlike the normal interval stays inside [0, 1] and is honest at 0 and at n.
 */
public record Proportion(int successes, int trials, double estimate, double low, double high) {
    /** The two-sided 95 % standard normal quantile. */
    public static final double Z95 = 1.959963984540054;

    public Proportion {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new SteeldomeException(
                    MonteCarloError.BAD_SETTING,
                    "successes/trials",
                    successes + "/" + trials,
                    "is not a proportion",
                    "need 0 <= successes <= trials, trials >= 1");
        }
    }

    /** Wilson score interval at 95 %. */
    public static Proportion wilson(int successes, int trials) {
        return wilson(successes, trials, Z95);
    }

    /** Wilson score interval with the normal quantile {@code z}. */
    public static Proportion wilson(int successes, int trials, double z) {
        if (trials < 1 || successes < 0 || successes > trials) {
            return new Proportion(successes, trials, Double.NaN, Double.NaN, Double.NaN); // rejected by the ctor
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // clamp rounding at the ends: the interval is exactly [0, ...] at 0 successes and [..., 1] at n
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new Proportion(successes, trials, p, low, high);
    }
}
