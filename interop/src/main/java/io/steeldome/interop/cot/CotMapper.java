package io.steeldome.interop.cot;

import io.steeldome.border.alert.AlertClass;
import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.alert.Releasability;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Maps steeldome outputs to CoT events: air and ground tracks, border alerts and sensor points of interest. Every
 * event is stamped with the domain time it describes (never a wall clock) and goes stale a configured time later.
 * Event uids are {@code <system>.<kind>.<id>}, stable across updates, so TAK replaces the old marker with the new one.
 */
public final class CotMapper {
    private final String system;
    private final Instant epochUtc;
    private final Duration trackStaleAfter;
    private final Duration alertStaleAfter;
    private final Duration pointStaleAfter;

    /**
     * @param system name of this producer: the uid prefix and the {@code _flow-tags_} attribute (an XML name)
     * @param epochUtc the UTC instant of the scenario's time zero, to convert {@link SimTime}s
     * @param trackStaleAfter how long a track report stays valid (a few update intervals; TAK PLIs use 20-60 s)
     * @param alertStaleAfter how long a border alert stays on the map
     * @param pointStaleAfter how long a sensor site or point of interest stays on the map
     */
    public CotMapper(
            String system,
            Instant epochUtc,
            Duration trackStaleAfter,
            Duration alertStaleAfter,
            Duration pointStaleAfter) {
        this.system = XmlChars.requireName(system);
        this.epochUtc = Objects.requireNonNull(epochUtc, "epochUtc");
        this.trackStaleAfter = positive("trackStaleAfter", trackStaleAfter);
        this.alertStaleAfter = positive("alertStaleAfter", alertStaleAfter);
        this.pointStaleAfter = positive("pointStaleAfter", pointStaleAfter);
    }

    /** Defaults: tracks stale after 30 s, alerts after 10 min, points after 1 h. */
    public static CotMapper withDefaults(String system, Instant epochUtc) {
        return new CotMapper(system, epochUtc, Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofHours(1));
    }

    /** The UTC instant of a scenario time. */
    public Instant utc(SimTime t) {
        return epochUtc.plus(Duration.ofNanos(t.nanos()));
    }

    /**
     * A track as an atom: type from identity and platform (e.g. {@code a-h-A-W-M} hostile missile, {@code a-u-A}
     * unknown air, {@code a-f-G} friendly ground), {@code how} = {@code m-f} (machine, fused from sensor data) or
     * {@code m-p} (machine, predicted) while the track is coasting, the 1-sigma errors as ce/le, and a {@code track}
     * detail with course (degrees true), speed (3-D magnitude, m/s) and slope (degrees, negative descending) as the
     * MITRE track schema defines them.
     */
    public CotEvent track(TrackReport r) {
        EnuVector v = r.velocityMps();
        CotDetail.Track t = new CotDetail.Track(courseDeg(v), v.norm(), OptionalDouble.of(slopeDeg(v)));
        CotEvent.Builder b = CotEvent.builder(
                        system + ".track." + r.trackId().value(), r.platform().atomType(r.identity()))
                .how(r.coasted() ? "m-p" : "m-f")
                .time(r.time())
                .timeToLive(trackStaleAfter)
                .point(CotPoint.of(r.position(), r.horizontalSigmaM(), r.verticalSigmaM()))
                .detail(t.toElement());
        r.callsign().ifPresent(c -> b.detail(new CotDetail.Contact(Optional.of(c), Optional.empty()).toElement()));
        return b.detail(flowTag(r.time())).build();
    }

    /**
     * A border alert: something detected at a place and time. It is written as an atom of unknown identity
     * ({@code a-u-...}): per the CoT type tree, "bits" ({@code b-d-...} sensor detections) describe raw sensor data,
     * while anything derived from them that describes an object in the world is an atom, which TAK draws with its
     * 2525 symbol. Identity is unknown because a detection says nothing about intent; the proposed alarm branch
     * ({@code b-l-...}) would draw a generic alarm without the object. Pedestrian groups and unclassified detections
     * are {@code a-u-G}, vehicles {@code a-u-G-E-V}, small drones {@code a-u-A-M-F-Q}. The alert's 1-sigma semi-major
     * axis is the ce; the vertical error is unknown. The owner's releasability marking goes to {@code access}.
     */
    public CotEvent borderAlert(BorderAlert a) {
        CotPlatform platform = switch (a.classification()) {
            case VEHICLE -> CotPlatform.GROUND_VEHICLE;
            case SMALL_DRONE -> CotPlatform.AIR_DRONE;
            case PEDESTRIAN_GROUP, UNKNOWN -> CotPlatform.GROUND;
        };
        Instant t = utc(a.time());
        GeodeticPoint p = a.position();
        String label = label(a.classification()) + " " + a.id();
        String remarks = String.format(
                Locale.ROOT,
                "Border alert %s: %s detected in sector %s (confidence %.2f, 1-sigma error %.0f x %.0f m). "
                        + "Detection only: a request to look.",
                a.id(),
                label(a.classification()).toLowerCase(Locale.ROOT),
                a.sectorId(),
                a.confidence(),
                a.uncertainty().semiMajorM(),
                a.uncertainty().semiMinorM());
        return CotEvent.builder(system + ".alert." + a.id(), platform.atomType(CotIdentity.UNKNOWN))
                .how("m-f")
                .time(t)
                .timeToLive(alertStaleAfter)
                .access(access(a.agencyId(), a.releasability()))
                .point(new CotPoint(
                        p.latDeg(),
                        p.lonDeg(),
                        OptionalDouble.of(p.hM()),
                        OptionalDouble.of(a.uncertainty().semiMajorM()),
                        OptionalDouble.empty()))
                .detail(new CotDetail.Contact(Optional.of(label), Optional.empty()).toElement())
                .detail(new CotDetail.Remarks(remarks, Optional.of(system), Optional.of(t)).toElement())
                .detail(XmlElement.of(
                        "__steeldome_alert",
                        "id",
                        a.id(),
                        "classification",
                        a.classification().name(),
                        "confidence",
                        CotXml.decimal(a.confidence()),
                        "sector",
                        a.sectorId(),
                        "agency",
                        a.agencyId(),
                        "semiMajorM",
                        CotXml.decimal(a.uncertainty().semiMajorM()),
                        "semiMinorM",
                        CotXml.decimal(a.uncertainty().semiMinorM()),
                        "orientationDeg",
                        CotXml.decimal(Math.toDegrees(a.uncertainty().orientationRad()))))
                .detail(flowTag(t))
                .build();
    }

    /**
     * A sensor point of interest, {@code b-m-p-s-p-i} in the CoT type tree (mapping, designated point, sensor, point,
     * interest): a place a sensor is looking at or reported on. When the producing sensor's event uid is given it is
     * linked as the parent producer ({@code relation="p-p"}), as ATAK links markers to the device that made them.
     *
     * @param errorM 1-sigma horizontal error of the point, m, if known
     */
    public CotEvent sensorPointOfInterest(
            String id,
            GeodeticPoint position,
            OptionalDouble errorM,
            String label,
            SimTime time,
            Optional<String> sensorUid,
            Optional<String> remarks) {
        Instant t = utc(time);
        CotEvent.Builder b = CotEvent.builder(system + ".poi." + id, "b-m-p-s-p-i")
                .how("m-f")
                .time(t)
                .timeToLive(pointStaleAfter)
                .point(CotPoint.of(position, errorM, OptionalDouble.empty()))
                .detail(new CotDetail.Contact(Optional.of(label), Optional.empty()).toElement());
        sensorUid.ifPresent(u -> b.detail(XmlElement.of("link", "uid", u, "type", SENSOR_TYPE, "relation", "p-p")));
        remarks.ifPresent(
                text -> b.detail(new CotDetail.Remarks(text, Optional.of(system), Optional.of(t)).toElement()));
        return b.detail(flowTag(t)).build();
    }

    /** The CoT type of a friendly ground sensor (2525B ground equipment, sensor: {@code G-E-S}). */
    public static final String SENSOR_TYPE = "a-f-G-E-S";

    /** A friendly sensor site (radar, camera mast, ...) as an atom of type {@value #SENSOR_TYPE}, position configured. */
    public CotEvent sensorSite(String id, GeodeticPoint position, String label, SimTime time) {
        Instant t = utc(time);
        return CotEvent.builder(system + ".sensor." + id, SENSOR_TYPE)
                .how("m-c")
                .time(t)
                .timeToLive(pointStaleAfter)
                .point(CotPoint.of(position, OptionalDouble.empty(), OptionalDouble.empty()))
                .detail(new CotDetail.Contact(Optional.of(label), Optional.empty()).toElement())
                .detail(flowTag(t))
                .build();
    }

    /** The event uid a sensor site gets, for linking points of interest to it. */
    public String sensorUid(String id) {
        return system + ".sensor." + id;
    }

    /** Course over ground, degrees clockwise from true north in [0, 360); 0 when not moving horizontally. */
    static double courseDeg(EnuVector v) {
        if (v.horizontalNorm() == 0) {
            return 0;
        }
        double c = Math.toDegrees(Math.atan2(v.eastM(), v.northM()));
        c = c < 0 ? c + 360 : c;
        return c >= 360 ? 0 : c;
    }

    /** Climb angle of the velocity, degrees in [-90, 90]; 0 when at rest. */
    static double slopeDeg(EnuVector v) {
        return v.norm() == 0 ? 0 : Math.toDegrees(Math.atan2(v.upM(), v.horizontalNorm()));
    }

    private XmlElement flowTag(Instant t) {
        return XmlElement.of("_flow-tags_", system, CotTime.format(t));
    }

    private static String label(AlertClass c) {
        return switch (c) {
            case PEDESTRIAN_GROUP -> "Pedestrian group";
            case VEHICLE -> "Vehicle";
            case SMALL_DRONE -> "Small drone";
            case UNKNOWN -> "Unclassified detection";
        };
    }

    /** The owner's releasability as CoT access text: "REL agency[,other...]" or "REL agency,PARTNERS". */
    static String access(String owner, Releasability r) {
        return switch (r) {
            case Releasability.OwnOnly o -> "REL " + owner;
            case Releasability.To to -> "REL " + owner + "," + String.join(",", to.agencyIds());
            case Releasability.AllPartners all -> "REL " + owner + ",PARTNERS";
        };
    }

    private static Duration positive(String name, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new CotException(CotError.OUT_OF_RANGE, "mapper", name, d, "PT0S (exclusive)", "+inf");
        }
        return d;
    }
}
