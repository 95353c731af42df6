package io.steeldome.border.plan;

import io.steeldome.border.BorderError;
import io.steeldome.border.siting.DemandPoint;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan's GeoJSON (RFC 7946: [longitude, latitude] in WGS-84 degrees, rounded to 1e-7 degree, about 1 cm;
 * polygon exteriors counter-clockwise) and plan.json. Each FeatureCollection carries a foreign member {@code terrain}
 * and each feature a property {@code terrain} with the DEM's label, which starts with SYNTHETIC when it is generated.
 */
final class PlanFiles {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PlanFiles() {}

    static void writeSites(BorderPlan plan, Path file) {
        ObjectNode fc = collection(plan);
        ArrayNode features = fc.putArray("features");
        int[] counts = BorderPlan.coverCounts(plan.stations(), plan.demand().size());
        for (PlannedStation s : plan.stations()) {
            double unique = 0;
            for (int i : s.coversView()) {
                if (counts[i] == 1) {
                    unique += plan.demand().get(i).lengthM();
                }
            }
            ObjectNode p = NODES.objectNode();
            p.put("id", s.id());
            p.put("site", s.siteId());
            p.put("type", s.spec().type().name());
            p.put("cost", s.spec().cost());
            p.put("range_m", round(s.spec().rangeM(), 1));
            p.put("mast_height_m", s.spec().mastHeightM());
            p.put("line_of_sight", s.spec().lineOfSight());
            p.put("ground_m", round(s.position().hM(), 1));
            p.put("covered_length_m", round(plan.lengthM(s), 1));
            p.put("unique_covered_length_m", round(unique, 1));
            p.put("terrain", plan.terrainLabel());
            features.add(feature(point(s.position()), p));
        }
        write(fc, file);
    }

    static void writeCoverage(BorderPlan plan, Path file) {
        ObjectNode fc = collection(plan);
        ArrayNode features = fc.putArray("features");
        List<DemandPoint> demand = plan.demand();
        int[] counts = BorderPlan.coverCounts(plan.stations(), demand.size());
        int start = 0;
        for (int i = 1; i <= demand.size(); i++) {
            if (i < demand.size() && (counts[i] > 0) == (counts[start] > 0)) {
                continue;
            }
            double from = demand.get(start).fromM();
            double to = demand.get(i - 1).toM();
            int minCount = Integer.MAX_VALUE;
            int maxCount = 0;
            for (int k = start; k < i; k++) {
                minCount = Math.min(minCount, counts[k]);
                maxCount = Math.max(maxCount, counts[k]);
            }
            ObjectNode p = NODES.objectNode();
            p.put("kind", "border");
            p.put("status", counts[start] > 0 ? "covered" : "gap");
            p.put("from_m", round(from, 1));
            p.put("to_m", round(to, 1));
            p.put("length_m", round(to - from, 1));
            p.put("min_stations", minCount);
            p.put("max_stations", maxCount);
            p.put("terrain", plan.terrainLabel());
            features.add(feature(line(plan.border().subLine(from, to)), p));
            start = i;
        }
        for (List<List<GeodeticPoint>> poly : plan.zone().polygons()) {
            ObjectNode g = NODES.objectNode();
            g.put("type", "Polygon");
            ArrayNode rings = g.putArray("coordinates");
            for (int r = 0; r < poly.size(); r++) {
                rings.add(ring(poly.get(r), r == 0));
            }
            ObjectNode p = NODES.objectNode();
            p.put("kind", "zone");
            p.put("depth_m", plan.zone().depthM());
            p.put("area_m2", Math.round(plan.zone().areaM2()));
            p.put("terrain", plan.terrainLabel());
            features.add(feature(g, p));
        }
        write(fc, file);
    }

    static void writePlanJson(BorderPlan plan, Path file) {
        PlanOptions o = plan.options();
        ObjectNode j = NODES.objectNode();
        j.put("coveredFraction", round(plan.coveredFraction(), 6));
        j.put("upperBound", round(plan.upperBoundFraction(), 6));
        j.put("gap", round(plan.gap(), 6));
        j.put("baselineCoveredFraction", round(plan.baselineCoveredFraction(), 6));
        j.put("stations", plan.stations().size());
        if (o.maxStations() == Integer.MAX_VALUE) {
            j.putNull("maxStations");
        } else {
            j.put("maxStations", o.maxStations());
        }
        if (o.budget() == Double.POSITIVE_INFINITY) {
            j.putNull("budget");
        } else {
            j.put("budget", o.budget());
        }
        j.put("cost", plan.cost());
        j.put("coveredLengthM", round(plan.coveredLengthM(), 1));
        ObjectNode t = j.putObject("terrain");
        t.put("label", plan.terrainLabel());
        t.put("synthetic", plan.syntheticTerrain());
        ObjectNode b = j.putObject("border");
        b.put("id", plan.border().id());
        b.put("name", plan.border().name());
        b.put("lengthM", round(plan.border().lengthM(), 1));
        b.put("protectedSide", o.side().describe());
        ObjectNode d = j.putObject("demand");
        d.put("points", plan.demand().size());
        d.put("spacingM", o.demandSpacingM());
        d.put("weighting", o.likelihoodLabel());
        d.put("targetHeightM", o.targetHeightM());
        d.put("refractionK", o.refractionK());
        ObjectNode c = j.putObject("candidates");
        c.put("sites", plan.candidates().size());
        c.put("droppedSites", plan.model().droppedSites().size());
        c.put("options", plan.model().options().size());
        c.put("zoneDepthM", o.zoneDepthM());
        ArrayNode types = j.putArray("stationTypes");
        o.stationTypes().forEach(s -> {
            ObjectNode n = types.addObject();
            n.put("type", s.type().name());
            n.put("rangeM", round(s.rangeM(), 1));
            n.put("mastHeightM", s.mastHeightM());
            n.put("cost", s.cost());
            n.put("lineOfSight", s.lineOfSight());
        });
        var sol = plan.solution();
        double total = plan.problem().totalWeight();
        ObjectNode so = j.putObject("solver");
        so.put("greedyFraction", round(total > 0 ? sol.greedyWeight() / total : 0, 6));
        so.put("localSearchFraction", round(total > 0 ? sol.localSearchWeight() / total : 0, 6));
        so.put("lagrangianBound", round(total > 0 ? sol.lagrangianBound() / total : 0, 6));
        so.put("lagrangianGap", round(sol.lagrangianGap(), 6));
        so.put("provenOptimal", sol.provenOptimal());
        so.put("branchAndBoundNodes", sol.nodes());
        ObjectNode bl = j.putObject("baseline");
        bl.put("type", o.baselineType().name());
        bl.put("stations", plan.baseline().size());
        bl.put("cost", plan.baselineCost());
        bl.put("coveredFraction", round(plan.baselineCoveredFraction(), 6));
        bl.put("snapM", o.baselineSnapM());
        ArrayNode bs = bl.putArray("sites");
        plan.baseline().forEach(s -> bs.add(stationNode(plan, s)));
        ArrayNode ss = j.putArray("sites");
        plan.stations().forEach(s -> ss.add(stationNode(plan, s)));
        write(j, file);
    }

    private static ObjectNode stationNode(BorderPlan plan, PlannedStation s) {
        ObjectNode n = NODES.objectNode();
        n.put("id", s.id());
        n.put("type", s.spec().type().name());
        n.put("lat", round(s.position().latDeg(), 7));
        n.put("lon", round(s.position().lonDeg(), 7));
        n.put("cost", s.spec().cost());
        n.put("coveredLengthM", round(plan.lengthM(s), 1));
        return n;
    }

    private static ObjectNode collection(BorderPlan plan) {
        ObjectNode fc = NODES.objectNode();
        fc.put("type", "FeatureCollection");
        fc.put("terrain", plan.terrainLabel());
        return fc;
    }

    private static ObjectNode feature(ObjectNode geometry, ObjectNode properties) {
        ObjectNode f = NODES.objectNode();
        f.put("type", "Feature");
        f.set("geometry", geometry);
        f.set("properties", properties);
        return f;
    }

    private static ObjectNode point(GeodeticPoint p) {
        ObjectNode g = NODES.objectNode();
        g.put("type", "Point");
        g.set("coordinates", position(p));
        return g;
    }

    private static ObjectNode line(List<GeodeticPoint> points) {
        ObjectNode g = NODES.objectNode();
        g.put("type", "LineString");
        ArrayNode cs = g.putArray("coordinates");
        points.forEach(p -> cs.add(position(p)));
        return g;
    }

    /** A closed ring, counter-clockwise if exterior, clockwise if a hole (RFC 7946 section 3.1.6). */
    private static ArrayNode ring(List<GeodeticPoint> closed, boolean exterior) {
        Coordinate[] cs = new Coordinate[closed.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(closed.get(i).lonDeg(), closed.get(i).latDeg());
        }
        List<GeodeticPoint> r = new ArrayList<>(closed);
        if (Orientation.isCCW(cs) != exterior) {
            java.util.Collections.reverse(r);
        }
        ArrayNode a = NODES.arrayNode();
        r.forEach(p -> a.add(position(p)));
        return a;
    }

    private static ArrayNode position(GeodeticPoint p) {
        ArrayNode a = NODES.arrayNode();
        a.add(round(p.lonDeg(), 7));
        a.add(round(p.latDeg(), 7));
        return a;
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    private static void write(ObjectNode node, Path file) {
        try {
            Files.writeString(file, MAPPER.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SteeldomeException(e, BorderError.UNWRITABLE, file, e.toString());
        }
    }
}
