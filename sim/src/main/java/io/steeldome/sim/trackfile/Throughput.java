package io.steeldome.sim.trackfile;

import java.util.Arrays;

/**
 * Speed of the tracker alone: the time spent in its per-scan call, without reading, writing or scoring.
 *
 * @param detections detections fed (targets and clutter)
 * @param scans tracker calls (scans, empty ones included)
 * @param trackerS total time in the tracker
 * @param detectionsPerS {@code detections / trackerS}
 * @param msPerScanMean mean time per scan
 * @param msPerScanMedian median time per scan
 * @param msPerScanP95 95th percentile (nearest rank) of the time per scan
 */
public record Throughput(
        long detections,
        int scans,
        double trackerS,
        double detectionsPerS,
        double msPerScanMean,
        double msPerScanMedian,
        double msPerScanP95) {

    /** From the time of each scan in nanoseconds; at least one scan. */
    public static Throughput of(long detections, long[] scanNanos) {
        if (scanNanos.length == 0) {
            throw new IllegalArgumentException("no scan was timed");
        }
        long[] sorted = scanNanos.clone();
        Arrays.sort(sorted);
        long total = 0;
        for (long n : sorted) {
            total += n;
        }
        int count = sorted.length;
        double totalS = total * 1e-9;
        double median = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2.0;
        long p95 = sorted[Math.max(0, (int) Math.ceil(0.95 * count) - 1)];
        return new Throughput(
                detections,
                count,
                totalS,
                totalS > 0 ? detections / totalS : Double.POSITIVE_INFINITY,
                total * 1e-6 / count,
                median * 1e-6,
                p95 * 1e-6);
    }
}
