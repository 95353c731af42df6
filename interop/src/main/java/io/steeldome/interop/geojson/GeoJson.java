package io.steeldome.interop.geojson;

import io.steeldome.core.geo.GeodeticPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds RFC 7946 GeoJSON: positions are [longitude, latitude(, height)] in WGS-84 degrees, polygon exterior rings
 * are closed and counter-clockwise (holes clockwise), and properties are plain JSON values. There is never a
 * {@code crs} member (RFC 7946 section 4 removed it).
 *
 * <p>Features added with an id get a top-level {@code id} member (section 3.2); ids must be unique in the collection.
 * Timed lines carry their per-vertex times as the {@code times} property, an array of ISO-8601 UTC instants as long as
 * the coordinate array: the convention of Leaflet.TimeDimension's GeoJSON layer ({@code properties.times}), also read
 * by QGIS's temporal controller through an expression. {@code times_s} holds the same instants as seconds since the
 * scenario epoch.
 *
 * <p>Output is deterministic: features keep their insertion order, degrees are quantised to 1e-7 and heights to 1 cm.
 */
public final class GeoJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** 1e-7 degree is about 1 cm: enough for every steeldome output, and it keeps files small and stable. */
    private static final double DEG_QUANTUM = 1e7;

    private final List<ObjectNode> features = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private boolean bbox;

    /**
     * A polygon's rings: the exterior and any holes, each given open or closed, in either orientation (the builder
     * closes them and orients the exterior counter-clockwise and holes clockwise).
     */
    public record Rings(List<GeodeticPoint> exterior, List<List<GeodeticPoint>> holes) {
        public Rings {
            exterior = List.copyOf(exterior);
            holes = holes.stream().map(List::copyOf).toList();
        }

        public static Rings of(List<GeodeticPoint> exterior) {
            return new Rings(exterior, List.of());
        }
    }

    /** Adds a {@code bbox} member [west, south, east, north] (RFC 7946 section 5) to the collection. */
    public GeoJson withBbox() {
        bbox = true;
        return this;
    }

    public GeoJson point(GeodeticPoint p, boolean withHeight, Map<String, ?> properties) {
        return add(null, pointGeometry(p, withHeight), properties);
    }

    public GeoJson point(String id, GeodeticPoint p, boolean withHeight, Map<String, ?> properties) {
        return add(id, pointGeometry(p, withHeight), properties);
    }

    public GeoJson lineString(List<GeodeticPoint> points, boolean withHeight, Map<String, ?> properties) {
        return add(null, lineGeometry(points, withHeight), properties);
    }

    public GeoJson lineString(String id, List<GeodeticPoint> points, boolean withHeight, Map<String, ?> properties) {
        return add(id, lineGeometry(points, withHeight), properties);
    }

    public GeoJson multiPoint(String id, List<GeodeticPoint> points, boolean withHeight, Map<String, ?> properties) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a MultiPoint needs at least 1 position");
        }
        ObjectNode g = geometry("MultiPoint");
        ArrayNode coords = g.putArray("coordinates");
        points.forEach(p -> coords.add(position(p, withHeight)));
        return add(id, g, properties);
    }

    /**
     * A LineString with a time per vertex: the properties get {@code times} (ISO-8601 UTC, millisecond resolution)
     * and {@code times_s} (seconds since {@code epoch}), after the caller's properties.
     *
     * @param timesS per vertex, seconds since {@code epoch}, non-decreasing
     */
    public GeoJson timedLineString(
            String id, List<GeodeticPoint> points, List<Double> timesS, Instant epoch, Map<String, ?> properties) {
        if (timesS.size() != points.size()) {
            throw new IllegalArgumentException(
                    "a timed line needs one time per position, got " + timesS.size() + " for " + points.size());
        }
        Map<String, Object> p = new LinkedHashMap<>(properties);
        List<String> iso = new ArrayList<>(timesS.size());
        List<Double> seconds = new ArrayList<>(timesS.size());
        for (int i = 0; i < timesS.size(); i++) {
            double t = timesS.get(i);
            if (!Double.isFinite(t) || (i > 0 && t < timesS.get(i - 1))) {
                throw new IllegalArgumentException("times must be finite and non-decreasing, got " + timesS);
            }
            iso.add(isoTime(epoch, t));
            seconds.add(Math.rint(t * 1000) / 1000);
        }
        p.put("times", iso);
        p.put("times_s", seconds);
        return add(id, lineGeometry(points, true), p);
    }

    /** A polygon without holes; the ring is closed and oriented counter-clockwise as RFC 7946 section 3.1.6 asks. */
    public GeoJson polygon(List<GeodeticPoint> ring, Map<String, ?> properties) {
        return add(null, polygonGeometry(Rings.of(ring)), properties);
    }

    public GeoJson polygon(String id, Rings rings, Map<String, ?> properties) {
        return add(id, polygonGeometry(rings), properties);
    }

    public GeoJson multiPolygon(String id, List<Rings> polygons, Map<String, ?> properties) {
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("a MultiPolygon needs at least 1 polygon");
        }
        ObjectNode g = geometry("MultiPolygon");
        ArrayNode coords = g.putArray("coordinates");
        polygons.forEach(r -> coords.add(polygonGeometry(r).get("coordinates")));
        return add(id, g, properties);
    }

    public int size() {
        return features.size();
    }

    public JsonNode toJson() {
        ObjectNode fc = NODES.objectNode();
        fc.put("type", "FeatureCollection");
        if (bbox && !features.isEmpty()) {
            double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, -Double.MAX_VALUE, -Double.MAX_VALUE};
            features.forEach(f -> extend(f.get("geometry").get("coordinates"), b));
            ArrayNode box = fc.putArray("bbox");
            for (double v : b) {
                box.add(v);
            }
        }
        ArrayNode arr = fc.putArray("features");
        features.forEach(arr::add);
        return fc;
    }

    public String toJsonString() {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson()) + "\n";
    }

    /** An instant {@code s} seconds after {@code epoch}, to the millisecond, as ISO-8601 UTC. */
    public static String isoTime(Instant epoch, double s) {
        return epoch.plusMillis(Math.round(s * 1000)).toString();
    }

    /** Shoelace area in degree units: positive when counter-clockwise in (lon, lat). */
    static double signedArea(List<GeodeticPoint> ring) {
        double s = 0;
        for (int i = 0; i < ring.size(); i++) {
            GeodeticPoint a = ring.get(i);
            GeodeticPoint b = ring.get((i + 1) % ring.size());
            s += a.lonDeg() * b.latDeg() - b.lonDeg() * a.latDeg();
        }
        return s / 2;
    }

    private static void extend(JsonNode coords, double[] b) {
        if (coords.size() > 0 && coords.get(0).isNumber()) {
            b[0] = Math.min(b[0], coords.get(0).asDouble());
            b[1] = Math.min(b[1], coords.get(1).asDouble());
            b[2] = Math.max(b[2], coords.get(0).asDouble());
            b[3] = Math.max(b[3], coords.get(1).asDouble());
            return;
        }
        coords.forEach(c -> extend(c, b));
    }

    private GeoJson add(String id, ObjectNode geometry, Map<String, ?> properties) {
        ObjectNode f = NODES.objectNode();
        f.put("type", "Feature");
        if (id != null) {
            if (id.isBlank() || !ids.add(id)) {
                throw new IllegalArgumentException("feature ids must be unique and not blank, got '" + id + "'");
            }
            f.put("id", id);
        }
        f.set("geometry", geometry);
        f.set("properties", MAPPER.valueToTree(properties));
        features.add(f);
        return this;
    }

    private static ObjectNode pointGeometry(GeodeticPoint p, boolean withHeight) {
        ObjectNode g = geometry("Point");
        g.set("coordinates", position(p, withHeight));
        return g;
    }

    private static ObjectNode lineGeometry(List<GeodeticPoint> points, boolean withHeight) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a LineString needs at least 2 positions, got " + points.size());
        }
        ObjectNode g = geometry("LineString");
        ArrayNode coords = g.putArray("coordinates");
        points.forEach(p -> coords.add(position(p, withHeight)));
        return g;
    }

    private static ObjectNode polygonGeometry(Rings rings) {
        ObjectNode g = geometry("Polygon");
        ArrayNode coords = g.putArray("coordinates");
        coords.add(ring(rings.exterior(), true));
        rings.holes().forEach(h -> coords.add(ring(h, false)));
        return g;
    }

    /** A closed ring of at least 4 positions, counter-clockwise if {@code exterior}, else clockwise. */
    private static ArrayNode ring(List<GeodeticPoint> ring, boolean exterior) {
        List<GeodeticPoint> r = new ArrayList<>(ring);
        if (!r.isEmpty() && r.get(0).equals(r.get(r.size() - 1))) {
            r.remove(r.size() - 1);
        }
        if (r.size() < 3) {
            throw new IllegalArgumentException("a polygon ring needs at least 3 distinct positions, got " + r.size());
        }
        if (signedArea(r) < 0 == exterior) {
            Collections.reverse(r);
        }
        r.add(r.get(0));
        ArrayNode ringNode = NODES.arrayNode();
        r.forEach(p -> ringNode.add(position(p, false)));
        return ringNode;
    }

    private static ObjectNode geometry(String type) {
        ObjectNode g = NODES.objectNode();
        g.put("type", type);
        return g;
    }

    private static ArrayNode position(GeodeticPoint p, boolean withHeight) {
        ArrayNode a = NODES.arrayNode();
        a.add(round(p.lonDeg()));
        a.add(round(p.latDeg()));
        if (withHeight) {
            a.add(Math.rint(p.hM() * 100) / 100);
        }
        return a;
    }

    private static double round(double deg) {
        return Math.rint(deg * DEG_QUANTUM) / DEG_QUANTUM;
    }
}
