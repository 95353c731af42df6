package io.steeldome.sim.realdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A self-contained HTML page for real-flight tracking studies: an RMSE table, track plots and error plots. */
public final class StudyReport {
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};
    private static final double W = 900;
    private static final double H = 420;

    private StudyReport() {}

    public static String render(List<AircraftTrackingStudy.Result> results) {
        StringBuilder h = new StringBuilder(128 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>steeldome: tracking real"
                + " flights</title>\n<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:24px auto;"
                + "color:#1d2430}table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #ddd;padding:3px"
                + " 7px;text-align:right}th{background:#f0f2f5}td:first-child,td:nth-child(2){text-align:left}"
                + "svg{border:1px solid #ccc;background:#fff;max-width:100%;height:auto}.note{font-size:12px;"
                + "color:#555}.truth{fill:none;stroke:#222;stroke-width:1.2}</style></head><body>\n");
        h.append("<h1>Tracking real flights</h1><p class=\"note\">Truth: recorded ADS-B positions (shared/data/adsb;"
                + " traffic library samples, OpenSky-type data). A simulated radar observes them with noise,"
                + " Swerling-1 detection and clutter; the tracker sees only its plots. Errors are 3-D distances to the"
                + " recorded position; a scan is \"turning\" when the ground track turns faster than 1&deg;/s.</p>\n");
        h.append("<table id=\"rmse\"><tr><th>flight</th><th>tracker</th><th>scans</th><th>coverage</th>"
                + "<th>RMSE (m)</th><th>straight (m)</th><th>turning (m)</th><th>track id changes</th>"
                + "<th>detections</th><th>false plots</th></tr>\n");
        for (AircraftTrackingStudy.Result r : results) {
            h.append(String.format(
                    Locale.ROOT,
                    "<tr><td>%s</td><td>%s</td><td>%d</td><td>%.1f %%</td><td>%.0f</td><td>%.0f</td><td>%.0f</td>"
                            + "<td>%d</td><td>%d</td><td>%d</td></tr>\n",
                    esc(r.flight()),
                    esc(r.label()),
                    r.rows().size(),
                    100 * r.coverage(),
                    r.rmseM(),
                    r.rmseStraightM(),
                    r.rmseTurningM(),
                    r.trackIdChanges(),
                    r.detections(),
                    r.falseAlarms()));
        }
        h.append("</table>\n");
        Map<String, List<AircraftTrackingStudy.Result>> byFlight = new LinkedHashMap<>();
        results.forEach(r ->
                byFlight.computeIfAbsent(r.flight(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<AircraftTrackingStudy.Result>> e : byFlight.entrySet()) {
            h.append("<h2>").append(esc(e.getKey())).append("</h2>\n");
            pathPlot(h, e.getValue());
            errorPlot(h, e.getValue());
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void pathPlot(StringBuilder h, List<AircraftTrackingStudy.Result> rs) {
        List<AircraftTrackingStudy.ScanRow> truth = rs.get(0).rows();
        double minE = Double.POSITIVE_INFINITY;
        double maxE = Double.NEGATIVE_INFINITY;
        double minN = Double.POSITIVE_INFINITY;
        double maxN = Double.NEGATIVE_INFINITY;
        for (AircraftTrackingStudy.ScanRow r : truth) {
            minE = Math.min(minE, r.truthEnuM().eastM());
            maxE = Math.max(maxE, r.truthEnuM().eastM());
            minN = Math.min(minN, r.truthEnuM().northM());
            maxN = Math.max(maxN, r.truthEnuM().northM());
        }
        double scale = Math.min((W - 40) / Math.max(maxE - minE, 1), (H - 40) / Math.max(maxN - minN, 1));
        double e0 = minE;
        double n0 = maxN;
        h.append(String.format(Locale.ROOT, "<svg class=\"paths\" viewBox=\"0 0 %.0f %.0f\">\n", W, H));
        StringBuilder pts = new StringBuilder();
        for (AircraftTrackingStudy.ScanRow r : truth) {
            pts.append(String.format(
                    Locale.ROOT,
                    "%.1f,%.1f ",
                    20 + (r.truthEnuM().eastM() - e0) * scale,
                    20 + (n0 - r.truthEnuM().northM()) * scale));
        }
        h.append("<polyline class=\"truth\" points=\"")
                .append(pts.toString().trim())
                .append("\"/>\n");
        for (int k = 0; k < rs.size(); k++) {
            h.append("<g fill=\"").append(COLOURS[k % COLOURS.length]).append("\">");
            for (AircraftTrackingStudy.ScanRow r : rs.get(k).rows()) {
                if (!Double.isNaN(r.errorM())) {
                    h.append(String.format(
                            Locale.ROOT,
                            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.3\"/>",
                            20 + (r.estimateEnuM().eastM() - e0) * scale,
                            20 + (n0 - r.estimateEnuM().northM()) * scale));
                }
            }
            h.append("</g>\n");
        }
        h.append(legend(rs, H - 8))
                .append("</svg>\n<p class=\"note\">Ground track: black line the recorded path,"
                        + " dots the confirmed-track estimates; east right, north up, equal scale.</p>\n");
    }

    private static void errorPlot(StringBuilder h, List<AircraftTrackingStudy.Result> rs) {
        double tMax = rs.get(0).rows().get(rs.get(0).rows().size() - 1).timeS();
        double eMax = 10;
        for (AircraftTrackingStudy.Result r : rs) {
            for (AircraftTrackingStudy.ScanRow row : r.rows()) {
                if (!Double.isNaN(row.errorM())) {
                    eMax = Math.max(eMax, row.errorM());
                }
            }
        }
        double plotH = 220;
        h.append(String.format(Locale.ROOT, "<svg class=\"errors\" viewBox=\"0 0 %.0f %.0f\">\n", W, plotH + 40));
        for (AircraftTrackingStudy.ScanRow row : rs.get(0).rows()) {
            if (row.turning()) {
                h.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"10\" width=\"2\" height=\"%.0f\" fill=\"#f3e2c0\"/>",
                        40 + (W - 60) * row.timeS() / tMax,
                        plotH));
            }
        }
        for (int k = 0; k < rs.size(); k++) {
            StringBuilder d = new StringBuilder();
            boolean pen = false;
            for (AircraftTrackingStudy.ScanRow row : rs.get(k).rows()) {
                if (Double.isNaN(row.errorM())) {
                    pen = false;
                    continue;
                }
                d.append(pen ? 'L' : 'M')
                        .append(String.format(
                                Locale.ROOT,
                                "%.1f %.1f ",
                                40 + (W - 60) * row.timeS() / tMax,
                                10 + plotH * (1 - row.errorM() / eMax)));
                pen = true;
            }
            h.append("<path fill=\"none\" stroke-width=\"1\" stroke=\"")
                    .append(COLOURS[k % COLOURS.length])
                    .append("\" d=\"")
                    .append(d.toString().trim())
                    .append("\"/>\n");
        }
        h.append(String.format(
                Locale.ROOT,
                "<text x=\"4\" y=\"18\" font-size=\"11\">%.0f m</text><text x=\"4\" y=\"%.0f\" font-size=\"11\">0</text>"
                        + "<text x=\"%.0f\" y=\"%.0f\" font-size=\"11\">%.0f s</text>\n",
                eMax,
                plotH + 10,
                W - 60,
                plotH + 28,
                tMax));
        h.append(legend(rs, plotH + 36))
                .append("</svg>\n<p class=\"note\">Position error against time; shaded: the"
                        + " aircraft is turning.</p>\n");
    }

    private static String legend(List<AircraftTrackingStudy.Result> rs, double y) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < rs.size(); k++) {
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.0f\" font-size=\"12\" fill=\"%s\">&#9679; %s</text>",
                    60 + 200 * k,
                    y,
                    COLOURS[k % COLOURS.length],
                    esc(rs.get(k).label())));
        }
        return s.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
