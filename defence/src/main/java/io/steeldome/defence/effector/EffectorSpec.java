package io.steeldome.defence.effector;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.defence.threat.ThreatClass;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one kind of interceptor layer can do. Immutable; validated on construction (use {@link #builder(String)}).
 *
 * @param layerName a display name, e.g. "SHORT_RANGE"
 * @param envelope slant range and altitude (above the effector site) where it can kill
 * @param flyout interceptor kinematics from launch to intercept
 * @param launchDelayS reaction time from the engage decision to the launch
 * @param pkByClass single-shot kill probability in (0, 1] by threat class; a missing class cannot be engaged
 * @param maxRangeByClassM optional tighter max range against some classes (e.g. ballistic missiles), within the
 *     envelope; classes not listed use {@link Envelope#maxRangeM()}
 * @param magazine rounds in a full launcher
 * @param fireChannels engagements the fire control can guide at once
 * @param reloadS time to reload a full magazine
 * @param costPerShotUsd cost of one round (for a gun, one burst)
 * @param seekerBasketM radius around the guided aim point inside which the interceptor's terminal seeker acquires a
 *     threat; outside it the shot is wasted (assumed: no public figures; default {@value Builder#DEFAULT_SEEKER_BASKET_M})
 * @param maxDivertM how far midcourse guidance can move the aim point from the one planned at launch (assumed;
 *     default {@value Builder#DEFAULT_MAX_DIVERT_M})
 */
public record EffectorSpec(
        String layerName,
        Envelope envelope,
        Flyout flyout,
        double launchDelayS,
        Map<ThreatClass, Double> pkByClass,
        Map<ThreatClass, Double> maxRangeByClassM,
        int magazine,
        int fireChannels,
        double reloadS,
        double costPerShotUsd,
        double seekerBasketM,
        double maxDivertM) {

    public EffectorSpec {
        if (layerName == null || layerName.isBlank()) {
            throw new SteeldomeException(EffectorError.BLANK_NAME, "layerName");
        }
        requirePresent(layerName, envelope, "envelope");
        requirePresent(layerName, flyout, "flyout");
        Checks.nonNegative("launchDelayS", launchDelayS, "s");
        requireCount("magazine", magazine, 1);
        requireCount("fireChannels", fireChannels, 1);
        Checks.nonNegative("reloadS", reloadS, "s");
        Checks.nonNegative("costPerShotUsd", costPerShotUsd, "USD");
        Checks.positive("seekerBasketM", seekerBasketM, "m");
        Checks.nonNegative("maxDivertM", maxDivertM, "m");
        pkByClass = copy(pkByClass);
        for (Map.Entry<ThreatClass, Double> e : pkByClass.entrySet()) {
            double pk = e.getValue();
            Checks.positive("pk against " + e.getKey(), pk, "");
            Checks.inRange("pk against " + e.getKey(), pk, 0, 1, "");
        }
        maxRangeByClassM = copy(maxRangeByClassM);
        for (Map.Entry<ThreatClass, Double> e : maxRangeByClassM.entrySet()) {
            double r = e.getValue();
            if (!(r > envelope.minRangeM() && r <= envelope.maxRangeM())) {
                throw new SteeldomeException(
                        EffectorError.CLASS_RANGE_OUTSIDE_ENVELOPE,
                        e.getKey(),
                        r,
                        envelope.minRangeM(),
                        envelope.maxRangeM());
            }
        }
    }

    public static Builder builder(String layerName) {
        return new Builder(layerName);
    }

    public Builder toBuilder() {
        Builder b = new Builder(layerName)
                .envelope(envelope)
                .flyout(flyout)
                .launchDelayS(launchDelayS)
                .magazine(magazine)
                .fireChannels(fireChannels)
                .reloadS(reloadS)
                .costPerShotUsd(costPerShotUsd)
                .seekerBasketM(seekerBasketM)
                .maxDivertM(maxDivertM);
        pkByClass.forEach(b::pk);
        maxRangeByClassM.forEach(b::maxRangeM);
        return b;
    }

    /** Single-shot kill probability against {@code threat}; empty when this layer cannot engage that class. */
    public OptionalDouble pk(ThreatClass threat) {
        Double pk = pkByClass.get(threat);
        return pk == null ? OptionalDouble.empty() : OptionalDouble.of(pk);
    }

    public boolean canEngage(ThreatClass threat) {
        return pkByClass.containsKey(threat);
    }

    /**
     * This spec tasked against {@code classes} only: the kill probabilities of every other class are dropped, so
     * {@link #canEngage} refuses them (a fire-unit tasking, e.g. an upper tier kept for ballistic missiles).
     * Classes this layer cannot engage at all stay unengageable.
     */
    public EffectorSpec restrictedTo(java.util.Set<ThreatClass> classes) {
        EnumMap<ThreatClass, Double> pk = new EnumMap<>(ThreatClass.class);
        pkByClass.forEach((k, v) -> {
            if (classes.contains(k)) {
                pk.put(k, v);
            }
        });
        return new EffectorSpec(
                layerName,
                envelope,
                flyout,
                launchDelayS,
                pk,
                maxRangeByClassM,
                magazine,
                fireChannels,
                reloadS,
                costPerShotUsd,
                seekerBasketM,
                maxDivertM);
    }

    /** Max slant range against {@code threat}: the class override if any, else the envelope's. */
    public double maxRangeM(ThreatClass threat) {
        return maxRangeByClassM.getOrDefault(threat, envelope.maxRangeM());
    }

    /** Time from launch for the interceptor to reach slant range {@code rangeM}; see {@link Flyout}. */
    public double flyoutTimeS(double rangeM) {
        return flyout.flyoutTimeS(rangeM);
    }

    private static void requirePresent(String layerName, Object value, String field) {
        if (value == null) {
            throw new SteeldomeException(EffectorError.MISSING_FIELD, layerName, field);
        }
    }

    private static void requireCount(String name, int value, int min) {
        if (value < min) {
            throw new SteeldomeException(EffectorError.NOT_A_SHOT_COUNT, name, min, value);
        }
    }

    private static Map<ThreatClass, Double> copy(Map<ThreatClass, Double> map) {
        Objects.requireNonNull(map, "map");
        EnumMap<ThreatClass, Double> m = new EnumMap<>(ThreatClass.class);
        map.forEach((k, v) -> m.put(Objects.requireNonNull(k, "threat class"), Objects.requireNonNull(v, "value")));
        return Collections.unmodifiableMap(m);
    }

    /** Mutable builder; {@link #build()} validates everything through the record constructor. */
    public static final class Builder {
        /** Assumed seeker acquisition basket of a missile interceptor, m. */
        public static final double DEFAULT_SEEKER_BASKET_M = 1500;
        /** Assumed midcourse divert capability, m. */
        public static final double DEFAULT_MAX_DIVERT_M = 5000;

        private final String layerName;
        private Envelope envelope;
        private Flyout flyout;
        private double launchDelayS = Double.NaN;
        private final Map<ThreatClass, Double> pk = new EnumMap<>(ThreatClass.class);
        private final Map<ThreatClass, Double> maxRangeM = new EnumMap<>(ThreatClass.class);
        private int magazine;
        private int fireChannels = 1;
        private double reloadS = Double.NaN;
        private double costPerShotUsd = Double.NaN;
        private double seekerBasketM = DEFAULT_SEEKER_BASKET_M;
        private double maxDivertM = DEFAULT_MAX_DIVERT_M;

        private Builder(String layerName) {
            this.layerName = layerName;
        }

        public Builder envelope(Envelope value) {
            this.envelope = value;
            return this;
        }

        public Builder envelope(double minRangeM, double maxRangeM, double minAltitudeM, double maxAltitudeM) {
            return envelope(new Envelope(minRangeM, maxRangeM, minAltitudeM, maxAltitudeM));
        }

        public Builder flyout(Flyout value) {
            this.flyout = value;
            return this;
        }

        public Builder flyout(double boostTimeS, double coastSpeedMps) {
            return flyout(new Flyout(boostTimeS, coastSpeedMps));
        }

        public Builder launchDelayS(double value) {
            this.launchDelayS = value;
            return this;
        }

        public Builder pk(ThreatClass threat, double value) {
            pk.put(threat, value);
            return this;
        }

        public Builder maxRangeM(ThreatClass threat, double value) {
            maxRangeM.put(threat, value);
            return this;
        }

        public Builder magazine(int value) {
            this.magazine = value;
            return this;
        }

        public Builder fireChannels(int value) {
            this.fireChannels = value;
            return this;
        }

        public Builder reloadS(double value) {
            this.reloadS = value;
            return this;
        }

        public Builder costPerShotUsd(double value) {
            this.costPerShotUsd = value;
            return this;
        }

        public Builder seekerBasketM(double value) {
            this.seekerBasketM = value;
            return this;
        }

        public Builder maxDivertM(double value) {
            this.maxDivertM = value;
            return this;
        }

        public EffectorSpec build() {
            return new EffectorSpec(
                    layerName,
                    envelope,
                    flyout,
                    launchDelayS,
                    pk,
                    maxRangeM,
                    magazine,
                    fireChannels,
                    reloadS,
                    costPerShotUsd,
                    seekerBasketM,
                    maxDivertM);
        }
    }
}
