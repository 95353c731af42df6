package io.steeldome.server.replay;

import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.share.SharedTrack;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.interop.czml.Czml;
import io.steeldome.interop.czml.CzmlValidator;
import io.steeldome.interop.geojson.GeoJson;
import io.steeldome.interop.geojson.GeoJsonValidator;
import io.steeldome.server.approval.Decision;
import io.steeldome.server.audit.AuditEntry;
import io.steeldome.server.audit.AuditVerification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A recorded session as files that open without the server: {@code session.geojson} (each track's path with a time
 * per vertex, and the alerts; QGIS, Leaflet.TimeDimension), {@code session.czml} (Cesium), {@code decisions.csv},
 * {@code alerts.csv} and {@code audit.csv} (every audit entry with the chain's verification status). Times on the
 * time axis are the recording server's clock (when each row was received); both documents are checked with the
 * interop validators before they are written.
 */
public final class SessionExport {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SessionExport() {}

    /**
     * What was written.
     *
     * @param tracks tracks exported
     * @param vertices track positions exported (one per recorded track update)
     * @param alerts alerts exported
     * @param decisions operator decisions exported
     * @param auditEntries audit entries exported
     * @param files the files written
     */
    public record Summary(int tracks, int vertices, int alerts, int decisions, int auditEntries, List<Path> files) {
        public Summary {
            files = List.copyOf(files);
        }
    }

    /** Writes the events recorded in [from, to] (the whole session when both are empty) and the whole audit log. */
    public static Summary write(Recording rec, Optional<Instant> from, Optional<Instant> to, Path dir) {
        Instant start = from.orElse(rec.start().orElse(Instant.EPOCH));
        Instant end = to.orElse(rec.end().orElse(start));
        List<ReplayEvent> events = rec.events().stream()
                .filter(e -> !e.at().isBefore(start) && !e.at().isAfter(end))
                .toList();
        Map<String, List<ReplayEvent.TrackUpdated>> paths = new LinkedHashMap<>();
        Map<String, Instant> dropped = new LinkedHashMap<>();
        List<ReplayEvent.AlertRaised> alerts = new ArrayList<>();
        List<ReplayEvent.DecisionMade> decisions = new ArrayList<>();
        for (ReplayEvent e : events) {
            switch (e) {
                case ReplayEvent.TrackUpdated t ->
                    paths.computeIfAbsent(t.track().id(), k -> new ArrayList<>())
                            .add(t);
                case ReplayEvent.TrackDropped d -> dropped.put(d.trackId(), d.at());
                case ReplayEvent.AlertRaised a -> alerts.add(a);
                case ReplayEvent.DecisionMade d -> decisions.add(d);
                default -> {}
            }
        }
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>();
            GeoJson geo = geoJson(paths, dropped, alerts, start);
            files.add(writeJson(dir.resolve("session.geojson"), geo.toJsonString(), true));
            Czml czml = czml(paths, alerts, start, end);
            files.add(writeJson(dir.resolve("session.czml"), czml.toJsonString(), false));
            files.add(write(dir.resolve("decisions.csv"), decisionsCsv(decisions)));
            files.add(write(dir.resolve("alerts.csv"), alertsCsv(alerts)));
            files.add(write(dir.resolve("audit.csv"), auditCsv(rec.audit(), rec.verification())));
            int vertices = paths.values().stream().mapToInt(List::size).sum();
            return new Summary(
                    paths.size(),
                    vertices,
                    alerts.size(),
                    decisions.size(),
                    rec.audit().size(),
                    files);
        } catch (IOException e) {
            throw new SteeldomeException(e, ReplayError.EXPORT, dir, e.getMessage());
        }
    }

    private static double secondsAfter(Instant epoch, Instant t) {
        return Duration.between(epoch, t).toNanos() * 1e-9;
    }

    private static GeoJson geoJson(
            Map<String, List<ReplayEvent.TrackUpdated>> paths,
            Map<String, Instant> dropped,
            List<ReplayEvent.AlertRaised> alerts,
            Instant epoch) {
        GeoJson g = new GeoJson().withBbox();
        paths.forEach((id, rows) -> {
            SharedTrack last = rows.getLast().track();
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("kind", "track");
            props.put("track_id", id);
            props.put("agency", last.agencyId());
            props.put("vertices", rows.size());
            props.put(
                    "track_time_s",
                    rows.stream().map(r -> r.track().time().seconds()).toList());
            if (dropped.containsKey(id)) {
                props.put("deleted_at", dropped.get(id).toString());
            }
            List<GeodeticPoint> points =
                    rows.stream().map(r -> r.track().position()).toList();
            List<Double> times =
                    rows.stream().map(r -> secondsAfter(epoch, r.at())).toList();
            if (rows.size() >= 2) {
                g.timedLineString("track-" + id, points, times, epoch, props);
            } else {
                props.put("times", List.of(GeoJson.isoTime(epoch, times.getFirst())));
                props.put("times_s", times);
                g.point("track-" + id, points.getFirst(), true, props);
            }
        });
        for (ReplayEvent.AlertRaised a : alerts) {
            BorderAlert al = a.alert();
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("kind", "alert");
            props.put("alert_id", al.id());
            props.put("agency", al.agencyId());
            props.put("classification", al.classification().name());
            props.put("confidence", al.confidence());
            props.put("sector", al.sectorId());
            props.put("time", a.at().toString());
            g.point("alert-" + al.id(), al.position(), true, props);
        }
        return g;
    }

    private static Czml czml(
            Map<String, List<ReplayEvent.TrackUpdated>> paths,
            List<ReplayEvent.AlertRaised> alerts,
            Instant epoch,
            Instant end) {
        double stopS = Math.max(0, secondsAfter(epoch, end));
        Czml c = new Czml("steeldome recorded session", epoch, 0, stopS, 1);
        Czml.Rgba blue = new Czml.Rgba(30, 120, 255, 255);
        Czml.Rgba red = new Czml.Rgba(230, 40, 40, 255);
        paths.forEach((id, rows) -> {
            // CZML samples must strictly increase at its millisecond resolution: of updates in the same
            // millisecond, the last stands.
            List<Double> times = new ArrayList<>();
            List<GeodeticPoint> points = new ArrayList<>();
            for (ReplayEvent.TrackUpdated r : rows) {
                double t = Math.rint(secondsAfter(epoch, r.at()) * 1000) / 1000;
                if (!times.isEmpty() && t <= times.getLast()) {
                    points.set(points.size() - 1, r.track().position());
                } else {
                    times.add(t);
                    points.add(r.track().position());
                }
            }
            Czml.Packet p = c.packet("track-" + id).name(id);
            if (times.size() >= 2) {
                p.position(times, points, 1).availability(times.getFirst(), times.getLast());
            } else {
                p.position(points.getFirst()).availability(times.getFirst(), Math.max(times.getFirst(), stopS));
            }
            p.point(blue, 8).label(id, blue).path(blue, 2, 120);
        });
        for (ReplayEvent.AlertRaised a : alerts) {
            double t = secondsAfter(epoch, a.at());
            c.packet("alert-" + a.alert().id())
                    .name(a.alert().classification().name() + " " + a.alert().id())
                    .position(a.alert().position())
                    .availability(t, Math.max(t, stopS))
                    .point(red, 10);
        }
        return c;
    }

    private static Path writeJson(Path file, String json, boolean geo) throws IOException {
        List<String> problems =
                geo ? GeoJsonValidator.validate(MAPPER.readTree(json)) : CzmlValidator.validate(MAPPER.readTree(json));
        if (!problems.isEmpty()) {
            throw new SteeldomeException(ReplayError.EXPORT, file, "invalid document: " + problems);
        }
        return write(file, json);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String decisionsCsv(List<ReplayEvent.DecisionMade> decisions) {
        StringBuilder sb = new StringBuilder(
                "recommendation_id,verdict,operator,decided_at,reason,weapons_control,layer,track_id\n");
        for (ReplayEvent.DecisionMade e : decisions) {
            Decision d = e.decision();
            row(
                    sb,
                    d.record().recommendation().id(),
                    d.record().verdict().name(),
                    d.record().decidedBy(),
                    d.decidedAtUtc().toString(),
                    d.record().reason(),
                    d.weaponsControl().name(),
                    d.record().recommendation().layer(),
                    Long.toString(d.record().recommendation().trackId().value()));
        }
        return sb.toString();
    }

    private static String alertsCsv(List<ReplayEvent.AlertRaised> alerts) {
        StringBuilder sb =
                new StringBuilder("alert_id,agency,received_at,classification,confidence,lat_deg,lon_deg,sector\n");
        for (ReplayEvent.AlertRaised e : alerts) {
            BorderAlert a = e.alert();
            row(
                    sb,
                    a.id(),
                    a.agencyId(),
                    e.at().toString(),
                    a.classification().name(),
                    String.format(Locale.ROOT, "%.4f", a.confidence()),
                    String.format(Locale.ROOT, "%.7f", a.position().latDeg()),
                    String.format(Locale.ROOT, "%.7f", a.position().lonDeg()),
                    a.sectorId());
        }
        return sb.toString();
    }

    /**
     * Every audit entry with the chain's status at it: "verified" before the first broken entry, "BROKEN" there,
     * "unverified" after it (a chain broken once proves nothing further on).
     */
    private static String auditCsv(List<AuditEntry> audit, AuditVerification v) {
        StringBuilder sb = new StringBuilder("seq,at,actor,action,subject,details,prev_hash,hash,chain\n");
        long broken = v.firstBrokenSeq().isPresent() ? v.firstBrokenSeq().getAsLong() : Long.MAX_VALUE;
        for (AuditEntry e : audit) {
            String status = e.seq() < broken ? "verified" : e.seq() == broken ? "BROKEN" : "unverified";
            row(
                    sb,
                    Long.toString(e.seq()),
                    e.at().toString(),
                    e.actor(),
                    e.action(),
                    e.subject(),
                    e.details(),
                    e.prevHash(),
                    e.hash(),
                    status);
        }
        return sb.toString();
    }

    /** One RFC 4180 row. */
    private static void row(StringBuilder sb, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields[i];
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        sb.append('\n');
    }
}
