package io.steeldome.sensors.ugs;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import io.steeldome.sensors.SensorError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * An unattended ground sensor at a fixed point. Immutable; randomness only from the generator passed to {@link
 * #poll}, drawn in a fixed order (targets in list order, then the false-alarm count), so a seeded generator
 * reproduces the reports.
 */
public final class UnattendedGroundSensor {
    private final String id;
    private final GeodeticPoint position;
    private final UgsSpec spec;

    public UnattendedGroundSensor(String id, GeodeticPoint position, UgsSpec spec) {
        if (id == null || id.isBlank()) {
            throw new SteeldomeException(SensorError.BLANK_ID, "id", id);
        }
        this.id = id;
        this.position = Objects.requireNonNull(position, "position");
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    public String id() {
        return id;
    }

    public GeodeticPoint position() {
        return position;
    }

    public UgsSpec spec() {
        return spec;
    }

    /** Pd per report period of one target (ground distance on the ellipsoid; heights ignored). */
    public double probabilityOfDetection(UgsTarget target) {
        return spec.probabilityOfDetection(target.type(), Geodesy.distanceM(position, target.position()));
    }

    /** One report period ({@link UgsSpec#reportPeriodS()}) ending at {@code time}. */
    public UgsPollResult poll(SimTime time, List<UgsTarget> targets, RandomGenerator rng) {
        return poll(time, spec.reportPeriodS(), targets, rng);
    }

    /**
     * Detection draws over {@code intervalS}: each target independently with its per-period Pd (one decision per
     * interval, whatever its length), then Poisson(rate x interval) false alarms.
     */
    public UgsPollResult poll(SimTime time, double intervalS, List<UgsTarget> targets, RandomGenerator rng) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(rng, "rng");
        Checks.positive("intervalS", intervalS, "s");
        Set<String> seen = new HashSet<>();
        for (UgsTarget t : targets) {
            if (!seen.add(t.targetId())) {
                throw new SteeldomeException(SensorError.DUPLICATE_TARGET_ID, t.targetId());
            }
        }
        List<UgsReport> reports = new ArrayList<>();
        List<String> detected = new ArrayList<>();
        for (UgsTarget t : targets) {
            if (rng.nextDouble() < probabilityOfDetection(t)) {
                detected.add(t.targetId());
                reports.add(new UgsReport(time, id, position, spec.modality()));
            }
        }
        int falseAlarms = poisson(spec.falseAlarmsPerHour() * intervalS / 3600, rng);
        for (int i = 0; i < falseAlarms; i++) {
            reports.add(new UgsReport(time, id, position, spec.modality()));
        }
        detected.sort(null);
        return new UgsPollResult(reports, detected, falseAlarms);
    }

    /** Poisson draw by counting unit-rate exponential arrivals before {@code mean}; exact for any mean. */
    private static int poisson(double mean, RandomGenerator rng) {
        int n = 0;
        double t = rng.nextExponential();
        while (t < mean) {
            n++;
            t += rng.nextExponential();
        }
        return n;
    }

    @Override
    public String toString() {
        return "UnattendedGroundSensor[" + id + " " + spec.modality() + " at " + position + "]";
    }
}
