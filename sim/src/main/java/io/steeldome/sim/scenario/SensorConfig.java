package io.steeldome.sim.scenario;

import io.steeldome.core.error.Checks;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A sensor site. Every parameter after {@code position} is an optional override of the preset (or of the sensor
 * module's defaults when no preset is named); the engine applies them.
 *
 * @param preset named parameter set of the sensors module to start from
 * @param maxRangeM instrumented range, m
 * @param scanPeriodS revisit period, s
 * @param rangeSigmaM 1-sigma range error, m
 * @param azimuthSigmaDeg 1-sigma azimuth error, deg
 * @param elevationSigmaDeg 1-sigma elevation error, deg
 * @param falseAlarmsPerScan mean number of false detections per scan
 * @param referenceRangeM range at which a 1 m^2 target has {@code referenceSnrDb}, m
 * @param referenceSnrDb signal-to-noise ratio of a 1 m^2 target at {@code referenceRangeM}, dB
 * @param probabilityFalseAlarm per-cell false alarm probability, in [0, 1]
 */
public record SensorConfig(
        String id,
        SensorType type,
        GeoPosition position,
        Optional<RadarPreset> preset,
        OptionalDouble maxRangeM,
        OptionalDouble scanPeriodS,
        OptionalDouble rangeSigmaM,
        OptionalDouble azimuthSigmaDeg,
        OptionalDouble elevationSigmaDeg,
        OptionalDouble falseAlarmsPerScan,
        OptionalDouble referenceRangeM,
        OptionalDouble referenceSnrDb,
        OptionalDouble probabilityFalseAlarm) {
    public SensorConfig {
        Fields.notBlank("sensor id", id);
        Fields.positive("maxRangeM", maxRangeM, "m");
        Fields.positive("scanPeriodS", scanPeriodS, "s");
        Fields.positive("rangeSigmaM", rangeSigmaM, "m");
        Fields.positive("azimuthSigmaDeg", azimuthSigmaDeg, "deg");
        Fields.positive("elevationSigmaDeg", elevationSigmaDeg, "deg");
        Fields.nonNegative("falseAlarmsPerScan", falseAlarmsPerScan, "");
        Fields.positive("referenceRangeM", referenceRangeM, "m");
        referenceSnrDb.ifPresent(v -> Checks.finite("referenceSnrDb", v));
        Fields.probability("probabilityFalseAlarm", probabilityFalseAlarm);
    }

    /** The preset in effect: the one named, else {@link RadarPreset#DEFAULT}. */
    public RadarPreset presetOrDefault() {
        return preset.orElse(RadarPreset.DEFAULT);
    }

    /** The instrumented range in effect: {@code maxRangeM} if given, else the preset's, m. */
    public double instrumentedRangeM() {
        return maxRangeM.orElseGet(() -> presetOrDefault().spec().maxInstrumentedRangeM());
    }
}
