package io.steeldome.interop.geojson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A structural checker for RFC 7946 GeoJSON, strict where steeldome's writers promise more than the RFC asks. It
 * reports, with a JSON pointer each:
 *
 * <ul>
 *   <li>objects without the right {@code type}; a {@code crs} member anywhere (removed by RFC 7946 section 4);
 *   <li>a Feature without both {@code geometry} and {@code properties} (section 3.2), an id that is not a string or
 *       number, or an id used twice in a collection;
 *   <li>coordinate arrays of the wrong depth for their geometry type (section 3.1), positions that are not 2 or 3
 *       finite numbers, longitudes outside [-180, 180] and latitudes outside [-90, 90] (section 3.1.1);
 *   <li>LineStrings with fewer than 2 positions; rings with fewer than 4 positions, not closed, or wound the wrong way
 *       (exterior counter-clockwise, holes clockwise: section 3.1.6);
 *   <li>a step of more than 180 degrees of longitude between consecutive positions, the artefact of a line drawn
 *       across the antimeridian without being cut (section 3.1.9);
 *   <li>a {@code bbox} that is malformed or does not contain every position (section 5);
 *   <li>optionally, positions outside a region the data must lie in (the domain check that catches swapped latitude
 *       and longitude, which the ranges alone cannot when both are below 90).
 * </ul>
 *
 * Winding is tested with the shoelace sum in the (longitude, latitude) plane, which is exact in sign for the small
 * rings steeldome writes.
 */
public final class GeoJsonValidator {
    private static final Set<String> GEOMETRIES = Set.of(
            "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

    private final Optional<Region> region;
    private final List<String> problems = new ArrayList<>();

    /** A longitude/latitude box, degrees, west <= east (no antimeridian wrap). */
    public record Region(double westDeg, double southDeg, double eastDeg, double northDeg) {
        public Region {
            if (!(westDeg <= eastDeg) || !(southDeg <= northDeg)) {
                throw new IllegalArgumentException("region must have west <= east and south <= north");
            }
        }

        public boolean contains(double lonDeg, double latDeg) {
            return lonDeg >= westDeg && lonDeg <= eastDeg && latDeg >= southDeg && latDeg <= northDeg;
        }
    }

    private GeoJsonValidator(Optional<Region> region) {
        this.region = region;
    }

    /** Every problem found in a GeoJSON object, as "pointer: what"; empty when it is valid. */
    public static List<String> validate(JsonNode root) {
        return run(root, Optional.empty());
    }

    /** As {@link #validate(JsonNode)}, also reporting every position outside {@code region}. */
    public static List<String> validate(JsonNode root, Region region) {
        return run(root, Optional.of(region));
    }

    private static List<String> run(JsonNode root, Optional<Region> region) {
        GeoJsonValidator v = new GeoJsonValidator(region);
        v.object(root, "");
        return List.copyOf(v.problems);
    }

    private void object(JsonNode n, String ptr) {
        if (n == null || !n.isObject()) {
            problem(ptr, "expected a GeoJSON object");
            return;
        }
        String type = n.path("type").isString() ? n.get("type").asString() : "";
        switch (type) {
            case "FeatureCollection" -> collection(n, ptr);
            case "Feature" -> feature(n, ptr);
            default -> {
                if (GEOMETRIES.contains(type)) {
                    geometry(n, ptr);
                } else {
                    problem(ptr + "/type", "not a GeoJSON type: '" + type + "'");
                }
            }
        }
    }

    private void collection(JsonNode n, String ptr) {
        noCrs(n, ptr);
        bbox(n, ptr);
        JsonNode features = n.path("features");
        if (!features.isArray()) {
            problem(ptr + "/features", "a FeatureCollection needs a 'features' array");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            String at = ptr + "/features/" + i;
            if (!f.isObject() || !"Feature".equals(f.path("type").asString(""))) {
                problem(at + "/type", "a FeatureCollection holds only Features");
                continue;
            }
            feature(f, at);
            JsonNode id = f.get("id");
            if (id != null && (id.isString() || id.isNumber()) && !ids.add(id.asString())) {
                problem(at + "/id", "id '" + id.asString() + "' is used by an earlier feature");
            }
        }
    }

    private void feature(JsonNode f, String ptr) {
        noCrs(f, ptr);
        bbox(f, ptr);
        if (!f.has("geometry")) {
            problem(ptr, "a Feature needs a 'geometry' member (null if unlocated)");
        } else if (!f.get("geometry").isNull()) {
            geometry(f.get("geometry"), ptr + "/geometry");
        }
        if (!f.has("properties")) {
            problem(ptr, "a Feature needs a 'properties' member (null if none)");
        } else if (!f.get("properties").isObject() && !f.get("properties").isNull()) {
            problem(ptr + "/properties", "properties must be an object or null");
        }
        JsonNode id = f.get("id");
        if (id != null && !id.isString() && !id.isNumber()) {
            problem(ptr + "/id", "a Feature id must be a string or a number");
        }
    }

    private void geometry(JsonNode g, String ptr) {
        if (!g.isObject()) {
            problem(ptr, "a geometry must be an object");
            return;
        }
        noCrs(g, ptr);
        String type = g.path("type").asString("");
        if (type.equals("GeometryCollection")) {
            JsonNode gs = g.path("geometries");
            if (!gs.isArray()) {
                problem(ptr + "/geometries", "a GeometryCollection needs a 'geometries' array");
                return;
            }
            for (int i = 0; i < gs.size(); i++) {
                geometry(gs.get(i), ptr + "/geometries/" + i);
            }
            return;
        }
        if (!GEOMETRIES.contains(type)) {
            problem(ptr + "/type", "not a geometry type: '" + type + "'");
            return;
        }
        JsonNode c = g.path("coordinates");
        String at = ptr + "/coordinates";
        if (!c.isArray()) {
            problem(at, "a " + type + " needs a 'coordinates' array");
            return;
        }
        switch (type) {
            case "Point" -> position(c, at);
            case "MultiPoint" -> eachArray(c, at, this::position);
            case "LineString" -> line(c, at);
            case "MultiLineString" -> eachArray(c, at, this::line);
            case "Polygon" -> polygon(c, at);
            case "MultiPolygon" -> eachArray(c, at, this::polygon);
            default -> throw new IllegalStateException(type);
        }
        bbox(g, ptr);
    }

    private interface Check {
        void run(JsonNode n, String ptr);
    }

    private void eachArray(JsonNode arr, String ptr, Check check) {
        for (int i = 0; i < arr.size(); i++) {
            if (!arr.get(i).isArray()) {
                problem(ptr + "/" + i, "expected an array (coordinate nesting too shallow)");
            } else {
                check.run(arr.get(i), ptr + "/" + i);
            }
        }
    }

    private boolean position(JsonNode p, String ptr) {
        if (!p.isArray() || p.size() < 2 || p.size() > 3) {
            problem(ptr, "a position is [longitude, latitude] or [longitude, latitude, height], got " + p);
            return false;
        }
        for (JsonNode v : p) {
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                problem(ptr, "a position holds finite numbers only, got " + p);
                return false;
            }
        }
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        boolean ok = true;
        if (!(lon >= -180 && lon <= 180)) {
            problem(ptr + "/0", "longitude " + lon + " is outside [-180, 180]");
            ok = false;
        }
        if (!(lat >= -90 && lat <= 90)) {
            problem(ptr + "/1", "latitude " + lat + " is outside [-90, 90] (positions are [longitude, latitude])");
            ok = false;
        }
        if (ok && region.isPresent() && !region.get().contains(lon, lat)) {
            problem(
                    ptr,
                    String.format(
                            Locale.ROOT,
                            "position (lon %s, lat %s) lies outside the expected region %s; latitude and longitude"
                                    + " swapped?",
                            lon,
                            lat,
                            region.get()));
            ok = false;
        }
        return ok;
    }

    /** Positions of a line or ring; false if any is malformed. */
    private boolean positions(JsonNode arr, String ptr) {
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            ok &= position(arr.get(i), ptr + "/" + i);
        }
        if (ok) {
            for (int i = 1; i < arr.size(); i++) {
                if (Math.abs(arr.get(i).get(0).asDouble()
                                - arr.get(i - 1).get(0).asDouble())
                        > 180) {
                    problem(
                            ptr + "/" + i,
                            "a step of more than 180 degrees of longitude: cut lines at the antimeridian (section"
                                    + " 3.1.9)");
                }
            }
        }
        return ok;
    }

    private void line(JsonNode c, String ptr) {
        if (c.size() < 2) {
            problem(ptr, "a LineString needs at least 2 positions, got " + c.size());
        }
        positions(c, ptr);
    }

    private void polygon(JsonNode rings, String ptr) {
        if (rings.isEmpty()) {
            problem(ptr, "a Polygon needs an exterior ring");
        }
        for (int i = 0; i < rings.size(); i++) {
            JsonNode r = rings.get(i);
            String at = ptr + "/" + i;
            if (!r.isArray()) {
                problem(at, "a ring must be an array of positions");
                continue;
            }
            if (!positions(r, at)) {
                continue;
            }
            if (r.size() < 4) {
                problem(at, "a ring needs at least 4 positions, got " + r.size());
                continue;
            }
            if (!sameXy(r.get(0), r.get(r.size() - 1))) {
                problem(at, "a ring must be closed: its last position must equal its first");
                continue;
            }
            double area = signedArea(r);
            if (i == 0 && !(area > 0)) {
                problem(at, "the exterior ring must be counter-clockwise (right-hand rule, section 3.1.6)");
            } else if (i > 0 && !(area < 0)) {
                problem(at, "a hole must be clockwise (right-hand rule, section 3.1.6)");
            }
        }
    }

    private static boolean sameXy(JsonNode a, JsonNode b) {
        return a.size() == b.size() && a.equals(b);
    }

    /** Shoelace sum over a closed ring, (lon, lat) degrees: positive when counter-clockwise. */
    static double signedArea(JsonNode ring) {
        double s = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            JsonNode a = ring.get(i);
            JsonNode b = ring.get(i + 1);
            s += a.get(0).asDouble() * b.get(1).asDouble()
                    - b.get(0).asDouble() * a.get(1).asDouble();
        }
        return s / 2;
    }

    private void bbox(JsonNode n, String ptr) {
        JsonNode b = n.get("bbox");
        if (b == null) {
            return;
        }
        if (!b.isArray() || (b.size() != 4 && b.size() != 6)) {
            problem(ptr + "/bbox", "a bbox is [west, south, east, north] or the 3-D form of 6 numbers");
            return;
        }
        int d = b.size() / 2;
        double w = b.get(0).asDouble();
        double s = b.get(1).asDouble();
        double e = b.get(d).asDouble();
        double no = b.get(d + 1).asDouble();
        if (!(s <= no) || !(w <= e)) {
            problem(ptr + "/bbox", "bbox must have south <= north and west <= east");
            return;
        }
        List<JsonNode> all = new ArrayList<>();
        collectPositions(n, all);
        for (JsonNode p : all) {
            if (p.isArray() && p.size() >= 2) {
                double lon = p.get(0).asDouble();
                double lat = p.get(1).asDouble();
                if (lon < w || lon > e || lat < s || lat > no) {
                    problem(ptr + "/bbox", "position " + p + " lies outside the bbox " + b);
                    return;
                }
            }
        }
    }

    private static void collectPositions(JsonNode n, List<JsonNode> out) {
        if (n.isObject()) {
            if (n.has("coordinates")) {
                collectCoordinates(n.get("coordinates"), out);
            }
            for (String k : List.of("features", "geometries", "geometry")) {
                if (n.has(k)) {
                    collectPositions(n.get(k), out);
                }
            }
        } else if (n.isArray()) {
            n.forEach(c -> collectPositions(c, out));
        }
    }

    private static void collectCoordinates(JsonNode c, List<JsonNode> out) {
        if (!c.isArray()) {
            return;
        }
        if (!c.isEmpty() && c.get(0).isNumber()) {
            out.add(c);
        } else {
            c.forEach(x -> collectCoordinates(x, out));
        }
    }

    private void noCrs(JsonNode n, String ptr) {
        if (n.has("crs")) {
            problem(ptr + "/crs", "RFC 7946 has no 'crs' member: coordinates are always WGS-84 longitude, latitude");
        }
    }

    private void problem(String ptr, String what) {
        problems.add((ptr.isEmpty() ? "/" : ptr) + ": " + what);
    }
}
