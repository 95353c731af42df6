package io.steeldome.border.siting;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.ElevationRaster;

/**
 * The relative likelihood that a crossing happens at a point of the border (per metre of border); demand weights are
 * this times the length a demand point stands for. Must be finite and >= 0.
 */
@FunctionalInterface
public interface CrossingLikelihood {
    /**
     * @param point the demand point
     * @param alongM its distance along the border, m
     */
    double at(GeodeticPoint point, double alongM);

    /** Every metre alike. */
    static CrossingLikelihood uniform() {
        return (p, s) -> 1.0;
    }

    /**
     * Higher in valleys and passes, where people and vehicles find a way: {@code exp(-tpi / scaleM)} kept within
     * [0.25, 4], tpi being the point's height minus the mean height of 8 points {@code radiusM} around it (a heuristic;
     * 1 where the DEM has no data).
     */
    static CrossingLikelihood valleys(ElevationRaster dem, double radiusM, double scaleM) {
        return (p, s) -> {
            var h = dem.sample(p);
            if (h.isEmpty()) {
                return 1.0;
            }
            double sum = 0;
            int n = 0;
            for (int k = 0; k < 8; k++) {
                var q = dem.sample(io.steeldome.core.geo.Geodesy.direct(p, k * Math.PI / 4, radiusM));
                if (q.isPresent()) {
                    sum += q.getAsDouble();
                    n++;
                }
            }
            if (n == 0) {
                return 1.0;
            }
            double tpi = h.getAsDouble() - sum / n;
            return Math.min(4, Math.max(0.25, Math.exp(-tpi / scaleM)));
        };
    }
}
