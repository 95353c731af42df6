package io.steeldome.interop.geojson;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds RFC 7946 GeoJSON: positions are [longitude, latitude(, height)] in WGS-84 degrees, polygon exterior rings
 * are closed and counter-clockwise (holes clockwise), and properties are plain JSON values.
 */
public final class GeoJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** 1e-7 degree is about 1 cm: enough for every steeldome output, and it keeps files small and stable. */
    private static final double DEG_QUANTUM = 1e7;

    private final List<ObjectNode> features = new ArrayList<>();

    public GeoJson point(GeodeticPoint p, boolean withHeight, Map<String, ?> properties) {
        ObjectNode g = geometry("Point");
        g.set("coordinates", position(p, withHeight));
        return add(g, properties);
    }

    public GeoJson lineString(List<GeodeticPoint> points, boolean withHeight, Map<String, ?> properties) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a LineString needs at least 2 positions, got " + points.size());
        }
        ObjectNode g = geometry("LineString");
        ArrayNode coords = g.putArray("coordinates");
        points.forEach(p -> coords.add(position(p, withHeight)));
        return add(g, properties);
    }

    /** A polygon without holes; the ring is closed and oriented counter-clockwise as RFC 7946 section 3.1.6 asks. */
    public GeoJson polygon(List<GeodeticPoint> ring, Map<String, ?> properties) {
        List<GeodeticPoint> r = new ArrayList<>(ring);
        if (!r.isEmpty() && r.get(0).equals(r.get(r.size() - 1))) {
            r.remove(r.size() - 1);
        }
        if (r.size() < 3) {
            throw new IllegalArgumentException("a polygon ring needs at least 3 distinct positions, got " + r.size());
        }
        if (signedArea(r) < 0) {
            java.util.Collections.reverse(r);
        }
        r.add(r.get(0));
        ObjectNode g = geometry("Polygon");
        ArrayNode ringNode = g.putArray("coordinates").addArray();
        r.forEach(p -> ringNode.add(position(p, false)));
        return add(g, properties);
    }

    public int size() {
        return features.size();
    }

    public JsonNode toJson() {
        ObjectNode fc = NODES.objectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode arr = fc.putArray("features");
        features.forEach(arr::add);
        return fc;
    }

    public String toJsonString() {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson()) + "\n";
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

    private GeoJson add(ObjectNode geometry, Map<String, ?> properties) {
        ObjectNode f = NODES.objectNode();
        f.put("type", "Feature");
        f.set("geometry", geometry);
        f.set("properties", MAPPER.valueToTree(properties));
        features.add(f);
        return this;
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
