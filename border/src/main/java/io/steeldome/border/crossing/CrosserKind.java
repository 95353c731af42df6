package io.steeldome.border.crossing;

import io.steeldome.sensors.signature.TargetType;

/**
 * Kinds of crosser, with how fast they move over ground of a given slope and how high above the ground a sensor must
 * see to detect them. Figures are assumed class values, not measurements.
 */
public enum CrosserKind {
    /**
     * A group on foot: Tobler's hiking function ({@link #toblerSpeedMps}), 5.04 km/h on flat ground; slopes steeper
     * than 0.6 (31 deg) are impassable (assumed: loaded walkers avoid scrambling). Seen at 1.8 m (standing height).
     */
    PEDESTRIAN_GROUP(0.6, 1.8, TargetType.PERSON),
    /**
     * An off-road vehicle: 8.3 m/s (30 km/h) on flat ground, falling linearly to half that at the 0.2 (11 deg) slope
     * limit, steeper impassable (assumed for a loaded 4x4 on rough tracks). Seen at 2.5 m.
     */
    VEHICLE(0.2, 2.5, TargetType.VEHICLE),
    /** A small multirotor: 15 m/s in a straight line at 50 m above the ground, whatever the slope (assumed). */
    SMALL_DRONE(Double.POSITIVE_INFINITY, 50, TargetType.SMALL_DRONE);

    private static final double VEHICLE_FLAT_MPS = 30 / 3.6;
    private static final double DRONE_MPS = 15;

    private final double maxSlope;
    private final double targetHeightM;
    private final TargetType targetType;

    CrosserKind(double maxSlope, double targetHeightM, TargetType targetType) {
        this.maxSlope = maxSlope;
        this.targetHeightM = targetHeightM;
        this.targetType = targetType;
    }

    /** Steepest slope (rise over run, absolute) the kind can cross; infinite for a drone. */
    public double maxSlope() {
        return maxSlope;
    }

    /** Height above the ground that must be visible for a sensor to see it, m. */
    public double targetHeightM() {
        return targetHeightM;
    }

    /** The sensors module's signature class. */
    public TargetType targetType() {
        return targetType;
    }

    /** Whether it ignores the terrain (flies straight). */
    public boolean flies() {
        return this == SMALL_DRONE;
    }

    /** Speed on flat ground, m/s. */
    public double flatSpeedMps() {
        return speedMps(0);
    }

    /**
     * Speed over ground of {@code slope} (rise over run, positive uphill), m/s; 0 where the slope is impassable.
     */
    public double speedMps(double slope) {
        if (Math.abs(slope) > maxSlope) {
            return 0;
        }
        return switch (this) {
            case PEDESTRIAN_GROUP -> toblerSpeedMps(slope);
            case VEHICLE -> VEHICLE_FLAT_MPS * (1 - 0.5 * Math.abs(slope) / maxSlope);
            case SMALL_DRONE -> DRONE_MPS;
        };
    }

    /**
     * Tobler's hiking function, W = 6 exp(-3.5 |S + 0.05|) km/h for slope S = dh/dx (W. Tobler, "Three presentations on
     * geographical analysis and modeling", NCGIA technical report 93-1, 1993), in m/s. Fastest (6 km/h) going slightly
     * downhill (S = -0.05); 5.04 km/h on the flat.
     */
    public static double toblerSpeedMps(double slope) {
        return 6 * Math.exp(-3.5 * Math.abs(slope + 0.05)) / 3.6;
    }
}
