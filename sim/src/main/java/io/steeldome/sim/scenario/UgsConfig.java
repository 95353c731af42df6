package io.steeldome.sim.scenario;

import io.steeldome.sensors.signature.TargetType;
import io.steeldome.sensors.ugs.UgsSpec;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * An unattended ground sensor ({@code type: ugs}). Every parameter after {@code preset} is an optional override of
 * the preset's {@link UgsSpec}. Its reports are logged, never fed to the tracker.
 *
 * @param ratedRangeM per target type, the range at which it is reported with half the maximum probability, m; the
 *     types given replace or add to the preset's
 * @param maxProbability per-period detection probability at zero range, in (0, 1]
 * @param falseAlarmsPerHour false-alarm rate, 1/h
 * @param reportPeriodS interval between polls, s
 */
public record UgsConfig(
        String id,
        GeoPosition position,
        UgsPreset preset,
        Map<SignatureType, Double> ratedRangeM,
        OptionalDouble maxProbability,
        OptionalDouble falseAlarmsPerHour,
        OptionalDouble reportPeriodS) {
    public UgsConfig {
        Fields.notBlank("sensor id", id);
        ratedRangeM = ratedRangeM.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(ratedRangeM));
        ratedRangeM.forEach((t, r) -> Fields.positive("ratedRangeM." + t.yamlName(), OptionalDouble.of(r), "m"));
        Fields.positive("maxProbability", maxProbability, "");
        Fields.probability("maxProbability", maxProbability);
        Fields.nonNegative("falseAlarmsPerHour", falseAlarmsPerHour, "1/h");
        Fields.positive("reportPeriodS", reportPeriodS, "s");
        java.util.Objects.requireNonNull(preset, "preset");
        spec(preset, ratedRangeM, maxProbability, falseAlarmsPerHour, reportPeriodS); // the sensors module's checks
    }

    /** The preset's parameters with the overrides applied. */
    public UgsSpec spec() {
        return spec(preset, ratedRangeM, maxProbability, falseAlarmsPerHour, reportPeriodS);
    }

    private static UgsSpec spec(
            UgsPreset preset,
            Map<SignatureType, Double> ratedRangeM,
            OptionalDouble maxProbability,
            OptionalDouble falseAlarmsPerHour,
            OptionalDouble reportPeriodS) {
        UgsSpec base = preset.spec();
        Map<TargetType, Double> ranges = new EnumMap<>(TargetType.class);
        ranges.putAll(base.ratedRangeM());
        ratedRangeM.forEach((t, r) -> ranges.put(t.type(), r));
        return new UgsSpec(
                base.modality(),
                ranges,
                maxProbability.orElse(base.maxProbability()),
                base.falloffFraction(),
                falseAlarmsPerHour.orElse(base.falseAlarmsPerHour()),
                reportPeriodS.orElse(base.reportPeriodS()));
    }
}
