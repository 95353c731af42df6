package io.steeldome.border.dispatch;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.GeodesicSolution;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Off-road travel along the straight (geodesic) line, with the speed reduced by the terrain slope sampled along it.
 *
 * <p>The line is cut into {@code ceil(d / stepM)} equal geodesic steps; each step's signed slope S = dh / dx comes
 * from the heights at its ends (a step with either height unknown counts as flat) and its time is its horizontal
 * length over the speed at that slope:
 *
 * <ul>
 *   <li>foot: Tobler's hiking function W = 6 exp(-3.5 |S + 0.05|) km/h (Tobler 1993), fastest (6 km/h) on a 5 %
 *       descent, 5.04 km/h on the flat;
 *   <li>vehicle: {@code vehicleSpeedMps * (1 - |S| / vehicleMaxSlope)}, impassable (infinite time) at or beyond
 *       {@code vehicleMaxSlope}.
 * </ul>
 *
 * Obstacles and route finding around steep ground are not modelled: the time is that of the direct line (roads:
 * {@link RoadTravelModel}).
 *
 * @param terrain heights along the way
 * @param stepM sampling step, m
 * @param vehicleSpeedMps vehicle speed on flat open ground, m/s
 * @param vehicleMaxSlope slope (rise over run) a vehicle cannot climb or descend, > 0
 */
public record SlopeTravelModel(HeightField terrain, double stepM, double vehicleSpeedMps, double vehicleMaxSlope)
        implements TravelModel {
    /** Tobler's peak walking speed, 6 km/h, in m/s. */
    public static final double TOBLER_PEAK_MPS = 6.0 / 3.6;

    public SlopeTravelModel {
        Objects.requireNonNull(terrain, "terrain");
        Checks.positive("stepM", stepM, "m");
        Checks.positive("vehicleSpeedMps", vehicleSpeedMps, "m/s");
        Checks.positive("vehicleMaxSlope", vehicleMaxSlope, "");
    }

    /** Tobler's walking speed at signed slope S (rise over run, positive uphill), m/s. */
    public static double toblerSpeedMps(double slope) {
        return TOBLER_PEAK_MPS * Math.exp(-3.5 * Math.abs(slope + 0.05));
    }

    /** Speed of {@code mobility} at signed slope S, m/s (0 where impassable). */
    public double speedMps(Mobility mobility, double slope) {
        return switch (mobility) {
            case FOOT -> toblerSpeedMps(slope);
            case VEHICLE -> vehicleSpeedMps * Math.max(0, 1 - Math.abs(slope) / vehicleMaxSlope);
        };
    }

    @Override
    public double travelTimeS(GeodeticPoint from, GeodeticPoint to, Mobility mobility) {
        GeodesicSolution g = Geodesy.inverse(from, to);
        double d = g.distanceM();
        if (d == 0) {
            return 0;
        }
        int n = (int) Math.ceil(d / stepM);
        double ds = d / n;
        double timeS = 0;
        OptionalDouble h0 = terrain.heightM(from);
        for (int i = 1; i <= n; i++) {
            GeodeticPoint p = i == n ? to : Geodesy.direct(from, g.azimuth1Rad(), i * ds);
            OptionalDouble h1 = terrain.heightM(p);
            double slope = h0.isPresent() && h1.isPresent() ? (h1.getAsDouble() - h0.getAsDouble()) / ds : 0;
            double v = speedMps(mobility, slope);
            if (!(v > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            timeS += ds / v;
            h0 = h1;
        }
        return timeS;
    }
}
