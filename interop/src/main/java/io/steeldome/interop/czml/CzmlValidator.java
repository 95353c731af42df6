package io.steeldome.interop.czml;

import io.steeldome.interop.geojson.GeoJsonValidator.Region;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A structural checker for the CZML that steeldome writes, after the czml-writer wiki ("CZML Structure", "Packet",
 * "Position", "InterpolatableProperty", "Clock"). It reports, with a JSON pointer each:
 *
 * <ul>
 *   <li>a document that is not an array, or whose first packet is not {@code id "document"} with {@code version
 *       "1.0"}; a second document packet; packets without an id, or ids used twice;
 *   <li>a clock whose interval, currentTime, range or step is malformed, or whose currentTime lies outside its
 *       interval;
 *   <li>intervals ({@code availability}, the clock's, {@code show} intervals) that are not "start/stop" ISO-8601
 *       instants with start <= stop;
 *   <li>{@code cartographicDegrees} of the wrong length: 3 for a fixed position, a multiple of 4 with an {@code epoch}
 *       (time-tagged samples [t, lon, lat, h]), times not strictly increasing; longitudes outside [-180, 180] or
 *       latitudes outside [-90, 90]; an unknown interpolation algorithm or a degree below 1;
 *   <li>polygon and polyline positions that are not triples, polygons of fewer than 3 positions;
 *   <li>ellipses without semiMajorAxis >= semiMinorAxis > 0;
 *   <li>optionally, positions outside a region (catches swapped latitude and longitude).
 * </ul>
 */
public final class CzmlValidator {
    private static final Set<String> ALGORITHMS = Set.of("LINEAR", "LAGRANGE", "HERMITE");
    private static final Set<String> RANGES = Set.of("UNBOUNDED", "CLAMPED", "LOOP_STOP");
    private static final Set<String> STEPS = Set.of("TICK_DEPENDENT", "SYSTEM_CLOCK_MULTIPLIER", "SYSTEM_CLOCK");

    private final Optional<Region> region;
    private final List<String> problems = new ArrayList<>();

    private CzmlValidator(Optional<Region> region) {
        this.region = region;
    }

    /** Every problem found, as "pointer: what"; empty when the document is valid. */
    public static List<String> validate(JsonNode doc) {
        return run(doc, Optional.empty());
    }

    /** As {@link #validate(JsonNode)}, also reporting every position outside {@code region}. */
    public static List<String> validate(JsonNode doc, Region region) {
        return run(doc, Optional.of(region));
    }

    private static List<String> run(JsonNode doc, Optional<Region> region) {
        CzmlValidator v = new CzmlValidator(region);
        v.document(doc);
        return List.copyOf(v.problems);
    }

    private void document(JsonNode doc) {
        if (doc == null || !doc.isArray() || doc.isEmpty()) {
            problem("", "a CZML document is a non-empty array of packets");
            return;
        }
        JsonNode first = doc.get(0);
        if (!"document".equals(first.path("id").asString(""))) {
            problem("/0/id", "the first packet must have id 'document'");
        }
        if (!"1.0".equals(first.path("version").asString(""))) {
            problem("/0/version", "the document packet must declare version '1.0'");
        }
        if (first.has("clock")) {
            clock(first.get("clock"), "/0/clock");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < doc.size(); i++) {
            JsonNode p = doc.get(i);
            String at = "/" + i;
            if (!p.isObject()) {
                problem(at, "a packet must be an object");
                continue;
            }
            String id = p.path("id").isString() ? p.get("id").asString() : "";
            if (id.isEmpty()) {
                problem(at + "/id", "every packet needs a string id");
            } else if (!ids.add(id)) {
                problem(at + "/id", "id '" + id + "' is used by an earlier packet");
            }
            if (i > 0 && id.equals("document")) {
                problem(at + "/id", "only the first packet may be the document");
            }
            packet(p, at);
        }
    }

    private void clock(JsonNode c, String ptr) {
        Optional<Instant[]> iv = interval(c.path("interval"), ptr + "/interval");
        Optional<Instant> now = instant(c.path("currentTime"), ptr + "/currentTime");
        if (iv.isPresent()
                && now.isPresent()
                && (now.get().isBefore(iv.get()[0]) || now.get().isAfter(iv.get()[1]))) {
            problem(ptr + "/currentTime", "currentTime lies outside the clock interval");
        }
        if (c.has("multiplier") && !c.get("multiplier").isNumber()) {
            problem(ptr + "/multiplier", "multiplier must be a number");
        }
        if (c.has("range") && !RANGES.contains(c.get("range").asString(""))) {
            problem(ptr + "/range", "range must be one of " + RANGES);
        }
        if (c.has("step") && !STEPS.contains(c.get("step").asString(""))) {
            problem(ptr + "/step", "step must be one of " + STEPS);
        }
    }

    private void packet(JsonNode p, String ptr) {
        if (p.has("availability")) {
            interval(p.get("availability"), ptr + "/availability");
        }
        if (p.has("position")) {
            position(p.get("position"), ptr + "/position");
        }
        if (p.has("polygon")) {
            JsonNode pos = p.get("polygon").path("positions").path("cartographicDegrees");
            int n = triples(pos, ptr + "/polygon/positions/cartographicDegrees");
            if (n >= 0 && n < 3) {
                problem(ptr + "/polygon/positions", "a polygon needs at least 3 positions, got " + n);
            }
            JsonNode holes = p.get("polygon").path("holes").path("cartographicDegrees");
            for (int h = 0; h < holes.size(); h++) {
                int m = triples(holes.get(h), ptr + "/polygon/holes/cartographicDegrees/" + h);
                if (m >= 0 && m < 3) {
                    problem(ptr + "/polygon/holes/cartographicDegrees/" + h, "a hole needs at least 3 positions");
                }
            }
        }
        if (p.has("polyline")) {
            JsonNode l = p.get("polyline");
            int n = triples(
                    l.path("positions").path("cartographicDegrees"), ptr + "/polyline/positions/cartographicDegrees");
            if (n >= 0 && n < 2) {
                problem(ptr + "/polyline/positions", "a polyline needs at least 2 positions, got " + n);
            }
            shows(l.path("show"), ptr + "/polyline/show");
        }
        if (p.has("ellipse")) {
            JsonNode e = p.get("ellipse");
            double a = e.path("semiMajorAxis").asDouble(Double.NaN);
            double b = e.path("semiMinorAxis").asDouble(Double.NaN);
            if (!(a >= b && b > 0)) {
                problem(ptr + "/ellipse", "an ellipse needs semiMajorAxis >= semiMinorAxis > 0");
            }
            if (!p.has("position")) {
                problem(ptr + "/ellipse", "an ellipse needs the packet's position as its centre");
            }
        }
        for (String g : List.of("point", "label", "path", "billboard")) {
            if (p.has(g) && !p.has("position")) {
                problem(ptr + "/" + g, "a " + g + " needs the packet's position");
            }
        }
    }

    private void shows(JsonNode show, String ptr) {
        if (show.isMissingNode() || show.isBoolean()) {
            return;
        }
        if (!show.isArray()) {
            problem(ptr, "show is a boolean or an array of {interval, boolean}");
            return;
        }
        for (int i = 0; i < show.size(); i++) {
            JsonNode s = show.get(i);
            interval(s.path("interval"), ptr + "/" + i + "/interval");
            if (!s.path("boolean").isBoolean()) {
                problem(ptr + "/" + i + "/boolean", "each show interval needs a boolean");
            }
        }
    }

    private void position(JsonNode pos, String ptr) {
        JsonNode c = pos.path("cartographicDegrees");
        if (!c.isArray()) {
            problem(ptr, "expected cartographicDegrees (the only position form steeldome writes)");
            return;
        }
        String at = ptr + "/cartographicDegrees";
        boolean timed = pos.has("epoch") || c.size() > 3;
        if (!timed) {
            triples(c, at);
            return;
        }
        if (!pos.has("epoch")) {
            problem(ptr, "time-tagged samples need an epoch");
        } else {
            instant(pos.get("epoch"), ptr + "/epoch");
        }
        if (c.size() % 4 != 0 || c.isEmpty()) {
            problem(
                    at,
                    "time-tagged cartographicDegrees are [t, lon, lat, h] groups: length must be a multiple of 4,"
                            + " got " + c.size());
            return;
        }
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.size(); i += 4) {
            if (!allNumbers(c, i, 4, at)) {
                return;
            }
            double t = c.get(i).asDouble();
            if (!(t > last)) {
                problem(at + "/" + i, "sample times must strictly increase, got " + t + " after " + last);
            }
            last = t;
            lonLat(c.get(i + 1).asDouble(), c.get(i + 2).asDouble(), at + "/" + (i + 1));
        }
        if (pos.has("interpolationAlgorithm")
                && !ALGORITHMS.contains(pos.get("interpolationAlgorithm").asString(""))) {
            problem(ptr + "/interpolationAlgorithm", "must be one of " + ALGORITHMS);
        }
        if (pos.has("interpolationDegree")
                && !(pos.get("interpolationDegree").isIntegralNumber()
                        && pos.get("interpolationDegree").asInt() >= 1)) {
            problem(ptr + "/interpolationDegree", "must be an integer >= 1");
        }
    }

    /** Checks a flat [lon, lat, h, ...] array; returns the number of positions, or -1 if malformed. */
    private int triples(JsonNode c, String ptr) {
        if (!c.isArray() || c.size() % 3 != 0 || c.isEmpty()) {
            problem(ptr, "cartographicDegrees are [lon, lat, h] groups: length must be a positive multiple of 3");
            return -1;
        }
        for (int i = 0; i < c.size(); i += 3) {
            if (!allNumbers(c, i, 3, ptr)) {
                return -1;
            }
            lonLat(c.get(i).asDouble(), c.get(i + 1).asDouble(), ptr + "/" + i);
        }
        return c.size() / 3;
    }

    private boolean allNumbers(JsonNode c, int from, int n, String ptr) {
        for (int k = from; k < from + n; k++) {
            if (!c.get(k).isNumber() || !Double.isFinite(c.get(k).asDouble())) {
                problem(ptr + "/" + k, "expected a finite number");
                return false;
            }
        }
        return true;
    }

    private void lonLat(double lon, double lat, String ptr) {
        if (!(lon >= -180 && lon <= 180)) {
            problem(ptr, "longitude " + lon + " is outside [-180, 180]");
        } else if (!(lat >= -90 && lat <= 90)) {
            problem(ptr, "latitude " + lat + " is outside [-90, 90] (cartographicDegrees are lon, lat, h)");
        } else if (region.isPresent() && !region.get().contains(lon, lat)) {
            problem(
                    ptr,
                    String.format(
                            Locale.ROOT,
                            "position (lon %s, lat %s) lies outside the expected region %s; latitude and"
                                    + " longitude swapped?",
                            lon,
                            lat,
                            region.get()));
        }
    }

    private Optional<Instant[]> interval(JsonNode n, String ptr) {
        if (!n.isString()) {
            problem(ptr, "an interval is an ISO-8601 'start/stop' string");
            return Optional.empty();
        }
        String[] parts = n.asString().split("/", -1);
        if (parts.length != 2) {
            problem(ptr, "an interval is 'start/stop', got '" + n.asString() + "'");
            return Optional.empty();
        }
        Optional<Instant> a = parse(parts[0], ptr);
        Optional<Instant> b = parse(parts[1], ptr);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        if (b.get().isBefore(a.get())) {
            problem(ptr, "interval stop " + parts[1] + " is before its start " + parts[0]);
            return Optional.empty();
        }
        return Optional.of(new Instant[] {a.get(), b.get()});
    }

    private Optional<Instant> instant(JsonNode n, String ptr) {
        if (!n.isString()) {
            problem(ptr, "expected an ISO-8601 instant string");
            return Optional.empty();
        }
        return parse(n.asString(), ptr);
    }

    private Optional<Instant> parse(String s, String ptr) {
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException e) {
            problem(ptr, "not an ISO-8601 UTC instant: '" + s + "'");
            return Optional.empty();
        }
    }

    private void problem(String ptr, String what) {
        problems.add((ptr.isEmpty() ? "/" : ptr) + ": " + what);
    }
}
