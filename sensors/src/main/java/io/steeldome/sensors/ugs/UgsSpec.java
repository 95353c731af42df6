package io.steeldome.sensors.ugs;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.sensors.SensorError;
import io.steeldome.sensors.signature.TargetType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Performance of an unattended ground sensor. The probability that a target at ground distance r triggers a report
 * in one report period is a logistic falloff around the rated range r50 of its type:
 *
 * <pre>Pd(r) = pMax / (1 + exp((r - r50) / w)),  w = falloffFraction * r50</pre>
 *
 * so Pd(r50) = pMax / 2, and types absent from {@code ratedRangeM} are never sensed. False alarms (wind, animals,
 * traffic far away) arrive as a Poisson process at {@code falseAlarmsPerHour}.
 *
 * @param modality what the sensor senses
 * @param ratedRangeM range at which each sensed type is reported with probability pMax / 2 per period, m
 * @param maxProbability pMax, per report period, in (0, 1]
 * @param falloffFraction logistic width as a fraction of the rated range, > 0
 * @param falseAlarmsPerHour false-alarm rate, 1/h
 * @param reportPeriodS interval over which one detection decision is made, s
 */
public record UgsSpec(
        UgsModality modality,
        Map<TargetType, Double> ratedRangeM,
        double maxProbability,
        double falloffFraction,
        double falseAlarmsPerHour,
        double reportPeriodS) {
    public UgsSpec {
        Objects.requireNonNull(modality, "modality");
        ratedRangeM = ratedRangeM.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(ratedRangeM));
        ratedRangeM.forEach((type, r) -> Checks.positive("ratedRangeM[" + type + "]", r, "m"));
        if (!(maxProbability > 0 && maxProbability <= 1)) {
            throw new SteeldomeException(SensorError.PROBABILITY_NOT_OPEN, "maxProbability", maxProbability);
        }
        Checks.positive("falloffFraction", falloffFraction, "");
        Checks.nonNegative("falseAlarmsPerHour", falseAlarmsPerHour, "1/h");
        Checks.positive("reportPeriodS", reportPeriodS, "s");
    }

    /**
     * Seismic (geophone) sensor of the REMBASS/BAIS class: footsteps of a walking person to about 50 m, wheeled and
     * tracked vehicles to about 300 m (US Army REMBASS public descriptions quote personnel 50 m, vehicles 250-350 m),
     * pMax 0.95 per 10 s period, 0.5 false alarms per hour (assumed; wind and animals).
     */
    public static UgsSpec seismic() {
        return new UgsSpec(
                UgsModality.SEISMIC, Map.of(TargetType.PERSON, 50.0, TargetType.VEHICLE, 300.0), 0.95, 0.15, 0.5, 10);
    }

    /**
     * Acoustic sensor: engines of vehicles to about 1 km, small drones to about 150 m, people (voices, steps) to
     * about 20 m (class figures, assumed), pMax 0.9 per 10 s, 1 false alarm per hour.
     */
    public static UgsSpec acoustic() {
        return new UgsSpec(
                UgsModality.ACOUSTIC,
                Map.of(TargetType.VEHICLE, 1000.0, TargetType.SMALL_DRONE, 150.0, TargetType.PERSON, 20.0),
                0.9,
                0.2,
                1,
                10);
    }

    /**
     * Passive-infrared sensor: a person to about 25 m, a vehicle to about 50 m (the 20-30 m class of PIR intrusion
     * sensors, assumed), pMax 0.98 per 5 s, 0.2 false alarms per hour.
     */
    public static UgsSpec passiveInfrared() {
        return new UgsSpec(
                UgsModality.PASSIVE_INFRARED,
                Map.of(TargetType.PERSON, 25.0, TargetType.VEHICLE, 50.0),
                0.98,
                0.1,
                0.2,
                5);
    }

    /** Pd per report period of a target of {@code type} at ground distance {@code rangeM}. */
    public double probabilityOfDetection(TargetType type, double rangeM) {
        Checks.nonNegative("rangeM", rangeM, "m");
        Double r50 = ratedRangeM.get(type);
        if (r50 == null) {
            return 0;
        }
        return maxProbability / (1 + Math.exp((rangeM - r50) / (falloffFraction * r50)));
    }

    public UgsSpec withRatedRangeM(TargetType type, double rangeM) {
        Map<TargetType, Double> m = new EnumMap<>(TargetType.class);
        m.putAll(ratedRangeM);
        m.put(type, rangeM);
        return new UgsSpec(modality, m, maxProbability, falloffFraction, falseAlarmsPerHour, reportPeriodS);
    }

    public UgsSpec withFalseAlarmsPerHour(double rate) {
        return new UgsSpec(modality, ratedRangeM, maxProbability, falloffFraction, rate, reportPeriodS);
    }
}
