package io.steeldome.border.siting;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.detection.Swerling;
import io.steeldome.sensors.eoir.Atmosphere;
import io.steeldome.sensors.eoir.EoirSensor;
import io.steeldome.sensors.eoir.EoirTarget;
import io.steeldome.sensors.eoir.Task;
import io.steeldome.sensors.signature.TargetType;
import io.steeldome.sensors.spec.RadarSpec;
import io.steeldome.sensors.ugs.UgsSpec;
import java.util.List;
import java.util.Objects;

/**
 * What a station of one type covers and costs. A demand point is covered if it lies within {@code rangeM} (geodesic)
 * and, if {@code lineOfSight}, a target {@code targetHeightM} above its ground is visible from {@code mastHeightM}
 * above the site's ground (a viewshed on the DEM).
 *
 * @param rangeM coverage radius for a walking person, m
 * @param mastHeightM sensor height above the ground, m
 * @param cost cost in the caller's unit (the defaults are thousands of euros, class figures, assumed)
 * @param lineOfSight whether coverage needs a line of sight (false for buried seismic sensors)
 */
public record StationSpec(StationType type, double rangeM, double mastHeightM, double cost, boolean lineOfSight) {
    public StationSpec {
        Objects.requireNonNull(type, "type");
        Checks.positive("rangeM", rangeM, "m");
        Checks.nonNegative("mastHeightM", mastHeightM, "m");
        Checks.positive("cost", cost, "");
    }

    /**
     * The default for a type. Ranges come from the sensors module's presets, for a walking person (the hardest
     * crosser to see) at probability 0.5:
     *
     * <ul>
     *   <li>radar tower: {@link RadarSpec#borderGroundSurveillance()}, Swerling-1 1 m^2 at Pd 0.5 (about 18 km), its
     *       15 m antenna height; cost 2,500 (a tower, shelter, power and a ground-surveillance radar of the
     *       public-tender class; assumed);
     *   <li>EO/IR tower: {@link EoirSensor#borderTower}, person detection at night with the cooled MWIR in clear air
     *       (about 10 km), on a 20 m tower (the height of the towers on the Turkish eastern border in public
     *       photographs; assumed); cost 1,200 (assumed);
     *   <li>outpost: {@link EoirSensor#shortRange}, person detection at night with the uncooled LWIR (about 2.3 km),
     *       on a 10 m watchtower; the patrol team dispatched from it is not counted as coverage; cost 800 per year of
     *       a manned post (assumed);
     *   <li>UGS field: a string of seismic and PIR sensors ({@link UgsSpec#seismic()}: a person at 50 m) laid across
     *       the paths within 500 m of the site, so it covers the border within 500 m without a line of sight
     *       (assumed layout: about ten sensors); cost 60 (assumed).
     * </ul>
     */
    public static StationSpec defaultFor(StationType type) {
        return switch (type) {
            case RADAR_TOWER -> {
                RadarSpec radar = RadarSpec.borderGroundSurveillance();
                yield new StationSpec(type, radarPersonRangeM(radar), radar.antennaHeightM(), 2500, true);
            }
            case EOIR_TOWER ->
                new StationSpec(type, eoirPersonRangeM(EoirSensor.borderTower("siting")), 20, 1200, true);
            case OUTPOST -> new StationSpec(type, eoirPersonRangeM(EoirSensor.shortRange("siting")), 10, 800, true);
            case UGS_FIELD -> {
                if (!UgsSpec.seismic().ratedRangeM().containsKey(TargetType.PERSON)) {
                    throw new SteeldomeException(BorderError.BAD_OPTION, "ugs", "seismic", "senses no person");
                }
                yield new StationSpec(type, 500, 0, 60, false);
            }
        };
    }

    /** The defaults of all four types. */
    public static List<StationSpec> defaults() {
        return List.of(
                defaultFor(StationType.RADAR_TOWER),
                defaultFor(StationType.EOIR_TOWER),
                defaultFor(StationType.OUTPOST),
                defaultFor(StationType.UGS_FIELD));
    }

    public StationSpec withCost(double newCost) {
        return new StationSpec(type, rangeM, mastHeightM, newCost, lineOfSight);
    }

    public StationSpec withRangeM(double newRangeM) {
        return new StationSpec(type, newRangeM, mastHeightM, cost, lineOfSight);
    }

    public StationSpec withMastHeightM(double newMastHeightM) {
        return new StationSpec(type, rangeM, newMastHeightM, cost, lineOfSight);
    }

    /**
     * The range at which a 1 m^2 Swerling-1 person is detected with Pd 0.5: the radar's SNR falls as R^-4 from its
     * reference, so R = R_ref (SNR_ref * rcs / SNR_required)^(1/4).
     */
    static double radarPersonRangeM(RadarSpec radar) {
        TargetType person = TargetType.PERSON;
        double required = Swerling.CASE_1.requiredSnrLinear(0.5, radar.detectionThreshold());
        double ref = Math.pow(10, radar.referenceSnrDb() / 10);
        double r = radar.referenceRangeM() * Math.pow(ref * person.typicalRcsM2() / required, 0.25);
        return Math.min(r, radar.maxInstrumentedRangeM());
    }

    static double eoirPersonRangeM(EoirSensor sensor) {
        return sensor.rangeM(
                Task.DETECTION,
                0.5,
                EoirTarget.standard(TargetType.PERSON),
                Atmosphere.clear(),
                EoirSensor.Illumination.NIGHT);
    }
}
