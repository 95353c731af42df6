package io.steeldome.sim.output;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.interop.geojson.GeoJson;
import io.steeldome.sim.export.ScenarioExport;
import io.steeldome.sim.report.HtmlReport;
import io.steeldome.sim.run.EngagementRecord;
import io.steeldome.sim.run.LoggedEvent;
import io.steeldome.sim.run.RunResult;
import io.steeldome.sim.run.SceneLayout;
import io.steeldome.sim.run.ThreatOutcome;
import io.steeldome.sim.run.TrackSample;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a run's files: report.html, tracks.csv, scenario.geojson, events.jsonl, engagements.csv, threats.csv, and
 * the timed exports run.geojson and run.czml ({@link ScenarioExport}, epoch {@link ScenarioExport#DEFAULT_EPOCH}).
 */
public final class RunOutputs {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RunOutputs() {}

    public static List<Path> write(RunResult r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        files.add(writeString(dir.resolve("report.html"), HtmlReport.render(r)));
        files.add(writeTracks(r, dir.resolve("tracks.csv")));
        files.add(writeString(dir.resolve("scenario.geojson"), geoJson(r).toJsonString()));
        files.add(writeEvents(r, dir.resolve("events.jsonl")));
        files.add(writeEngagements(r, dir.resolve("engagements.csv")));
        files.add(writeThreats(r, dir.resolve("threats.csv")));
        files.add(writeString(
                dir.resolve("run.geojson"),
                ScenarioExport.runGeoJson(r, ScenarioExport.DEFAULT_EPOCH).toJsonString()));
        files.add(writeString(
                dir.resolve("run.czml"),
                ScenarioExport.runCzml(r, ScenarioExport.DEFAULT_EPOCH).toJsonString()));
        return files;
    }

    /** A header line, then one formatted line per row; '\n' line ends on every platform. */
    private static <T> Path writeCsv(Path p, String header, List<T> rows, Function<T, String> format)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write('\n');
            for (T row : rows) {
                w.write(format.apply(row));
                w.write('\n');
            }
        }
        return p;
    }

    private static Path writeString(Path p, String s) throws IOException {
        Files.writeString(p, s, StandardCharsets.UTF_8);
        return p;
    }

    private static Path writeTracks(RunResult r, Path p) throws IOException {
        return writeCsv(
                p,
                "time_s,track_id,status,lat_deg,lon_deg,height_m,east_m,north_m,up_m,"
                        + "v_east_mps,v_north_mps,v_up_mps,position_sigma_m",
                r.tracks(),
                s -> String.format(
                        Locale.ROOT,
                        "%.3f,%d,%s,%.7f,%.7f,%.1f,%.1f,%.1f,%.1f,%.2f,%.2f,%.2f,%.1f",
                        s.timeS(),
                        s.trackId(),
                        s.status(),
                        s.position().latDeg(),
                        s.position().lonDeg(),
                        s.position().hM(),
                        s.positionEnuM().eastM(),
                        s.positionEnuM().northM(),
                        s.positionEnuM().upM(),
                        s.velocityEnuMps().eastM(),
                        s.velocityEnuMps().northM(),
                        s.velocityEnuMps().upM(),
                        s.positionSigmaM()));
    }

    private static Path writeEvents(RunResult r, Path p) throws IOException {
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            for (LoggedEvent e : r.events()) {
                ObjectNode n = JSON.createObjectNode();
                n.put("t", Math.rint(e.timeS() * 1000) / 1000);
                n.put("type", e.type());
                for (Map.Entry<String, Object> f : e.fields().entrySet()) {
                    n.set(f.getKey(), JSON.valueToTree(f.getValue()));
                }
                w.write(JSON.writeValueAsString(n));
                w.write('\n');
            }
        }
        return p;
    }

    private static Path writeEngagements(RunResult r, Path p) throws IOException {
        return writeCsv(
                p,
                "shot,effector,layer,track_id,decision_time_s,launch_time_s,intercept_time_s,"
                        + "intercept_lat_deg,intercept_lon_deg,intercept_height_m,pk,cost_usd,result,threat,miss_m,"
                        + "recommendation,approved_by,approval_mode,reason",
                r.engagements(),
                e -> String.format(
                        Locale.ROOT,
                        "%d,%s,%s,%d,%.3f,%.3f,%.3f,%.7f,%.7f,%.1f,%.3f,%.0f,%s,%s,%s,%s,%s,%s,%s",
                        e.id(),
                        e.effectorId(),
                        e.layer(),
                        e.trackId(),
                        e.decisionTimeS(),
                        e.launchTimeS(),
                        e.interceptTimeS(),
                        e.plannedInterceptPoint().latDeg(),
                        e.plannedInterceptPoint().lonDeg(),
                        e.plannedInterceptPoint().hM(),
                        e.pk(),
                        e.costPerShot(),
                        e.result(),
                        e.threatId().orElse(""),
                        Double.isFinite(e.missDistanceM()) ? String.format(Locale.ROOT, "%.1f", e.missDistanceM()) : "",
                        csv(e.recommendationId()),
                        csv(e.approvedBy()),
                        csv(e.approvalMode()),
                        csv(e.reason())));
    }

    /** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
    static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static Path writeThreats(RunResult r, Path p) throws IOException {
        return writeCsv(
                p,
                "threat,type,class,launch_time_s,first_detection_s,first_track_s,first_shot_s,end_time_s,fate,"
                        + "asset_hit,killed_by,end_lat_deg,end_lon_deg",
                r.threats(),
                t -> String.format(
                        Locale.ROOT,
                        "%s,%s,%s,%.3f,%s,%s,%s,%.3f,%s,%s,%s,%.7f,%.7f",
                        t.threatId(),
                        t.type(),
                        t.threatClass(),
                        t.launchTimeS(),
                        optionalTime(t.firstDetectionS()),
                        optionalTime(t.firstTrackS()),
                        optionalTime(t.firstShotS()),
                        t.endTimeS(),
                        t.fate(),
                        t.assetHit().orElse(""),
                        t.killedBy().orElse(""),
                        t.endPoint().latDeg(),
                        t.endPoint().lonDeg()));
    }

    private static String optionalTime(double s) {
        return Double.isNaN(s) ? "" : String.format(Locale.ROOT, "%.3f", s);
    }

    /** The scenario, the truth, the tracks and the shots as one QGIS-ready FeatureCollection. */
    static GeoJson geoJson(RunResult r) {
        GeoJson g = new GeoJson();
        for (SceneLayout.Area a : r.layout().assets()) {
            g.polygon(a.ring(), props("kind", "asset", "id", a.id(), "name", a.name(), "value", a.value()));
        }
        for (SceneLayout.Site s : r.layout().sites()) {
            Map<String, Object> p = props("kind", s.kind(), "id", s.id(), "label", s.label(), "range_m", s.rangeM());
            if (s.kind().equals("radar")) { // coverage masked by terrain: say by which, and whether it is real
                r.summary().terrain().ifPresent(t -> {
                    p.put("terrain", t.source());
                    p.put("terrain_synthetic", t.synthetic());
                });
            }
            g.point(s.position(), true, p);
        }
        for (SceneLayout.Site s : r.layout().stations()) {
            g.point(s.position(), true, props("kind", "border-station", "id", s.id(), "label", s.label()));
        }
        for (SceneLayout.Line b : r.layout().borders()) {
            g.lineString(b.points(), false, props("kind", "border", "id", b.id(), "name", b.name()));
        }
        for (ThreatOutcome t : r.threats()) {
            if (t.path().size() >= 2) {
                g.lineString(
                        t.path(),
                        true,
                        props(
                                "kind",
                                "threat-truth",
                                "id",
                                t.threatId(),
                                "type",
                                t.type(),
                                "fate",
                                t.fate().name(),
                                "launch_time_s",
                                t.launchTimeS(),
                                "end_time_s",
                                t.endTimeS()));
            }
            g.point(
                    t.endPoint(),
                    true,
                    props(
                            "kind",
                            "threat-end",
                            "id",
                            t.threatId(),
                            "fate",
                            t.fate().name()));
        }
        Map<Long, List<GeodeticPoint>> byTrack = new TreeMap<>();
        Map<Long, double[]> spans = new TreeMap<>();
        for (TrackSample s : r.tracks()) {
            if (s.status().equals("CONFIRMED")) {
                byTrack.computeIfAbsent(s.trackId(), k -> new ArrayList<>()).add(s.position());
                spans.computeIfAbsent(s.trackId(), k -> new double[] {s.timeS(), s.timeS()})[1] = s.timeS();
            }
        }
        for (Map.Entry<Long, List<GeodeticPoint>> e : byTrack.entrySet()) {
            if (e.getValue().size() >= 2) {
                double[] span = spans.get(e.getKey());
                g.lineString(
                        e.getValue(),
                        true,
                        props("kind", "track", "id", "T" + e.getKey(), "start_time_s", span[0], "end_time_s", span[1]));
            }
        }
        for (EngagementRecord e : r.engagements()) {
            g.point(
                    e.plannedInterceptPoint(),
                    true,
                    props(
                            "kind",
                            "intercept",
                            "shot",
                            e.id(),
                            "effector",
                            e.effectorId(),
                            "track",
                            "T" + e.trackId(),
                            "result",
                            e.result().name(),
                            "time_s",
                            e.interceptTimeS()));
        }
        return g;
    }

    private static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
