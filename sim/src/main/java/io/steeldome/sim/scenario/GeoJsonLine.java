package io.steeldome.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one line from GeoJSON (RFC 7946: positions are [longitude, latitude(, height)] in WGS-84 degrees): a
 * LineString geometry, a Feature with one, or a FeatureCollection of exactly one such Feature.
 */
final class GeoJsonLine {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The GeoJSON cannot be used; the message says why. */
    static final class FormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FormatException(String message) {
            super(message);
        }
    }

    private GeoJsonLine() {}

    /** The line as {@code [latDeg, lonDeg]} pairs, in file order; ranges are not checked here. */
    static List<double[]> read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new FormatException("not valid JSON: " + e.getOriginalMessage());
        }
        return coordinates(lineString(root));
    }

    private static JsonNode lineString(JsonNode node) {
        String type = node.path("type").asString("");
        switch (type) {
            case "FeatureCollection" -> {
                JsonNode features = node.path("features");
                if (!features.isArray() || features.size() != 1) {
                    throw new FormatException("a FeatureCollection must hold exactly one Feature with a LineString,"
                            + " found " + (features.isArray() ? features.size() : 0) + " features");
                }
                return lineString(features.get(0));
            }
            case "Feature" -> {
                return lineString(node.path("geometry"));
            }
            case "LineString" -> {
                return node;
            }
            default ->
                throw new FormatException("expected a LineString (or a Feature or FeatureCollection with one),"
                        + " found type '" + type + "'");
        }
    }

    private static List<double[]> coordinates(JsonNode lineString) {
        JsonNode coordinates = lineString.path("coordinates");
        if (!coordinates.isArray()) {
            throw new FormatException("the LineString has no 'coordinates' array");
        }
        List<double[]> line = new ArrayList<>(coordinates.size());
        for (int i = 0; i < coordinates.size(); i++) {
            JsonNode position = coordinates.get(i);
            if (!position.isArray()
                    || position.size() < 2
                    || position.size() > 3
                    || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                throw new FormatException(
                        "coordinate " + i + " is not a [longitude, latitude] pair of numbers: " + position);
            }
            line.add(
                    new double[] {position.get(1).doubleValue(), position.get(0).doubleValue()});
        }
        return line;
    }
}
