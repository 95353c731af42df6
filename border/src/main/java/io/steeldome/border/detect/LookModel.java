package io.steeldome.border.detect;

import io.steeldome.border.crossing.CrosserKind;
import io.steeldome.border.siting.StationType;
import io.steeldome.core.error.Checks;
import io.steeldome.sensors.eoir.Atmosphere;
import io.steeldome.sensors.eoir.EoirSensor;
import io.steeldome.sensors.eoir.EoirTarget;
import io.steeldome.sensors.eoir.Task;
import io.steeldome.sensors.signature.TargetType;
import io.steeldome.sensors.spec.RadarSpec;
import io.steeldome.sensors.ugs.UgsSpec;

/**
 * Probability that one look of a station's sensor detects a crosser it can see, from the sensors module's models:
 *
 * <ul>
 *   <li>radar tower: {@link RadarSpec#borderGroundSurveillance()}, single-look SNR at the slant range for the kind's
 *       typical RCS ({@link TargetType#typicalRcsM2()}), Pd of its Swerling case at the radar's threshold; the same
 *       day and night;
 *   <li>EO/IR tower and outpost: {@link EoirSensor#borderTower} and {@link EoirSensor#shortRange}, Johnson-criteria
 *       detection probability of the standard target in clear air, the day camera by day and the thermal channel by
 *       night ({@link io.steeldome.border.crossing.DayClock}). Assumption: each look (the camera's sector scan
 *       returning to the spot) is an independent trial with that probability, which overstates how much repeated looks
 *       help (the Johnson probability is an observer-ensemble figure);
 *   <li>UGS field: {@link UgsSpec#seismic()} at the ground distance from the field's centre, per report; it senses no
 *       drone. A seismic sensor needs no line of sight.
 * </ul>
 *
 * <p>Looks are taken every {@link #LOOK_PERIOD_S} (the radar's revisit; assumed for the others).
 */
public final class LookModel {
    /** Seconds between looks. */
    public static final double LOOK_PERIOD_S = 6;

    private static final RadarSpec RADAR = RadarSpec.borderGroundSurveillance();
    private static final EoirSensor TOWER = EoirSensor.borderTower("border-tower");
    private static final EoirSensor SHORT = EoirSensor.shortRange("outpost");
    private static final UgsSpec UGS = UgsSpec.seismic();
    private static final Atmosphere AIR = Atmosphere.clear();
    /** Cap of an EO/IR station's reporting range (no contrast limit in clear air can exceed the horizon here). */
    private static final double MAX_EOIR_RANGE_M = 40_000;

    private LookModel() {}

    /** Per-look Pd of {@code kind} at slant range {@code rangeM}, by day or night, given it is in view. */
    public static double probability(StationType type, CrosserKind kind, double rangeM, boolean day) {
        Checks.nonNegative("rangeM", rangeM, "m");
        double r = Math.max(rangeM, 1);
        TargetType target = kind.targetType();
        return switch (type) {
            case RADAR_TOWER ->
                r > RADAR.maxInstrumentedRangeM()
                        ? 0
                        : target.swerling()
                                .probabilityOfDetection(
                                        RADAR.snrLinear(r, target.typicalRcsM2()), RADAR.detectionThreshold());
            case EOIR_TOWER -> eoir(TOWER, target, r, day);
            case OUTPOST -> eoir(SHORT, target, r, day);
            case UGS_FIELD -> UGS.probabilityOfDetection(target, rangeM);
        };
    }

    /** Whether the type needs a line of sight to the crosser. */
    public static boolean needsLineOfSight(StationType type) {
        return type != StationType.UGS_FIELD;
    }

    /**
     * Farthest range at which a type reports anything: the radar's instrumented range; the EO/IR channels' contrast
     * limit for a vehicle in clear air (the larger of day and night); 1 km for a UGS field (its vehicle rating is 300
     * m from each sensor, the field spans 500 m).
     */
    public static double maxRangeM(StationType type) {
        EoirTarget vehicle = EoirTarget.standard(TargetType.VEHICLE);
        return switch (type) {
            case RADAR_TOWER -> RADAR.maxInstrumentedRangeM();
            case EOIR_TOWER -> maxContrast(TOWER, vehicle);
            case OUTPOST -> maxContrast(SHORT, vehicle);
            case UGS_FIELD -> 1_000;
        };
    }

    /**
     * 1-sigma error of a detection's ground position along the line of sight from the station, m: the radar preset's
     * range sigma; an EO/IR turret's laser rangefinder, 5 m (assumed); a UGS field's 250 m half-span (a seismic sensor
     * only says something passed near it).
     */
    public static double radialSigmaM(StationType type, double rangeM) {
        return switch (type) {
            case RADAR_TOWER -> RADAR.rangeSigmaM();
            case EOIR_TOWER, OUTPOST -> 5;
            case UGS_FIELD -> 250;
        };
    }

    /**
     * 1-sigma error across the line of sight, m: range times the radar preset's azimuth sigma; for EO/IR range times
     * 0.5 mrad of pointing error (assumed), at least 1 m; a UGS field's 250 m.
     */
    public static double crossSigmaM(StationType type, double rangeM) {
        return switch (type) {
            case RADAR_TOWER -> Math.max(1, rangeM * RADAR.azimuthSigmaRad());
            case EOIR_TOWER, OUTPOST -> Math.max(1, 0.5e-3 * rangeM);
            case UGS_FIELD -> 250;
        };
    }

    private static double eoir(EoirSensor sensor, TargetType target, double r, boolean day) {
        return sensor.probability(
                Task.DETECTION,
                EoirTarget.standard(target),
                r,
                AIR,
                day ? EoirSensor.Illumination.DAY : EoirSensor.Illumination.NIGHT);
    }

    private static double maxContrast(EoirSensor sensor, EoirTarget target) {
        return Math.min(
                MAX_EOIR_RANGE_M,
                Math.max(
                        sensor.contrastLimitedRangeM(target, AIR, EoirSensor.Illumination.DAY),
                        sensor.contrastLimitedRangeM(target, AIR, EoirSensor.Illumination.NIGHT)));
    }
}
