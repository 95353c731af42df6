package io.steeldome.border.detect;

import io.steeldome.border.siting.StationType;
import io.steeldome.core.error.Checks;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * False plots per station type: each station, at each look, reports a Poisson number of spurious detections with mean
 * {@code perHour × lookPeriodS / 3600}, at positions uniform over the disc of its reporting range (clutter residue,
 * animals, wind-shaken vegetation, seismic noise). Types not listed report none; the default is none at all.
 *
 * <p>Assumption: false plots are spatially uniform over the covered area and independent from look to look (and from
 * station to station), so the fusion's M-of-N track confirmation suppresses most of them; real clutter that repeats in
 * the same cells (a wind farm, a road just across the line) would confirm far more often and is not modelled. Terrain
 * masking is not applied to false plots (cheap to add, but a radar's residue is not limited to cells a person is
 * visible in).
 *
 * @param perHour false plots per hour per station, by type (each finite and {@code >= 0})
 */
public record FalseAlarmModel(Map<StationType, Double> perHour) {
    /** Upper bound on a rate, per hour (a Poisson draw per look stays cheap and exact below it). */
    public static final double MAX_PER_HOUR = 100_000;

    public FalseAlarmModel {
        Objects.requireNonNull(perHour, "perHour");
        EnumMap<StationType, Double> copy = new EnumMap<>(StationType.class);
        perHour.forEach((type, rate) -> {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(rate, "rate");
            Checks.inRange("perHour", rate, 0, MAX_PER_HOUR, "1/h");
            copy.put(type, rate);
        });
        perHour = Map.copyOf(copy);
    }

    /** No false plots from any station (the default). */
    public static FalseAlarmModel none() {
        return new FalseAlarmModel(Map.of());
    }

    /** False plots per hour of a station of {@code type} (0 if not listed). */
    public double perHour(StationType type) {
        return perHour.getOrDefault(type, 0.0);
    }

    /** Mean false plots per look of a station of {@code type} looking every {@code lookPeriodS}. */
    public double perLook(StationType type, double lookPeriodS) {
        return perHour(type) * lookPeriodS / 3600.0;
    }

    /** Whether any type has a positive rate. */
    public boolean any() {
        return perHour.values().stream().anyMatch(r -> r > 0);
    }
}
