package io.steeldome.sim.montecarlo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a study's files: {@code montecarlo.html}, {@code summary.json}, {@code runs.csv} (one row per run) and
 * {@code assets.csv} (one row per defended asset). Output depends only on the result, so equal settings give
 * byte-identical files. JSON never holds NaN or infinities: an undefined ratio is absent.
 */
public final class MonteCarloOutputs {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MonteCarloOutputs() {}

    public static List<Path> write(MonteCarloResult r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        files.add(writeString(dir.resolve("montecarlo.html"), MonteCarloReport.render(r)));
        files.add(writeString(
                dir.resolve("summary.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary(r)) + "\n"));
        files.add(writeRuns(r, dir.resolve("runs.csv")));
        files.add(writeAssets(r, dir.resolve("assets.csv")));
        return files;
    }

    /** The summary as a JSON tree (what {@code summary.json} holds). */
    public static ObjectNode summary(MonteCarloResult r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("scenario", r.scenarioName());
        n.put("fidelity", r.fidelity().cliName());
        n.put("runs", r.runCount());
        n.put("masterSeed", r.masterSeed());
        n.put("scenarioSeed", r.scenarioSeed());
        n.put("approval", MonteCarloResult.APPROVAL_NOTE);
        ArrayNode wcs = n.putArray("weaponsControl");
        r.weaponsControl().forEach(wcs::add);
        n.put("note", "simulation and decision support only");
        r.terrain().ifPresent(t -> {
            ObjectNode tn = n.putObject("terrain");
            tn.put("source", t.source());
            tn.put("synthetic", t.synthetic());
            tn.put("text", t.text());
        });
        n.put("threatsLaunched", r.threatsLaunched());
        n.set("anyLeak", proportion(r.anyLeak()));
        ArrayNode assets = n.putArray("assets");
        for (AssetLeakage a : r.assets()) {
            ObjectNode an = assets.addObject();
            an.put("id", a.assetId());
            an.put("name", a.name());
            an.put("value", a.value());
            an.set("leakage", proportion(a.leakage()));
            an.set("leakers", estimate(a.leakers()));
            an.set("valueLost", estimate(a.valueLost()));
        }
        n.set("leakers", estimate(r.leakers()));
        n.set("valueLost", estimate(r.valueLost()));
        ArrayNode layers = n.putArray("layers");
        for (LayerStats l : r.layerStats()) {
            ObjectNode ln = layers.addObject();
            ln.put("layer", l.layer());
            ln.set("interceptors", estimate(l.shots()));
            ln.set("kills", estimate(l.kills()));
            ln.put("killShare", finite(l.killShare()));
            ln.set("costUsd", estimate(l.costUsd()));
        }
        n.set("defenderCostUsd", estimate(r.defenderCostUsd()));
        n.put("attackerCostUsd", finite(r.attackerCostUsd()));
        if (r.costExchangeRatio().isPresent()) {
            n.put("costExchangeRatio", finite(r.costExchangeRatio().getAsDouble()));
        }
        ArrayNode inventory = n.putArray("inventory");
        for (InventoryCurve c : r.inventory()) {
            ObjectNode cn = inventory.addObject();
            cn.put("layer", c.layer());
            cn.put("fullRounds", c.fullRounds());
            ArrayNode t = cn.putArray("timeS");
            ArrayNode mean = cn.putArray("mean");
            ArrayNode p5 = cn.putArray("p5");
            ArrayNode p95 = cn.putArray("p95");
            for (int j = 0; j < c.timesS().size(); j++) {
                t.add(round3(c.timesS().get(j)));
                mean.add(round3(c.mean().get(j)));
                p5.add(c.p5().get(j));
                p95.add(c.p95().get(j));
            }
        }
        ObjectNode sweep = n.putObject("raidSizeSweep");
        sweep.put("runsPerPoint", r.sweepRunsPerPoint());
        sweep.put("fidelity", Fidelity.ENGAGEMENT.cliName());
        ArrayNode points = sweep.putArray("points");
        for (SweepPoint p : r.sweep()) {
            ObjectNode pn = points.addObject();
            pn.put("fraction", p.fraction());
            pn.put("threats", p.threats());
            pn.set("anyLeak", proportion(p.anyLeak()));
            ArrayNode per = pn.putArray("assets");
            for (int a = 0; a < p.perAsset().size(); a++) {
                ObjectNode x = proportion(p.perAsset().get(a));
                x.put("id", r.assets().get(a).assetId());
                per.add(x);
            }
            pn.set("leakers", estimate(p.leakers()));
            pn.set("interceptors", estimate(p.shots()));
        }
        return n;
    }

    private static ObjectNode proportion(Proportion p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("p", finite(p.estimate()));
        n.put("ci95Low", finite(p.low()));
        n.put("ci95High", finite(p.high()));
        n.put("runsHit", p.successes());
        n.put("runs", p.trials());
        return n;
    }

    private static ObjectNode estimate(Estimate e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("mean", finite(e.mean()));
        n.put("ci95Low", finite(e.low()));
        n.put("ci95High", finite(e.high()));
        return n;
    }

    /** Rounded to 6 significant decimals for stable text; never NaN or infinite (those become 0, and none occur). */
    private static double finite(double v) {
        return Double.isFinite(v) ? Double.parseDouble(String.format(Locale.ROOT, "%.6g", v)) : 0;
    }

    private static double round3(double v) {
        return Math.rint(v * 1000) / 1000;
    }

    private static Path writeString(Path p, String s) throws IOException {
        Files.writeString(p, s, StandardCharsets.UTF_8);
        return p;
    }

    private static Path writeRuns(MonteCarloResult r, Path p) throws IOException {
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            StringBuilder h = new StringBuilder(
                    "run,seed,threats,intercepted,leakers,value_lost,defender_cost_usd," + "attacker_cost_usd");
            for (String l : r.layers()) {
                h.append(",shots_").append(l).append(",kills_").append(l);
            }
            for (AssetLeakage a : r.assets()) {
                h.append(",hits_").append(a.assetId());
            }
            w.write(h.append('\n').toString());
            for (RunOutcome o : r.runs()) {
                StringBuilder row = new StringBuilder(String.format(
                        Locale.ROOT,
                        "%d,%d,%d,%d,%d,%s,%.0f,%.0f",
                        o.run(),
                        o.seed(),
                        o.threatsLaunched(),
                        o.intercepted(),
                        o.leakers(),
                        num(o.valueLost()),
                        o.defenderCostUsd(),
                        o.attackerCostUsd()));
                for (int l = 0; l < r.layers().size(); l++) {
                    row.append(',').append(o.shots(l)).append(',').append(o.kills(l));
                }
                for (int a = 0; a < r.assets().size(); a++) {
                    row.append(',').append(o.hits(a));
                }
                w.write(row.append('\n').toString());
            }
        }
        return p;
    }

    private static Path writeAssets(MonteCarloResult r, Path p) throws IOException {
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            w.write("asset,name,value,p_leak,ci95_low,ci95_high,runs_hit,runs,expected_leakers,expected_value_lost\n");
            for (AssetLeakage a : r.assets()) {
                w.write(String.format(
                        Locale.ROOT,
                        "%s,%s,%s,%.4f,%.4f,%.4f,%d,%d,%.4f,%.4f\n",
                        a.assetId(),
                        csv(a.name()),
                        num(a.value()),
                        a.leakage().estimate(),
                        a.leakage().low(),
                        a.leakage().high(),
                        a.leakage().successes(),
                        a.leakage().trials(),
                        a.leakers().mean(),
                        a.valueLost().mean()));
            }
        }
        return p;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
