package io.steeldome.sensors.spec;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;
import io.steeldome.sensors.detection.DetectionThreshold;

/**
 * Parameters of a scanning 3-D surveillance radar. Validated on construction; change one aspect with the
 * {@code with...} methods.
 *
 * <p>Sensitivity is given by one point of the radar range equation: {@code referenceSnrDb} is the single-look SNR of
 * a 1 m^2 target at {@code referenceRangeM}, so {@code SNR(R, rcs) = snrRef * rcs * (Rref / R)^4} (linear).
 *
 * @param maxInstrumentedRangeM slant range beyond which nothing is reported, m
 * @param minElevationRad lower edge of the elevation coverage, rad
 * @param maxElevationRad upper edge of the elevation coverage, rad
 * @param rangeSigmaM 1-sigma range measurement noise, m
 * @param azimuthSigmaRad 1-sigma azimuth measurement noise, rad
 * @param elevationSigmaRad 1-sigma elevation measurement noise, rad
 * @param scanPeriodS antenna revisit time (one full rotation), s
 * @param referenceRangeM range at which a 1 m^2 target has {@code referenceSnrDb}, m
 * @param referenceSnrDb SNR of a 1 m^2 target at {@code referenceRangeM}, dB
 * @param probabilityFalseAlarm detection threshold, expressed as the per-cell false-alarm probability
 * @param falseAlarmsPerScan mean number of false plots per scan after plot extraction (Poisson)
 * @param refractionK effective-earth-radius factor (4/3 for the standard atmosphere, 1 for none)
 * @param antennaHeightM height of the antenna phase centre above the site point, m
 * @param noncoherentPulses looks summed non-coherently per detection decision (1: single look); {@code
 *     referenceSnrDb} is then the SNR of one look, and detection uses the exact N-pulse Swerling probability
 */
public record RadarSpec(
        double maxInstrumentedRangeM,
        double minElevationRad,
        double maxElevationRad,
        double rangeSigmaM,
        double azimuthSigmaRad,
        double elevationSigmaRad,
        double scanPeriodS,
        double referenceRangeM,
        double referenceSnrDb,
        double probabilityFalseAlarm,
        double falseAlarmsPerScan,
        double refractionK,
        double antennaHeightM,
        int noncoherentPulses) {

    /** Effective-earth factor of the standard atmosphere (refractivity gradient about -40 N-units/km). */
    public static final double STANDARD_REFRACTION_K = 4.0 / 3.0;

    public RadarSpec {
        Checks.positive("maxInstrumentedRangeM", maxInstrumentedRangeM, "m");
        Checks.finite("minElevationRad", minElevationRad);
        Checks.finite("maxElevationRad", maxElevationRad);
        if (!(minElevationRad >= -Math.PI / 2 && maxElevationRad <= Math.PI / 2 && minElevationRad < maxElevationRad)) {
            throw new SteeldomeException(SensorError.ELEVATION_LIMITS, minElevationRad, maxElevationRad);
        }
        Checks.positive("rangeSigmaM", rangeSigmaM, "m");
        Checks.positive("azimuthSigmaRad", azimuthSigmaRad, "rad");
        Checks.positive("elevationSigmaRad", elevationSigmaRad, "rad");
        Checks.positive("scanPeriodS", scanPeriodS, "s");
        Checks.positive("referenceRangeM", referenceRangeM, "m");
        Checks.finite("referenceSnrDb", referenceSnrDb);
        if (!(probabilityFalseAlarm > 0 && probabilityFalseAlarm < 1)) {
            throw new SteeldomeException(
                    SensorError.PROBABILITY_NOT_OPEN, "probabilityFalseAlarm", probabilityFalseAlarm);
        }
        Checks.nonNegative("falseAlarmsPerScan", falseAlarmsPerScan, "plots/scan");
        Checks.positive("refractionK", refractionK, "");
        Checks.nonNegative("antennaHeightM", antennaHeightM, "m");
        if (noncoherentPulses < 1) {
            throw new SteeldomeException(SensorError.COUNT_NOT_POSITIVE, "noncoherentPulses", noncoherentPulses);
        }
    }

    /** A single-look radar ({@code noncoherentPulses = 1}): the original 13-parameter form. */
    public RadarSpec(
            double maxInstrumentedRangeM,
            double minElevationRad,
            double maxElevationRad,
            double rangeSigmaM,
            double azimuthSigmaRad,
            double elevationSigmaRad,
            double scanPeriodS,
            double referenceRangeM,
            double referenceSnrDb,
            double probabilityFalseAlarm,
            double falseAlarmsPerScan,
            double refractionK,
            double antennaHeightM) {
        this(
                maxInstrumentedRangeM,
                minElevationRad,
                maxElevationRad,
                rangeSigmaM,
                azimuthSigmaRad,
                elevationSigmaRad,
                scanPeriodS,
                referenceRangeM,
                referenceSnrDb,
                probabilityFalseAlarm,
                falseAlarmsPerScan,
                refractionK,
                antennaHeightM,
                1);
    }

    /**
     * A long-range L-band 3-D air-surveillance radar of the class of the AN/FPS-117 / AN/TPS-77 family. Not a model of
     * any one system; figures are of the public-brochure class:
     *
     * <ul>
     *   <li>instrumented range 450 km and elevation coverage -6..+20 deg: the publicly quoted class of these radars
     *       is about 470 km (250 nmi) instrumented range (Wikipedia "AN/FPS-117"; Lockheed Martin TPS-77 fact
     *       sheet), elevation -6..+20 deg;
     *   <li>10 s scan (6 rpm), typical of long-range rotating surveillance radars;
     *   <li>accuracies (assumed, not vendor data): 50 m range, 0.15 deg azimuth, 0.2 deg elevation rms, i.e. the
     *       0.1-0.2 deg angular class of monopulse/stacked-beam 3-D radars;
     *   <li>sensitivity (assumed): 13 dB single-look SNR for 1 m^2 at 300 km, so a 1 m^2 Swerling-1 target is seen
     *       with Pd ~ 0.5 near 300 km and a 10 m^2 airliner with Pd ~ 0.7 at 450 km;
     *   <li>Pfa 1e-6 per cell and 2 false plots per scan after plot extraction (assumed); antenna 10 m above the
     *       site; standard 4/3-earth refraction.
     * </ul>
     */
    public static RadarSpec longRangeSurveillance() {
        return new RadarSpec(
                450_000,
                Math.toRadians(-6),
                Math.toRadians(20),
                50,
                Math.toRadians(0.15),
                Math.toRadians(0.2),
                10,
                300_000,
                13,
                1e-6,
                2,
                STANDARD_REFRACTION_K,
                10);
    }

    /**
     * A rotating S-band AESA multi-mission radar of the class of the EL/M-2084 that cues Iron Dome: it both surveys
     * and locates rockets, so it revisits fast and looks high. Class figures, not a model of the system:
     *
     * <ul>
     *   <li>250 km instrumented range in air-defence mode (public brochures quote up to ~470 km for surveillance and
     *       ~100 km for weapon location; Wikipedia "EL/M-2084");
     *   <li>elevation -2..+70 deg (assumed; an AESA scans electronically in elevation) so a ballistic missile near
     *       apogee stays in cover;
     *   <li>2 s revisit (assumed, the 30 rpm class), which rockets with a one-minute flight need;
     *   <li>accuracies (assumed): 30 m range, 0.2 deg azimuth, 0.25 deg elevation rms;
     *   <li>sensitivity (assumed): 13 dB single-look SNR for 1 m^2 at 200 km; Pfa 1e-6; 2 false plots per scan;
     *       antenna 8 m above the site.
     * </ul>
     */
    public static RadarSpec multiMission() {
        return new RadarSpec(
                250_000,
                Math.toRadians(-2),
                Math.toRadians(70),
                30,
                Math.toRadians(0.2),
                Math.toRadians(0.25),
                2,
                200_000,
                13,
                1e-6,
                2,
                STANDARD_REFRACTION_K,
                8);
    }

    /**
     * An X-band ground-surveillance radar on a 15 m border tower, its sensitivity from the radar range equation on
     * {@link RadarParameters#borderGroundSurveillanceClass()} (12.8 dB for 1 m^2 at 18 km). With Swerling-1 targets
     * and Pfa 1e-6 a walking person (1 m^2) is seen with Pd 0.5 at about 18 km and Pd 0.9 at about 11 km, a vehicle
     * (10 m^2) with Pd 0.5 at about 32 km: the public-brochure class of tower GSRs (person 10-20 km, vehicle 30-40 km).
     * Other figures (assumed, of that class): 40 km instrumented range, elevation -10..+10 deg, 6 s revisit, 10 m
     * range, 0.3 deg azimuth and 1.5 deg elevation rms (a fan beam measures elevation coarsely), 1 false plot per scan.
     */
    public static RadarSpec borderGroundSurveillance() {
        RadarParameters physics = RadarParameters.borderGroundSurveillanceClass();
        return new RadarSpec(
                        40_000,
                        Math.toRadians(-10),
                        Math.toRadians(10),
                        10,
                        Math.toRadians(0.3),
                        Math.toRadians(1.5),
                        6,
                        18_000,
                        0,
                        1e-6,
                        1,
                        STANDARD_REFRACTION_K,
                        15)
                .withSensitivityOf(physics);
    }

    /** Single-look SNR (linear, not dB) of a target of {@code rcsM2} at slant range {@code rangeM}. */
    public double snrLinear(double rangeM, double rcsM2) {
        Checks.positive("rangeM", rangeM, "m");
        Checks.nonNegative("rcsM2", rcsM2, "m^2");
        double ratio = referenceRangeM / rangeM;
        double ratio2 = ratio * ratio;
        return Math.pow(10, referenceSnrDb / 10) * rcsM2 * ratio2 * ratio2;
    }

    public RadarSpec withMaxInstrumentedRangeM(double newMaxInstrumentedRangeM) {
        return new RadarSpec(
                newMaxInstrumentedRangeM,
                minElevationRad,
                maxElevationRad,
                rangeSigmaM,
                azimuthSigmaRad,
                elevationSigmaRad,
                scanPeriodS,
                referenceRangeM,
                referenceSnrDb,
                probabilityFalseAlarm,
                falseAlarmsPerScan,
                refractionK,
                antennaHeightM,
                noncoherentPulses);
    }

    public RadarSpec withElevationLimitsRad(double newMinElevationRad, double newMaxElevationRad) {
        return new RadarSpec(
                maxInstrumentedRangeM,
                newMinElevationRad,
                newMaxElevationRad,
                rangeSigmaM,
                azimuthSigmaRad,
                elevationSigmaRad,
                scanPeriodS,
                referenceRangeM,
                referenceSnrDb,
                probabilityFalseAlarm,
                falseAlarmsPerScan,
                refractionK,
                antennaHeightM,
                noncoherentPulses);
    }

    public RadarSpec withMeasurementSigmas(
            double newRangeSigmaM, double newAzimuthSigmaRad, double newElevationSigmaRad) {
        return new RadarSpec(
                maxInstrumentedRangeM,
                minElevationRad,
                maxElevationRad,
                newRangeSigmaM,
                newAzimuthSigmaRad,
                newElevationSigmaRad,
                scanPeriodS,
                referenceRangeM,
                referenceSnrDb,
                probabilityFalseAlarm,
                falseAlarmsPerScan,
                refractionK,
                antennaHeightM,
                noncoherentPulses);
    }

    public RadarSpec withScanPeriodS(double newScanPeriodS) {
        return new RadarSpec(
                maxInstrumentedRangeM,
                minElevationRad,
                maxElevationRad,
                rangeSigmaM,
                azimuthSigmaRad,
                elevationSigmaRad,
                newScanPeriodS,
                referenceRangeM,
                referenceSnrDb,
                probabilityFalseAlarm,
                falseAlarmsPerScan,
                refractionK,
                antennaHeightM,
                noncoherentPulses);
    }

    public RadarSpec withReference(double newReferenceRangeM, double newReferenceSnrDb) {
        return new RadarSpec(
                maxInstrumentedRangeM,
                minElevationRad,
                maxElevationRad,
                rangeSigmaM,
                azimuthSigmaRad,
                elevationSigmaRad,
                scanPeriodS,
                newReferenceRangeM,
                newReferenceSnrDb,
                probabilityFalseAlarm,
                falseAlarmsPerScan,
                refractionK,
                antennaHeightM,
                noncoherentPulses);
    }

    public RadarSpec withProbabilityFalseAlarm(double newProbabilityFalseAlarm) {
        return new RadarSpec(
                maxInstrumentedRangeM,
                minElevationRad,
                maxElevationRad,
                rangeSigmaM,
                azimuthSigmaRad,
                elevationSigmaRad,
                scanPeriodS,
                referenceRangeM,
                referenceSnrDb,
                newProbabilityFalseAlarm,
                falseAlarmsPerScan,
                refractionK,
                antennaHeightM,
                noncoherentPulses);
    }

    public RadarSpec withFalseAlarmsPerScan(double newFalseAlarmsPerScan) {
        return new RadarSpec(
                maxInstrumentedRangeM,
                minElevationRad,
                maxElevationRad,
                rangeSigmaM,
                azimuthSigmaRad,
                elevationSigmaRad,
                scanPeriodS,
                referenceRangeM,
                referenceSnrDb,
                probabilityFalseAlarm,
                newFalseAlarmsPerScan,
                refractionK,
                antennaHeightM,
                noncoherentPulses);
    }

    public RadarSpec withRefractionK(double newRefractionK) {
        return new RadarSpec(
                maxInstrumentedRangeM,
                minElevationRad,
                maxElevationRad,
                rangeSigmaM,
                azimuthSigmaRad,
                elevationSigmaRad,
                scanPeriodS,
                referenceRangeM,
                referenceSnrDb,
                probabilityFalseAlarm,
                falseAlarmsPerScan,
                newRefractionK,
                antennaHeightM,
                noncoherentPulses);
    }

    public RadarSpec withAntennaHeightM(double newAntennaHeightM) {
        return new RadarSpec(
                maxInstrumentedRangeM,
                minElevationRad,
                maxElevationRad,
                rangeSigmaM,
                azimuthSigmaRad,
                elevationSigmaRad,
                scanPeriodS,
                referenceRangeM,
                referenceSnrDb,
                probabilityFalseAlarm,
                falseAlarmsPerScan,
                refractionK,
                newAntennaHeightM,
                noncoherentPulses);
    }

    public RadarSpec withNoncoherentPulses(int newNoncoherentPulses) {
        return new RadarSpec(
                maxInstrumentedRangeM,
                minElevationRad,
                maxElevationRad,
                rangeSigmaM,
                azimuthSigmaRad,
                elevationSigmaRad,
                scanPeriodS,
                referenceRangeM,
                referenceSnrDb,
                probabilityFalseAlarm,
                falseAlarmsPerScan,
                refractionK,
                antennaHeightM,
                newNoncoherentPulses);
    }

    /**
     * This spec with the sensitivity of a physically described radar: the reference SNR becomes the look SNR of a 1
     * m^2 target at the (unchanged) reference range by the radar range equation, and the non-coherent integration
     * count is taken over. Other fields are kept.
     */
    public RadarSpec withSensitivityOf(RadarParameters physics) {
        return withReference(referenceRangeM, physics.lookSnrDb(referenceRangeM, 1))
                .withNoncoherentPulses(physics.noncoherentPulses());
    }

    /** The detector threshold of this spec (false-alarm probability and non-coherent pulses). */
    public DetectionThreshold detectionThreshold() {
        return DetectionThreshold.of(probabilityFalseAlarm, noncoherentPulses);
    }
}
