package io.steeldome.bench.tracking;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.tracker.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded benchmark data shared by the tracking benchmarks. */
final class Scenario {
    /** Scans per replayed run. */
    static final int SCANS = 50;

    private Scenario() {}

    /**
     * {@link #SCANS} scans (1 s apart, times 1..SCANS s) of {@code targets} straight-line targets at 30-300 m/s and
     * {@code altitudeM}, spread over a square of side {@code areaM}, Pd 0.9, isotropic noise {@code sigmaM}, plus
     * {@code clutter} uniform plots per scan.
     */
    static List<List<Detection>> straightTargets(
            long seed, int targets, double areaM, double altitudeM, double sigmaM, int clutter) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] pos = new double[targets][];
        double[][] vel = new double[targets][];
        for (int i = 0; i < targets; i++) {
            pos[i] = new double[] {rnd.nextDouble(-areaM / 2, areaM / 2), rnd.nextDouble(-areaM / 2, areaM / 2)};
            double speed = rnd.nextDouble(30, 300);
            double heading = rnd.nextDouble(0, 2 * Math.PI);
            vel[i] = new double[] {speed * Math.sin(heading), speed * Math.cos(heading)};
        }
        double v = sigmaM * sigmaM;
        double[][] r = {{v, 0, 0}, {0, v, 0}, {0, 0, v}};
        List<List<Detection>> scans = new ArrayList<>();
        for (int k = 1; k <= SCANS; k++) {
            SimTime t = SimTime.ofSeconds(k);
            List<Detection> dets = new ArrayList<>();
            for (int i = 0; i < targets; i++) {
                if (rnd.nextDouble() < 0.9) {
                    dets.add(new Detection(
                            t,
                            "radar",
                            pos[i][0] + k * vel[i][0] + sigmaM * rnd.nextGaussian(),
                            pos[i][1] + k * vel[i][1] + sigmaM * rnd.nextGaussian(),
                            altitudeM + sigmaM * rnd.nextGaussian(),
                            r));
                }
            }
            for (int c = 0; c < clutter; c++) {
                dets.add(new Detection(
                        t,
                        "radar",
                        rnd.nextDouble(-areaM / 2, areaM / 2),
                        rnd.nextDouble(-areaM / 2, areaM / 2),
                        altitudeM + rnd.nextDouble(-500, 500),
                        r));
            }
            scans.add(List.copyOf(dets));
        }
        return List.copyOf(scans);
    }
}
