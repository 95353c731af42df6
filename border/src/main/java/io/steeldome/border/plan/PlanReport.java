package io.steeldome.border.plan;

import io.steeldome.border.BorderError;
import io.steeldome.border.geometry.Sector;
import io.steeldome.core.error.SteeldomeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** The self-contained HTML report (no scripts, no network: the map is embedded as a data URI). */
final class PlanReport {
    private PlanReport() {}

    static void write(BorderPlan plan, Path file, Path png) {
        String img;
        try {
            img = Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        } catch (IOException e) {
            throw new SteeldomeException(e, BorderError.UNREADABLE, png, e.toString());
        }
        try {
            Files.writeString(file, html(plan, img), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SteeldomeException(e, BorderError.UNWRITABLE, file, e.toString());
        }
    }

    static String html(BorderPlan plan, String pngBase64) {
        PlanOptions o = plan.options();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Border plan: ")
                .append(esc(plan.border().name()))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:70em}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.25em .6em;"
                        + "text-align:right}th{background:#eee}td.l,th.l{text-align:left}.synthetic{background:#a00;"
                        + "color:#fff;padding:.5em 1em;font-weight:bold}img{max-width:100%;border:1px solid #999}"
                        + "</style></head><body>\n");
        if (plan.syntheticTerrain()) {
            h.append("<p class=\"synthetic\">SYNTHETIC TERRAIN (")
                    .append(esc(plan.terrainLabel()))
                    .append(
                            "): coverage, sites and gaps come from generated heights, not a survey of the ground.</p>\n");
        }
        h.append("<h1>Border surveillance plan: ")
                .append(esc(plan.border().name()))
                .append("</h1>\n");
        h.append("<p>Decision support only: the plan places sensors and patrol outposts to detect and report crossings."
                + "</p>\n");
        h.append("<table>\n");
        row(h, "border", esc(plan.border().id()) + ", " + km(plan.border().lengthM()) + " (geodesic, WGS-84)");
        row(h, "terrain", esc(plan.terrainLabel()));
        row(h, "limits", limits(o));
        row(h, "stations chosen", plan.stations().size() + ", cost " + num(plan.cost()));
        row(h, "covered", pct(plan.coveredFraction()) + " (" + km(plan.coveredLengthM()) + ")");
        row(
                h,
                "upper bound",
                pct(plan.upperBoundFraction())
                        + (plan.solution().provenOptimal()
                                ? " (branch and bound finished: the plan is optimal)"
                                : " (Lagrangian bound; branch and bound stopped at its node limit)"));
        row(h, "gap", pct(plan.gap()));
        row(
                h,
                "greedy / local search",
                pct(frac(plan, plan.solution().greedyWeight())) + " / "
                        + pct(frac(plan, plan.solution().localSearchWeight())));
        row(h, "Lagrangian bound", pct(frac(plan, plan.solution().lagrangianBound())));
        row(
                h,
                "equal-spacing baseline",
                plan.baseline().size() + " x " + o.baselineType() + ", cost " + num(plan.baselineCost()) + ": "
                        + pct(plan.baselineCoveredFraction()));
        row(
                h,
                "demand",
                plan.demand().size() + " pieces of at most " + num(o.demandSpacingM()) + " m, weighting "
                        + esc(o.likelihoodLabel()) + ", target " + num(o.targetHeightM()) + " m above ground");
        row(
                h,
                "candidates",
                plan.candidates().size() + " sites ("
                        + plan.model().droppedSites().size()
                        + " off the DEM), " + plan.model().options().size() + " site-type options, zone "
                        + km(o.zoneDepthM()) + " deep");
        h.append("</table>\n");
        h.append(
                "<h2>Coverage map</h2>\n<p>Colour: how many chosen stations see a 2 m target there (viridis, dark = 1);"
                        + " border white where covered, red in the gaps; dots: stations.</p>\n");
        h.append("<img alt=\"coverage map\" src=\"data:image/png;base64,")
                .append(pngBase64)
                .append("\">\n");
        h.append(
                "<h2>Stations</h2>\n<table><tr><th class=\"l\">id</th><th class=\"l\">type</th><th>lat</th><th>lon</th>"
                        + "<th>ground m</th><th>range km</th><th>mast m</th><th>cost</th><th>covers km</th></tr>\n");
        for (PlannedStation s : plan.stations()) {
            h.append("<tr><td class=\"l\">")
                    .append(esc(s.id()))
                    .append("</td><td class=\"l\">")
                    .append(s.spec().type())
                    .append("</td><td>")
                    .append(fmt("%.5f", s.position().latDeg()))
                    .append("</td><td>")
                    .append(fmt("%.5f", s.position().lonDeg()))
                    .append("</td><td>")
                    .append(fmt("%.0f", s.position().hM()))
                    .append("</td><td>")
                    .append(fmt("%.1f", s.spec().rangeM() / 1000))
                    .append("</td><td>")
                    .append(num(s.spec().mastHeightM()))
                    .append("</td><td>")
                    .append(num(s.spec().cost()))
                    .append("</td><td>")
                    .append(fmt("%.1f", plan.lengthM(s) / 1000))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Sectors</h2>\n<table><tr><th>from km</th><th>to km</th><th>length km</th>"
                + "<th>plan covers</th><th>baseline covers</th></tr>\n");
        List<Sector> sectors = plan.reportSectors();
        for (double[] r : plan.sectorCoverage(sectors)) {
            h.append("<tr><td>")
                    .append(fmt("%.1f", r[0] / 1000))
                    .append("</td><td>")
                    .append(fmt("%.1f", r[1] / 1000))
                    .append("</td><td>")
                    .append(fmt("%.1f", r[2] / 1000))
                    .append("</td><td>")
                    .append(pct(r[2] > 0 ? r[3] / r[2] : 0))
                    .append("</td><td>")
                    .append(pct(r[2] > 0 ? r[4] / r[2] : 0))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Station types</h2>\n<table><tr><th class=\"l\">type</th><th>range km</th>"
                + "<th>mast m</th><th>cost</th><th class=\"l\">line of sight</th></tr>\n");
        o.stationTypes()
                .forEach(s -> h.append("<tr><td class=\"l\">")
                        .append(s.type())
                        .append("</td><td>")
                        .append(fmt("%.1f", s.rangeM() / 1000))
                        .append("</td><td>")
                        .append(num(s.mastHeightM()))
                        .append("</td><td>")
                        .append(num(s.cost()))
                        .append("</td><td class=\"l\">")
                        .append(s.lineOfSight() ? "yes" : "no (range only)")
                        .append("</td></tr>\n"));
        h.append("</table>\n<p>Ranges are for a walking person at probability 0.5 from the sensors module's presets;"
                + " costs are assumed class figures. The border line's length is that of the file given; generalised"
                + " lines (Natural Earth 1:10m) are 20-25 % shorter than officially quoted lengths.</p>\n");
        h.append("</body></html>\n");
        return h.toString();
    }

    private static String limits(PlanOptions o) {
        String n = o.maxStations() == Integer.MAX_VALUE ? "" : "at most " + o.maxStations() + " stations";
        String b = o.budget() == Double.POSITIVE_INFINITY ? "" : "budget " + num(o.budget());
        return n.isEmpty() ? b : b.isEmpty() ? n : n + ", " + b;
    }

    private static double frac(BorderPlan plan, double w) {
        double t = plan.problem().totalWeight();
        return t > 0 ? w / t : 0;
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th class=\"l\">")
                .append(k)
                .append("</th><td class=\"l\">")
                .append(v)
                .append("</td></tr>\n");
    }

    private static String pct(double f) {
        return fmt("%.2f %%", 100 * f);
    }

    private static String km(double m) {
        return fmt("%.1f km", m / 1000);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? fmt("%.0f", v) : fmt("%.2f", v);
    }

    private static String fmt(String f, double v) {
        return String.format(Locale.ROOT, f, v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
