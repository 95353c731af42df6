package io.steeldome.sim.montecarlo;

import io.steeldome.sim.run.TerrainNote;
import java.util.List;
import java.util.Locale;

/**
 * The study's self-contained HTML report (inline SVG and CSS; no scripts, no network): headline numbers, leakage
 * per asset with 95 % intervals, leakage against raid size, each layer's contribution, inventory over time, and
 * how the numbers were made. Output depends only on the result.
 */
final class MonteCarloReport {
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#d62728"};
    private static final double W = 760;
    private static final double H = 300;
    private static final double LEFT = 70;
    private static final double RIGHT = 20;
    private static final double TOP = 20;
    private static final double BOTTOM = 50;

    private MonteCarloReport() {}

    static String render(MonteCarloResult r) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>steeldome Monte Carlo: ")
                .append(esc(r.scenarioName()))
                .append("</title>\n<style>\n")
                .append(CSS)
                .append("</style></head><body>\n<header><h1>steeldome Monte Carlo study: ")
                .append(esc(r.scenarioName()))
                .append("</h1><p class=\"sub\">")
                .append(esc(r.description()))
                .append("</p><p class=\"sub\">")
                .append(r.runCount())
                .append(" runs, fidelity <strong>")
                .append(r.fidelity().cliName())
                .append("</strong>, master seed ")
                .append(r.masterSeed())
                .append(" (scenario seed ")
                .append(r.scenarioSeed())
                .append("). ")
                .append(esc(capitalise(MonteCarloResult.APPROVAL_NOTE)))
                .append(": no operator was in the loop. Weapons control: ")
                .append(esc(String.join("; ", r.weaponsControl())))
                .append(". Simulation and decision support only.</p></header>\n");
        r.terrain().ifPresent(t -> terrainNote(h, t));

        h.append("<section><h2>Summary</h2><div class=\"tiles\">");
        tile(h, "threats per run", String.valueOf(r.threatsLaunched()));
        tile(
                h,
                "P(any leaker on an asset)",
                pct(r.anyLeak().estimate()) + " [" + pct(r.anyLeak().low()) + ", "
                        + pct(r.anyLeak().high()) + "]");
        tile(
                h,
                "leakers per run",
                fmt2(r.leakers().mean()) + " ± "
                        + fmt2(r.leakers().high() - r.leakers().mean()));
        tile(h, "value lost per run", fmt2(r.valueLost().mean()));
        tile(h, "interceptor spend per run", money(r.defenderCostUsd().mean()));
        tile(h, "attacker spend per run", money(r.attackerCostUsd()));
        tile(
                h,
                "cost-exchange ratio",
                r.costExchangeRatio().isPresent()
                        ? fmt2(r.costExchangeRatio().getAsDouble()) + " : 1"
                        : "undefined (attacker spent nothing)");
        h.append("</div><p class=\"note\">Cost-exchange ratio = mean interceptor spend / mean attacker spend (threat"
                + " unit costs are order-of-magnitude public figures). Intervals are 95 %: Wilson score intervals for"
                + " probabilities, mean ± 1.96 s/√n for means.</p></section>\n");

        h.append("<section><h2>Leakage per defended asset</h2>\n");
        assetChart(h, r);
        h.append("<table><tr><th>asset</th><th>value</th><th>P(hit by ≥ 1 leaker)</th><th>95 % interval</th>"
                + "<th>runs hit</th><th>leakers per run</th><th>value lost per run</th></tr>");
        for (AssetLeakage a : r.assets()) {
            h.append("<tr><td>")
                    .append(esc(a.name()))
                    .append(" (")
                    .append(esc(a.assetId()))
                    .append(")</td><td>")
                    .append(fmt2(a.value()))
                    .append("</td><td>")
                    .append(pct(a.leakage().estimate()))
                    .append("</td><td>")
                    .append(pct(a.leakage().low()))
                    .append(" – ")
                    .append(pct(a.leakage().high()))
                    .append("</td><td>")
                    .append(a.leakage().successes())
                    .append(" / ")
                    .append(a.leakage().trials())
                    .append("</td><td>")
                    .append(fmt2(a.leakers().mean()))
                    .append("</td><td>")
                    .append(fmt2(a.valueLost().mean()))
                    .append("</td></tr>");
        }
        h.append("</table></section>\n");

        h.append("<section><h2>Leakage vs raid size</h2>\n");
        if (r.sweep().isEmpty()) {
            h.append("<p class=\"note\">No raid-size sweep was run.</p>");
        } else {
            sweepChart(h, r);
            h.append("<p class=\"note\">Each point launches the first fraction of each threat type's rounds (file"
                            + " order), ")
                    .append(r.sweepRunsPerPoint())
                    .append(" engagement-level runs per point (fewer than the main study, and always at engagement"
                            + " level); bars are Wilson 95 % intervals.</p>");
            h.append("<table><tr><th>raid size</th><th>threats</th><th>P(any leaker)</th><th>leakers per run</th>"
                    + "<th>interceptors per run</th></tr>");
            for (SweepPoint p : r.sweep()) {
                h.append("<tr><td>")
                        .append(pct(p.fraction()))
                        .append("</td><td>")
                        .append(p.threats())
                        .append("</td><td>")
                        .append(pct(p.anyLeak().estimate()))
                        .append(" [")
                        .append(pct(p.anyLeak().low()))
                        .append(", ")
                        .append(pct(p.anyLeak().high()))
                        .append("]</td><td>")
                        .append(fmt2(p.leakers().mean()))
                        .append("</td><td>")
                        .append(fmt2(p.shots().mean()))
                        .append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("</section>\n");

        h.append("<section><h2>Layer contribution</h2>\n");
        layerChart(h, r);
        h.append("<table><tr><th>layer</th><th>interceptors per run</th><th>95 % interval</th><th>kills per run"
                + "</th><th>share of kills</th><th>spend per run</th></tr>");
        for (LayerStats l : r.layerStats()) {
            h.append("<tr><td>")
                    .append(esc(l.layer()))
                    .append("</td><td>")
                    .append(fmt2(l.shots().mean()))
                    .append("</td><td>")
                    .append(fmt2(l.shots().low()))
                    .append(" – ")
                    .append(fmt2(l.shots().high()))
                    .append("</td><td>")
                    .append(fmt2(l.kills().mean()))
                    .append("</td><td>")
                    .append(pct(l.killShare()))
                    .append("</td><td>")
                    .append(money(l.costUsd().mean()))
                    .append("</td></tr>");
        }
        h.append("</table></section>\n");

        h.append("<section><h2>Inventory over time</h2>\n");
        for (int l = 0; l < r.inventory().size(); l++) {
            inventoryChart(h, r.inventory().get(l), COLOURS[l % COLOURS.length]);
        }
        h.append("<p class=\"note\">Rounds ready to fire per layer (a launcher being reloaded counts none): mean"
                + " (line) and 5–95 % of runs (band).</p></section>\n");

        h.append("<section><h2>How these numbers were made</h2><p class=\"note\">")
                .append(esc(method(r)))
                .append("</p></section>\n<footer>Generated by steeldome from the study's data only; runs.csv has one"
                        + " row per run, assets.csv one per asset, summary.json everything above.</footer>\n"
                        + "</body></html>\n");
        return h.toString();
    }

    private static String method(MonteCarloResult r) {
        if (r.fidelity() == Fidelity.FULL) {
            return "Full fidelity: every run is the complete simulation (radar plots with noise and clutter, the"
                    + " multi-target tracker, threat evaluation, weapon-target assignment, guided interceptors with"
                    + " seeker baskets), seeded per run from the master seed and the run's index.";
        }
        return "Engagement level: truth paths, radar scan times and detection probabilities, reference tracks, threat"
                + " evaluations and intercept solutions are computed once with the simulation's own code; each run"
                + " draws detections, M-of-N track confirmation and deletion, young-track behaviour (from noisy track"
                + " starts), the decisions (the same greedy assigner), kills with each layer's Pk against the true"
                + " threat class, magazines and reloads. Not modelled at this level: confusion between closely spaced"
                + " threats (a salvo's rockets) and false tracks from clutter; see the README's Monte Carlo section"
                + " for the measured differences to full fidelity.";
    }

    private static void terrainNote(StringBuilder h, TerrainNote t) {
        if (t.synthetic()) {
            h.append("<p id=\"terrain\" class=\"warn\"><strong>SYNTHETIC TERRAIN.</strong> Radar coverage was masked"
                            + " by generated relief (")
                    .append(esc(t.source()))
                    .append("), not by the real terrain.</p>\n");
        } else {
            h.append("<p id=\"terrain\" class=\"note\">Radar coverage masked by terrain from ")
                    .append(esc(t.source()))
                    .append(".</p>\n");
        }
    }

    private static void assetChart(StringBuilder h, MonteCarloResult r) {
        int n = r.assets().size();
        double rowH = 34;
        double height = TOP + BOTTOM + rowH * Math.max(1, n);
        double left = 190;
        double plotW = W - left - RIGHT;
        svgOpen(h, "assets", height);
        for (int k = 0; k <= 10; k += 2) {
            double x = left + plotW * k / 10.0;
            h.append(line(x, TOP, x, height - BOTTOM, "grid"))
                    .append(text(x, height - BOTTOM + 16, k * 10 + " %", "middle"));
        }
        h.append(text(
                left + plotW / 2, height - 12, "P(asset hit by at least one leaker), 95 % Wilson interval", "middle"));
        for (int a = 0; a < n; a++) {
            AssetLeakage x = r.assets().get(a);
            double y = TOP + rowH * a + rowH / 2;
            double w = plotW * x.leakage().estimate();
            h.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"0.6\"/>",
                    left,
                    y - 9,
                    w,
                    18.0,
                    COLOURS[a % COLOURS.length]));
            double lo = left + plotW * x.leakage().low();
            double hi = left + plotW * x.leakage().high();
            h.append(line(lo, y, hi, y, "ci"))
                    .append(line(lo, y - 6, lo, y + 6, "ci"))
                    .append(line(hi, y - 6, hi, y + 6, "ci"))
                    .append(text(left - 8, y + 4, x.assetId(), "end"));
        }
        h.append("</svg>\n");
    }

    private static void sweepChart(StringBuilder h, MonteCarloResult r) {
        List<SweepPoint> pts = r.sweep();
        double maxThreats = pts.stream().mapToInt(SweepPoint::threats).max().orElse(1);
        svgOpen(h, "sweep", H);
        double plotW = W - LEFT - RIGHT;
        double plotH = H - TOP - BOTTOM;
        axes(h, 0, maxThreats, "threats in the raid", "P(hit)", true);
        for (int s = -1; s < r.assets().size(); s++) {
            String colour = s < 0 ? "#222" : COLOURS[s % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (SweepPoint p : pts) {
                Proportion q = s < 0 ? p.anyLeak() : p.perAsset().get(s);
                double x = LEFT + plotW * p.threats() / maxThreats;
                double y = TOP + plotH * (1 - q.estimate());
                path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                h.append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>",
                        x,
                        TOP + plotH * (1 - q.low()),
                        x,
                        TOP + plotH * (1 - q.high()),
                        colour));
                h.append(String.format(
                        Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y, colour));
            }
            h.append(String.format(
                    Locale.ROOT,
                    "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"/>",
                    path,
                    colour,
                    s < 0 ? "2.5" : "1.5"));
            double ly = TOP + 14 + 14 * (s + 1);
            h.append(String.format(
                            Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"3\" fill=\"%s\"/>",
                            LEFT + 10,
                            ly - 4,
                            colour))
                    .append(text(
                            LEFT + 24,
                            ly,
                            s < 0 ? "any asset" : r.assets().get(s).assetId(),
                            "start"));
        }
        h.append("</svg>\n");
    }

    private static void layerChart(StringBuilder h, MonteCarloResult r) {
        List<LayerStats> ls = r.layerStats();
        double max = ls.stream().mapToDouble(l -> l.shots().high()).max().orElse(1);
        max = niceCeiling(Math.max(1, max));
        svgOpen(h, "layers", H);
        double plotW = W - LEFT - RIGHT;
        double plotH = H - TOP - BOTTOM;
        axes(h, 0, 0, "", "per run", false);
        yTicks(h, max);
        double group = plotW / Math.max(1, ls.size());
        for (int l = 0; l < ls.size(); l++) {
            LayerStats s = ls.get(l);
            double x0 = LEFT + group * l + group * 0.2;
            double bw = group * 0.28;
            bar(h, x0, bw, s.shots(), max, plotH, COLOURS[l % COLOURS.length], 0.45);
            bar(h, x0 + bw, bw, s.kills(), max, plotH, COLOURS[l % COLOURS.length], 0.9);
            h.append(text(x0 + bw, H - BOTTOM + 16, s.layer(), "middle"))
                    .append(text(
                            x0 + bw, H - BOTTOM + 30, "interceptors | kills (" + pct(s.killShare()) + ")", "middle"));
        }
        h.append("</svg>\n");
    }

    private static void bar(
            StringBuilder h, double x, double w, Estimate e, double max, double plotH, String colour, double alpha) {
        double y = TOP + plotH * (1 - e.mean() / max);
        h.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"%.2f\"/>",
                x,
                y,
                w - 2,
                TOP + plotH - y,
                colour,
                alpha));
        double lo = TOP + plotH * (1 - Math.max(0, e.low()) / max);
        double hi = TOP + plotH * (1 - e.high() / max);
        h.append(line(x + w / 2 - 1, lo, x + w / 2 - 1, hi, "ci"))
                .append(text(x + w / 2 - 1, y - 4, fmt2(e.mean()), "middle"));
    }

    private static void inventoryChart(StringBuilder h, InventoryCurve c, String colour) {
        List<Double> t = c.timesS();
        double maxT = t.get(t.size() - 1);
        double maxY = niceCeiling(Math.max(1, c.fullRounds()));
        svgOpen(h, "inventory-" + c.layer(), H);
        double plotW = W - LEFT - RIGHT;
        double plotH = H - TOP - BOTTOM;
        axes(h, 0, maxT, "time, s", c.layer() + " rounds ready", false);
        yTicks(h, maxY);
        StringBuilder band = new StringBuilder();
        for (int j = 0; j < t.size(); j++) {
            band.append(j == 0 ? "M" : " L")
                    .append(String.format(
                            Locale.ROOT,
                            "%.1f %.1f",
                            LEFT + plotW * t.get(j) / maxT,
                            TOP + plotH * (1 - c.p95().get(j) / maxY)));
        }
        for (int j = t.size() - 1; j >= 0; j--) {
            band.append(String.format(
                    Locale.ROOT,
                    " L%.1f %.1f",
                    LEFT + plotW * t.get(j) / maxT,
                    TOP + plotH * (1 - c.p5().get(j) / maxY)));
        }
        h.append(String.format(
                Locale.ROOT, "<path d=\"%s Z\" fill=\"%s\" fill-opacity=\"0.2\" stroke=\"none\"/>", band, colour));
        StringBuilder mean = new StringBuilder();
        for (int j = 0; j < t.size(); j++) {
            mean.append(j == 0 ? "M" : " L")
                    .append(String.format(
                            Locale.ROOT,
                            "%.1f %.1f",
                            LEFT + plotW * t.get(j) / maxT,
                            TOP + plotH * (1 - c.mean().get(j) / maxY)));
        }
        h.append(String.format(
                Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>", mean, colour));
        h.append("</svg>\n");
    }

    /** Axes, x ticks over [x0, x1] (none when equal), y label; {@code probability} draws 0-100 % y ticks. */
    private static void axes(StringBuilder h, double x0, double x1, String xLabel, String yLabel, boolean probability) {
        double plotW = W - LEFT - RIGHT;
        double plotH = H - TOP - BOTTOM;
        h.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "axis"))
                .append(line(LEFT, TOP, LEFT, TOP + plotH, "axis"));
        if (x1 > x0) {
            double step = niceCeiling((x1 - x0) / 8);
            for (double v = x0; v <= x1 + 1e-9; v += step) {
                double x = LEFT + plotW * (v - x0) / (x1 - x0);
                h.append(line(x, TOP, x, TOP + plotH, "grid")).append(text(x, TOP + plotH + 16, fmt0(v), "middle"));
            }
            h.append(text(LEFT + plotW / 2, H - 12, xLabel, "middle"));
        }
        if (probability) {
            for (int k = 0; k <= 10; k += 2) {
                double y = TOP + plotH * (1 - k / 10.0);
                h.append(line(LEFT, y, LEFT + plotW, y, "grid")).append(text(LEFT - 6, y + 4, k * 10 + " %", "end"));
            }
        }
        h.append(String.format(
                Locale.ROOT,
                "<text x=\"14\" y=\"%.1f\" transform=\"rotate(-90 14 %.1f)\" text-anchor=\"middle\">%s</text>",
                TOP + plotH / 2,
                TOP + plotH / 2,
                esc(yLabel)));
    }

    private static void yTicks(StringBuilder h, double max) {
        double plotW = W - LEFT - RIGHT;
        double plotH = H - TOP - BOTTOM;
        double step = niceCeiling(max / 5);
        for (double v = 0; v <= max + 1e-9; v += step) {
            double y = TOP + plotH * (1 - v / max);
            h.append(line(LEFT, y, LEFT + plotW, y, "grid")).append(text(LEFT - 6, y + 4, fmt0(v), "end"));
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code v}. */
    private static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v - 1e-12) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static void svgOpen(StringBuilder h, String id, double height) {
        h.append(String.format(
                Locale.ROOT,
                "<svg id=\"%s\" class=\"chart\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\">\n",
                esc(id),
                W,
                height,
                W,
                height));
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return String.format(
                Locale.ROOT,
                "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                cls,
                x1,
                y1,
                x2,
                y2);
    }

    private static String text(double x, double y, String s, String anchor) {
        return String.format(
                Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor, esc(s));
    }

    private static void tile(StringBuilder h, String label, String value) {
        h.append("<div class=\"tile\"><div class=\"v\">")
                .append(esc(value))
                .append("</div><div class=\"l\">")
                .append(esc(label))
                .append("</div></div>");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * p);
    }

    static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String fmt0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    static String money(double usd) {
        if (usd >= 1e6) {
            return String.format(Locale.ROOT, "$%.2f M", usd / 1e6);
        }
        return String.format(Locale.ROOT, "$%.0f k", usd / 1e3);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:24px auto;max-width:960px;\
            color:#1d2430;background:#fff}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:26px 0 8px;border-bottom:1px solid #ddd}
            .sub{color:#555;margin:2px 0}.note{color:#444;font-size:13px}
            .warn{background:#fff3cd;border:1px solid #e0a800;padding:8px 10px;border-radius:6px;color:#5c4400;\
            font-size:13px}
            .tiles{display:flex;flex-wrap:wrap;gap:8px}.tile{border:1px solid #dde;border-radius:6px;padding:6px 10px;\
            min-width:120px}.tile .v{font-size:18px;font-weight:600}.tile .l{font-size:12px;color:#666}
            svg.chart{border:1px solid #ccc;border-radius:4px;background:#fff;max-width:100%;height:auto;\
            margin:6px 0;font-size:11px}
            .grid{stroke:#e3e3e3;stroke-width:.8}.axis{stroke:#333;stroke-width:1}.ci{stroke:#222;stroke-width:1.4}
            table{border-collapse:collapse;font-size:13px;margin:8px 0}td,th{border:1px solid #ddd;padding:3px 7px;\
            text-align:left}th{background:#f5f7fa}
            footer{margin-top:30px;color:#777;font-size:12px}
            """;
}
