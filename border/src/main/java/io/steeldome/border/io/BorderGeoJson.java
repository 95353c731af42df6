package io.steeldome.border.io;

import io.steeldome.border.BorderError;
import io.steeldome.border.geometry.BorderLine;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads border lines from GeoJSON (RFC 7946: positions are [longitude, latitude(, height)] in WGS-84 degrees): a
 * LineString, a MultiLineString, a Feature holding either, or a FeatureCollection of such Features. Other geometry
 * types are errors. The parts of a MultiLineString are chained end to end where their ends meet (within
 * {@value #JOIN_TOLERANCE_M} m, turning parts round as needed: Natural Earth stores a border as such pieces); parts
 * that do not meet become lines of their own.
 *
 * <p>Errors are {@link BorderError#BAD_GEOJSON} and say where: the line and column for malformed JSON, the JSON
 * pointer (e.g. {@code /features/2/geometry/coordinates/17}) for content that is not a usable border.
 *
 * <p>Line ids: the Feature's {@code id} property, else its top-level {@code id}, else its {@code name} property, else
 * the source name with the feature index; a suffix {@code #k} numbers the separate lines of one Feature.
 */
public final class BorderGeoJson {
    static final double JOIN_TOLERANCE_M = 1.0;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private BorderGeoJson() {}

    /** The Natural Earth 10m Turkey-Iran line (440.5 km), Turkey on its left; see the bundled PROVENANCE.md. */
    public static BorderLine turkeyIran() {
        return bundled("turkey_iran.geojson");
    }

    /** The Natural Earth 10m Iraq-Turkey line (291.0 km), Turkey on its left; see the bundled PROVENANCE.md. */
    public static BorderLine iraqTurkey() {
        return bundled("iraq_turkey.geojson");
    }

    private static BorderLine bundled(String resource) {
        try (InputStream in = BorderGeoJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SteeldomeException(BorderError.UNREADABLE, resource, "missing resource");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource)
                    .get(0);
        } catch (IOException e) {
            throw new SteeldomeException(e, BorderError.UNREADABLE, resource, e.toString());
        }
    }

    /** Reads every border line in a file. */
    public static List<BorderLine> read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SteeldomeException(e, BorderError.UNREADABLE, file, e.toString());
        }
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        return parse(json, name);
    }

    /**
     * Reads every border line in a GeoJSON text.
     *
     * @param source the name errors and default ids use (e.g. the file name)
     */
    public static List<BorderLine> parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String where = loc == null ? "?" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new SteeldomeException(
                    e, BorderError.BAD_GEOJSON, source, where, "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw bad(source, "/", "expected a GeoJSON object");
        }
        String stem = source.replaceFirst("\\.(geo)?json$", "");
        List<BorderLine> out = new ArrayList<>();
        String type = root.path("type").asString("");
        switch (type) {
            case "FeatureCollection" -> {
                JsonNode features = root.path("features");
                if (!features.isArray()) {
                    throw bad(source, "/features", "a FeatureCollection needs a 'features' array");
                }
                for (int i = 0; i < features.size(); i++) {
                    feature(features.get(i), "/features/" + i, source, stem + "-" + (i + 1), out);
                }
            }
            case "Feature" -> feature(root, "", source, stem, out);
            case "LineString", "MultiLineString" -> out.addAll(lines(root, "", source, stem, stem));
            default ->
                throw bad(
                        source,
                        "/type",
                        "expected LineString, MultiLineString, Feature or FeatureCollection, found '" + type + "'");
        }
        if (out.isEmpty()) {
            throw bad(source, "/", "no border line in the file");
        }
        return List.copyOf(out);
    }

    private static void feature(JsonNode f, String ptr, String source, String fallbackId, List<BorderLine> out) {
        if (!"Feature".equals(f.path("type").asString(""))) {
            throw bad(source, ptr + "/type", "expected a Feature");
        }
        JsonNode props = f.path("properties");
        String id = text(props.path("id"))
                .orElse(text(f.path("id")).orElse(text(props.path("name")).orElse(fallbackId)));
        String name = text(props.path("name")).orElse(id);
        JsonNode g = f.path("geometry");
        if (!g.isObject()) {
            throw bad(source, ptr + "/geometry", "the Feature has no geometry");
        }
        out.addAll(lines(g, ptr + "/geometry", source, id, name));
    }

    private static java.util.Optional<String> text(JsonNode n) {
        return n.isString() || n.isNumber()
                ? java.util.Optional.of(n.asString()).filter(s -> !s.isBlank())
                : java.util.Optional.empty();
    }

    private static List<BorderLine> lines(JsonNode g, String ptr, String source, String id, String name) {
        String type = g.path("type").asString("");
        JsonNode coords = g.path("coordinates");
        if (!coords.isArray()) {
            throw bad(source, ptr + "/coordinates", "no 'coordinates' array");
        }
        List<List<GeodeticPoint>> parts = new ArrayList<>();
        switch (type) {
            case "LineString" -> parts.add(positions(coords, ptr + "/coordinates", source));
            case "MultiLineString" -> {
                for (int k = 0; k < coords.size(); k++) {
                    JsonNode part = coords.get(k);
                    if (!part.isArray()) {
                        throw bad(source, ptr + "/coordinates/" + k, "a MultiLineString part must be an array");
                    }
                    parts.add(positions(part, ptr + "/coordinates/" + k, source));
                }
            }
            default ->
                throw bad(
                        source,
                        ptr + "/type",
                        "a border must be a LineString or MultiLineString, found '" + type + "'");
        }
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k).size() < 2) {
                throw bad(
                        source,
                        ptr + "/coordinates" + (type.equals("LineString") ? "" : "/" + k),
                        "a line needs at least 2 positions, got " + parts.get(k).size());
            }
        }
        List<List<GeodeticPoint>> chains = chain(parts);
        List<BorderLine> out = new ArrayList<>();
        for (int k = 0; k < chains.size(); k++) {
            String lineId = chains.size() == 1 ? id : id + "#" + (k + 1);
            try {
                out.add(BorderLine.of(lineId, name, chains.get(k)));
            } catch (SteeldomeException e) {
                throw new SteeldomeException(e, BorderError.BAD_GEOJSON, source, ptr + "/coordinates", e.getMessage());
            }
        }
        return out;
    }

    private static List<GeodeticPoint> positions(JsonNode arr, String ptr, String source) {
        List<GeodeticPoint> out = new ArrayList<>(arr.size());
        for (int i = 0; i < arr.size(); i++) {
            JsonNode p = arr.get(i);
            String at = ptr + "/" + i;
            if (!p.isArray()
                    || p.size() < 2
                    || p.size() > 3
                    || !p.get(0).isNumber()
                    || !p.get(1).isNumber()) {
                throw bad(
                        source,
                        at,
                        "a position must be [longitude, latitude] or [longitude, latitude, height] numbers, got " + p);
            }
            double lon = p.get(0).doubleValue();
            double lat = p.get(1).doubleValue();
            if (!(lat >= -90 && lat <= 90)) {
                throw bad(
                        source,
                        at,
                        String.format(
                                Locale.ROOT,
                                "latitude %s is outside [-90, 90] (RFC 7946 positions are [longitude, latitude])",
                                lat));
            }
            if (!(lon >= -180 && lon <= 180)) {
                throw bad(source, at, String.format(Locale.ROOT, "longitude %s is outside [-180, 180]", lon));
            }
            out.add(GeodeticPoint.ofDegrees(lat, lon));
        }
        return out;
    }

    /** Joins parts whose ends meet into as few chains as possible, greedily from the first part. */
    static List<List<GeodeticPoint>> chain(List<List<GeodeticPoint>> parts) {
        List<List<GeodeticPoint>> left = new ArrayList<>(parts);
        List<List<GeodeticPoint>> chains = new ArrayList<>();
        while (!left.isEmpty()) {
            List<GeodeticPoint> c = new ArrayList<>(left.remove(0));
            boolean grown = true;
            while (grown) {
                grown = false;
                for (int k = 0; k < left.size(); k++) {
                    List<GeodeticPoint> p = left.get(k);
                    GeodeticPoint head = c.get(0);
                    GeodeticPoint tail = c.get(c.size() - 1);
                    if (meet(tail, p.get(0))) {
                        c.addAll(p.subList(1, p.size()));
                    } else if (meet(tail, p.get(p.size() - 1))) {
                        List<GeodeticPoint> r = new ArrayList<>(p);
                        Collections.reverse(r);
                        c.addAll(r.subList(1, r.size()));
                    } else if (meet(head, p.get(p.size() - 1))) {
                        c.addAll(0, p.subList(0, p.size() - 1));
                    } else if (meet(head, p.get(0))) {
                        List<GeodeticPoint> r = new ArrayList<>(p);
                        Collections.reverse(r);
                        c.addAll(0, r.subList(0, r.size() - 1));
                    } else {
                        continue;
                    }
                    left.remove(k);
                    grown = true;
                    break;
                }
            }
            chains.add(c);
        }
        return chains;
    }

    private static boolean meet(GeodeticPoint a, GeodeticPoint b) {
        return Geodesy.distanceM(a, b) <= JOIN_TOLERANCE_M;
    }

    private static SteeldomeException bad(String source, String pointer, String what) {
        return new SteeldomeException(BorderError.BAD_GEOJSON, source, pointer.isEmpty() ? "/" : pointer, what);
    }
}
