package io.steeldome.sim.montecarlo;

/**
 * The mean of a per-run quantity with its 95 % confidence interval (normal approximation, mean +- 1.96 s / sqrt(n),
 * s the sample standard deviation; with one run the interval is the mean itself).
 */
public record Estimate(double mean, double low, double high, double standardDeviation, int runs) {
    /** The estimate from per-run values. */
    public static Estimate of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Estimate(0, 0, 0, 0, 0);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        double half = Proportion.Z95 * sd / Math.sqrt(n);
        return new Estimate(mean, mean - half, mean + half, sd, n);
    }
}
