package io.steeldome.border.detect;

import io.steeldome.border.crossing.CrosserKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * Kind of a track from its ground speed alone: a Gaussian speed model per kind (assumed, consistent with {@link
 * CrosserKind}'s speeds: walkers 1.2 +- 0.5 m/s over rough ground, vehicles 7 +- 3 m/s, small drones 15 +- 4 m/s),
 * the track's speed uncertainty added to each model's variance, equal priors. Speed cannot tell a fast vehicle from a
 * slow drone; the confidence says how sure the speed makes it, not more.
 */
public final class SpeedClassifier {
    private static final Map<CrosserKind, double[]> MODEL = new EnumMap<>(Map.of(
            CrosserKind.PEDESTRIAN_GROUP, new double[] {1.2, 0.5},
            CrosserKind.VEHICLE, new double[] {7, 3},
            CrosserKind.SMALL_DRONE, new double[] {15, 4}));

    private SpeedClassifier() {}

    /** Posterior probability of each kind given a speed estimate and its 1-sigma error, m/s. */
    public static Map<CrosserKind, Double> posterior(double speedMps, double speedSigmaMps) {
        Map<CrosserKind, Double> out = new EnumMap<>(CrosserKind.class);
        double sum = 0;
        for (Map.Entry<CrosserKind, double[]> e : MODEL.entrySet()) {
            double var = e.getValue()[1] * e.getValue()[1] + speedSigmaMps * speedSigmaMps;
            double d = speedMps - e.getValue()[0];
            double l = Math.exp(-0.5 * d * d / var) / Math.sqrt(var);
            out.put(e.getKey(), l);
            sum += l;
        }
        if (!(sum > 0)) {
            // far outside every model: the nearest mean wins with no confidence beyond a uniform guess
            CrosserKind best = speedMps > 11 ? CrosserKind.SMALL_DRONE : CrosserKind.VEHICLE;
            for (CrosserKind k : CrosserKind.values()) {
                out.put(k, k == best ? 1.0 / 3 + 1e-9 : 1.0 / 3);
            }
            return out;
        }
        for (CrosserKind k : CrosserKind.values()) {
            out.put(k, out.get(k) / sum);
        }
        return out;
    }
}
