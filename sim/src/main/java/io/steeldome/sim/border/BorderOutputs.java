package io.steeldome.sim.border;

import io.steeldome.border.alert.BorderAlert;
import io.steeldome.border.detect.Station;
import io.steeldome.border.dispatch.Dispatch;
import io.steeldome.border.dispatch.SectorStatistics;
import io.steeldome.border.geometry.Sector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.interop.geojson.GeoJson;
import io.steeldome.sim.border.BorderRunResult.AgencyView;
import io.steeldome.sim.border.BorderRunResult.CrossingOutcome;
import io.steeldome.sim.border.BorderScenario.AgencyDef;
import io.steeldome.sim.export.BorderExport;
import io.steeldome.sim.export.ScenarioExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a border run's files: {@code report.html} (self-contained, inline SVG, no scripts), {@code alerts.geojson}
 * (RFC 7946 points), {@code crossings.csv}, {@code sectors.csv}, {@code summary.json}, and {@code border.geojson} and
 * {@code border.czml} ({@link BorderExport}). The content depends only on
 * the run, so equal seeds give identical files.
 */
public final class BorderOutputs {
    public static final String REPORT = "report.html";
    public static final String ALERTS = "alerts.geojson";
    public static final String CROSSINGS = "crossings.csv";
    public static final String SECTORS = "sectors.csv";
    public static final String SUMMARY = "summary.json";
    /** Stations, coverage rings, sectors, crossings and alerts with 95 % ellipses (RFC 7946). */
    public static final String GEOJSON = "border.geojson";
    /** The same over time for CesiumJS. */
    public static final String CZML = "border.czml";
    /** The statement every output carries. */
    public static final String SCOPE = "Detection, alerting and patrol dispatch only: patrols are sent to look. "
            + "Nothing here models or recommends force against people.";

    private static final String[] AGENCY_COLOURS = {"#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#ff7f0e", "#8c564b"};
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private BorderOutputs() {}

    /** Writes every file into {@code dir} (created if needed) and returns their paths. */
    public static List<Path> write(BorderRunResult r, Path dir) {
        try {
            Files.createDirectories(dir);
            List<Path> out = new ArrayList<>();
            out.add(put(dir.resolve(REPORT), html(r)));
            out.add(put(dir.resolve(ALERTS), alertsGeoJson(r)));
            out.add(put(dir.resolve(CROSSINGS), crossingsCsv(r)));
            out.add(put(dir.resolve(SECTORS), sectorsCsv(r)));
            out.add(put(dir.resolve(SUMMARY), summaryJson(r)));
            out.add(put(
                    dir.resolve(GEOJSON),
                    BorderExport.geoJson(r, ScenarioExport.DEFAULT_EPOCH).toJsonString()));
            out.add(put(
                    dir.resolve(CZML),
                    BorderExport.czml(r, ScenarioExport.DEFAULT_EPOCH).toJsonString()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path put(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    // ---- data files

    public static String alertsGeoJson(BorderRunResult r) {
        GeoJson g = new GeoJson();
        for (BorderAlert a : r.alerts()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", a.id());
            props.put("timeS", round(a.time().seconds(), 1));
            props.put("class", a.classification().name());
            props.put("confidence", round(a.confidence(), 3));
            props.put("sector", a.sectorId());
            props.put("agency", a.agencyId());
            props.put("semiMajorM", round(a.uncertainty().semiMajorM(), 1));
            props.put("semiMinorM", round(a.uncertainty().semiMinorM(), 1));
            props.put("falseAlert", r.falseAlertIds().contains(a.id()));
            g.point(a.position(), false, props);
        }
        return g.toJsonString();
    }

    public static String crossingsCsv(BorderRunResult r) {
        StringBuilder b = new StringBuilder(
                "id,kind,sector,agency,departure_s,routed,length_m,station_detections,detected,time_to_detect_s,alert_ids\n");
        for (CrossingOutcome c : r.crossings()) {
            b.append(c.id())
                    .append(',')
                    .append(c.kind().name())
                    .append(',')
                    .append(c.sectorId())
                    .append(',')
                    .append(c.agencyId())
                    .append(',')
                    .append(f1(c.departure().seconds()))
                    .append(',')
                    .append(c.routed())
                    .append(',')
                    .append(f1(c.lengthM()))
                    .append(',')
                    .append(c.detections())
                    .append(',')
                    .append(c.detected())
                    .append(',')
                    .append(c.timeToDetectS().map(BorderOutputs::f1).orElse(""))
                    .append(',')
                    .append(String.join(" ", c.alertIds()))
                    .append('\n');
        }
        return b.toString();
    }

    public static String sectorsCsv(BorderRunResult r) {
        StringBuilder b = new StringBuilder(
                "sector,agency,from_m,to_m,crossings,detected,pd,mean_time_to_detect_s,responses,mean_time_to_respond_s,"
                        + "false_alerts,false_alerts_per_day\n");
        for (Sector s : r.sectors()) {
            SectorStatistics st = r.sectorStats().get(s.id());
            b.append(s.id())
                    .append(',')
                    .append(s.agencyId())
                    .append(',')
                    .append(f1(s.fromM() + r.scenario().border().fromM()))
                    .append(',')
                    .append(f1(s.toM() + r.scenario().border().fromM()))
                    .append(',')
                    .append(st.crossings())
                    .append(',')
                    .append(st.detectedCrossings())
                    .append(',')
                    .append(opt(st.detectionProbability(), 3).replace("-", ""))
                    .append(',')
                    .append(opt(st.meanTimeToDetectS(), 1).replace("-", ""))
                    .append(',')
                    .append(st.responses())
                    .append(',')
                    .append(opt(st.meanTimeToRespondS(), 1).replace("-", ""))
                    .append(',')
                    .append(st.falseAlerts())
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.3f", st.falseAlertsPerDay()))
                    .append('\n');
        }
        return b.toString();
    }

    public static String summaryJson(BorderRunResult r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("scenario", r.scenario().name());
        o.put("seed", r.scenario().seed());
        o.put("days", r.days());
        o.put("border", r.stretch().id());
        o.put("borderLengthM", round(r.stretch().lengthM(), 1));
        o.put("terrain", r.terrainSource());
        o.put("syntheticTerrain", r.syntheticTerrain());
        o.put("scope", SCOPE);
        o.put("stations", r.stations().size());
        o.put("crossings", r.crossings().size());
        o.put(
                "routedCrossings",
                r.crossings().stream().filter(CrossingOutcome::routed).count());
        o.put(
                "detectedCrossings",
                r.crossings().stream().filter(CrossingOutcome::detected).count());
        o.put("alerts", r.alerts().size());
        o.put("falseAlerts", r.falseAlertIds().size());
        o.put("incidents", BorderSimulation.incidents(r.alerts()).size());
        o.put("dispatches", r.dispatch().dispatches().size());
        o.put("unanswered", r.dispatch().unanswered().size());
        ArrayNode sectors = o.putArray("sectors");
        for (Sector s : r.sectors()) {
            SectorStatistics st = r.sectorStats().get(s.id());
            ObjectNode n = sectors.addObject();
            n.put("id", s.id());
            n.put("agency", s.agencyId());
            n.put("crossings", st.crossings());
            n.put("detected", st.detectedCrossings());
            putOpt(n, "pd", st.detectionProbability(), 4);
            putOpt(n, "meanTimeToDetectS", st.meanTimeToDetectS(), 1);
            n.put("responses", st.responses());
            putOpt(n, "meanTimeToRespondS", st.meanTimeToRespondS(), 1);
            n.put("falseAlerts", st.falseAlerts());
            n.put("falseAlertsPerDay", round(st.falseAlertsPerDay(), 4));
        }
        ArrayNode views = o.putArray("agencyViews");
        for (AgencyView v : r.views()) {
            ObjectNode n = views.addObject();
            n.put("agency", v.agencyId());
            n.put("name", v.name());
            n.put("alerts", v.alerts());
            n.put("own", v.ownAlerts());
            n.put("fullFromPartners", v.fullFromPartners());
            n.put("downgradedFromPartners", v.downgradedFromPartners());
            ObjectNode by = n.putObject("byOwner");
            v.byOwner().forEach(by::put);
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
    }

    /** A few lines per sector for a terminal. */
    public static String sectorTable(BorderRunResult r) {
        StringBuilder b = new StringBuilder(String.format(
                Locale.ROOT,
                "%-10s %-14s %9s %6s %10s %11s %13s%n",
                "sector",
                "agency",
                "crossings",
                "Pd",
                "detect (s)",
                "respond (s)",
                "false/day"));
        for (Sector s : r.sectors()) {
            SectorStatistics st = r.sectorStats().get(s.id());
            b.append(String.format(
                    Locale.ROOT,
                    "%-10s %-14s %9d %6s %10s %11s %13.2f%n",
                    s.id(),
                    s.agencyId(),
                    st.crossings(),
                    opt(st.detectionProbability(), 2),
                    opt(st.meanTimeToDetectS(), 0),
                    opt(st.meanTimeToRespondS(), 0),
                    st.falseAlertsPerDay()));
        }
        return b.toString();
    }

    // ---- report

    public static String html(BorderRunResult r) {
        Map<String, String> colour = new HashMap<>();
        List<AgencyDef> agencies = r.scenario().agencies();
        for (int i = 0; i < agencies.size(); i++) {
            colour.put(agencies.get(i).id(), AGENCY_COLOURS[i % AGENCY_COLOURS.length]);
        }
        StringBuilder h = new StringBuilder(128 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>steeldome border: ")
                .append(esc(r.scenario().name()))
                .append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:1.5em;max-width:1000px}table{border-collapse:collapse;"
                        + "margin:.5em 0}td,th{border:1px solid #bbb;padding:2px 8px;text-align:right}"
                        + "th{background:#eee}td:first-child,th:first-child{text-align:left}"
                        + ".banner{background:#fff3cd;border:2px solid #e0a800;padding:.5em;font-weight:bold}"
                        + ".scope{background:#e8f4ff;border:1px solid #7ab;padding:.5em}svg{border:1px solid #ccc;"
                        + "background:#fafaf7}\n")
                .append("</style></head><body>\n<h1>Border surveillance run: ")
                .append(esc(r.scenario().name()))
                .append("</h1>\n");
        if (r.syntheticTerrain()) {
            h.append("<p class=\"banner\">SYNTHETIC terrain (")
                    .append(esc(r.terrainSource()))
                    .append("): heights are not real, so coverage and detection figures are illustrative.</p>\n");
        }
        h.append("<p class=\"scope\">").append(esc(SCOPE)).append("</p>\n");
        h.append("<p>")
                .append(esc(r.stretch().id()))
                .append(", ")
                .append(f1(r.stretch().lengthM() / 1000))
                .append(" km; seed ")
                .append(r.scenario().seed())
                .append("; ")
                .append(r.days())
                .append(" day(s); ")
                .append(r.stations().size())
                .append(" stations; ")
                .append(r.crossings().size())
                .append(" crossings (")
                .append(r.crossings().stream().filter(CrossingOutcome::detected).count())
                .append(" detected); ")
                .append(r.alerts().size())
                .append(" alerts (")
                .append(r.falseAlertIds().size())
                .append(" false) in ")
                .append(BorderSimulation.incidents(r.alerts()).size())
                .append(" incidents; ")
                .append(r.dispatch().dispatches().size())
                .append(" patrols sent to look, ")
                .append(r.dispatch().unanswered().size())
                .append(" alerts unanswered.</p>\n");
        map(h, r, colour);
        h.append("<h2>Sectors</h2>\n<table><tr><th>sector</th><th>agency</th><th>km</th><th>crossings</th>"
                + "<th>Pd</th><th>mean time to detect (min)</th><th>patrols</th><th>mean time to respond (min)</th>"
                + "<th>false alerts/day</th></tr>\n");
        for (Sector s : r.sectors()) {
            SectorStatistics st = r.sectorStats().get(s.id());
            h.append("<tr><td>")
                    .append(esc(s.id()))
                    .append("</td><td style=\"color:")
                    .append(colour.getOrDefault(s.agencyId(), "#000"))
                    .append("\">")
                    .append(esc(s.agencyId()))
                    .append("</td><td>")
                    .append(f1(s.lengthM() / 1000))
                    .append("</td><td>")
                    .append(st.crossings())
                    .append("</td><td>")
                    .append(opt(st.detectionProbability(), 2))
                    .append("</td><td>")
                    .append(optMin(st.meanTimeToDetectS()))
                    .append("</td><td>")
                    .append(st.responses())
                    .append("</td><td>")
                    .append(optMin(st.meanTimeToRespondS()))
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.2f", st.falseAlertsPerDay()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<h2>What each agency sees</h2>\n<p>Alerts in each agency's view of the shared picture "
                + "under the releasability rules (pairs without a rule see nothing; downgraded copies have their "
                + "position snapped to a coarse grid).</p>\n<table><tr><th>agency</th><th>name</th><th>alerts seen"
                + "</th><th>own</th><th>partners' in full</th><th>partners' downgraded</th><th>by owner</th></tr>\n");
        for (AgencyView v : r.views()) {
            StringBuilder by = new StringBuilder();
            v.byOwner()
                    .forEach((k, n) -> by.append(by.isEmpty() ? "" : ", ")
                            .append(k)
                            .append(": ")
                            .append(n));
            h.append("<tr><td>")
                    .append(esc(v.agencyId()))
                    .append("</td><td>")
                    .append(esc(v.name()))
                    .append("</td><td>")
                    .append(v.alerts())
                    .append("</td><td>")
                    .append(v.ownAlerts())
                    .append("</td><td>")
                    .append(v.fullFromPartners())
                    .append("</td><td>")
                    .append(v.downgradedFromPartners())
                    .append("</td><td>")
                    .append(esc(by.toString()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Patrols</h2>\n<p>")
                .append(r.dispatch().dispatches().size())
                .append(" dispatches; mean wait for a free team ")
                .append(f1(r.dispatch().dispatches().stream()
                                .mapToDouble(Dispatch::waitS)
                                .average()
                                .orElse(0)
                        / 60))
                .append(" min. Alerts of one agency within ")
                .append(f1(BorderSimulation.INCIDENT_RADIUS_M / 1000))
                .append(" km and ")
                .append(f1(BorderSimulation.INCIDENT_WINDOW_S / 60))
                .append(" min of an open incident's latest alert join it; each incident calls one patrol. A team"
                        + " travels to the alert position, looks for ")
                .append(f1(BorderSimulation.ON_SCENE_S / 60))
                .append(" min and returns.</p>\n");
        h.append("<p>Models and assumptions: crossers on least-cost paths (Tobler walkers, slope-limited vehicles, "
                + "straight-flying small drones), per-look detection from the sensors module's radar, EO/IR and "
                + "ground-sensor models with line of sight over the terrain, alerts from confirmed tracks; an alert "
                + "is scored against the crossing whose true position is nearest (within 4 sigma + 300 m). The detection model"
                + " simulates no sensor false alarms yet, so false alerts come only from tracks no crossing explains."
                + "</p>\n");
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void map(StringBuilder h, BorderRunResult r, Map<String, String> colour) {
        List<GeodeticPoint> all = new ArrayList<>(r.stretch().vertices());
        r.crossings().forEach(c -> all.addAll(c.path()));
        r.stations().forEach(s -> all.add(s.position()));
        double s = Double.POSITIVE_INFINITY;
        double n = Double.NEGATIVE_INFINITY;
        double w = Double.POSITIVE_INFINITY;
        double e = Double.NEGATIVE_INFINITY;
        for (GeodeticPoint p : all) {
            s = Math.min(s, p.latDeg());
            n = Math.max(n, p.latDeg());
            w = Math.min(w, p.lonDeg());
            e = Math.max(e, p.lonDeg());
        }
        double k = Math.cos(Math.toRadians((s + n) / 2));
        double widthPx = 900;
        double pad = 20;
        double scale = (widthPx - 2 * pad) / Math.max(1e-6, (e - w) * k);
        double heightPx = Math.max(200, (n - s) * scale + 2 * pad);
        double west = w;
        double north = n;
        java.util.function.Function<GeodeticPoint, String> xy = p -> String.format(
                Locale.ROOT, "%.1f,%.1f", pad + (p.lonDeg() - west) * k * scale, pad + (north - p.latDeg()) * scale);
        h.append(String.format(
                Locale.ROOT,
                "<h2>Map</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                        + "viewBox=\"0 0 %.0f %.0f\">\n",
                widthPx,
                heightPx,
                widthPx,
                heightPx));
        h.append(polyline(r.stretch().vertices(), xy, "#999", 2, ""));
        for (Sector sec : r.sectors()) {
            h.append(polyline(sec.line().vertices(), xy, colour.getOrDefault(sec.agencyId(), "#000"), 5, ""));
        }
        for (CrossingOutcome c : r.crossings()) {
            if (c.path().size() >= 2) {
                h.append(polyline(
                        c.path(),
                        xy,
                        c.detected() ? "#2a7" : "#e33",
                        1.2,
                        c.routed() ? "" : " stroke-dasharray=\"4 3\""));
            }
        }
        for (Station st : r.stations()) {
            String[] p = xy.apply(st.position()).split(",");
            h.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\" stroke=\"#000\"><title>%s %s"
                            + "</title></rect>\n",
                    Double.parseDouble(p[0]) - 4,
                    Double.parseDouble(p[1]) - 4,
                    colour.getOrDefault(r.stationAgencies().get(st.id()), "#555"),
                    esc(st.id()),
                    st.type()));
        }
        for (BorderAlert a : r.alerts()) {
            String[] p = xy.apply(a.position()).split(",");
            h.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"none\" stroke=\"%s\"><title>%s %s</title></circle>\n",
                    p[0],
                    p[1],
                    r.falseAlertIds().contains(a.id()) ? "#f90" : "#000",
                    esc(a.id()),
                    a.classification()));
        }
        h.append("</svg>\n<p>Thick lines: sectors coloured by agency (");
        colour.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(en -> h.append("<span style=\"color:")
                        .append(en.getValue())
                        .append("\">")
                        .append(esc(en.getKey()))
                        .append("</span> "));
        h.append("); squares: stations; thin lines: crossing paths, green detected, red not (dashed: no route); "
                + "circles: alert positions (orange: false alerts).</p>\n");
    }

    private static String polyline(
            List<GeodeticPoint> pts,
            java.util.function.Function<GeodeticPoint, String> xy,
            String stroke,
            double width,
            String extra) {
        StringBuilder b = new StringBuilder("<polyline fill=\"none\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"")
                .append(width)
                .append('"')
                .append(extra)
                .append(" points=\"");
        for (GeodeticPoint p : pts) {
            b.append(xy.apply(p)).append(' ');
        }
        return b.append("\"/>\n").toString();
    }

    // ---- formatting

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static double round(double v, int digits) {
        double p = Math.pow(10, digits);
        return Math.round(v * p) / p;
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String opt(OptionalDouble v, int digits) {
        return v.isPresent() ? String.format(Locale.ROOT, "%." + digits + "f", v.getAsDouble()) : "-";
    }

    private static String optMin(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.1f", v.getAsDouble() / 60) : "-";
    }

    private static void putOpt(ObjectNode n, String key, OptionalDouble v, int digits) {
        if (v.isPresent()) {
            n.put(key, round(v.getAsDouble(), digits));
        } else {
            n.putNull(key);
        }
    }
}
