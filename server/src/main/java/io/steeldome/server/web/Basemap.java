package io.steeldome.server.web;

import io.steeldome.server.api.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The web map's basemap: the Turkey–Iran and Iraq–Turkey land boundaries the border module ships (see its
 * PROVENANCE.md), merged into one GeoJSON FeatureCollection. Read once; the map needs no tile server.
 */
public final class Basemap {
    private static final List<String> LINES =
            List.of("/io/steeldome/border/io/turkey_iran.geojson", "/io/steeldome/border/io/iraq_turkey.geojson");

    private final String json;

    private Basemap(String json) {
        this.json = json;
    }

    /** Loads the bundled border lines from the classpath. */
    public static Basemap load() {
        ObjectNode fc = Json.MAPPER.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (String path : LINES) {
            try (InputStream in = Basemap.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " missing from the classpath");
                }
                JsonNode doc = Json.MAPPER.readTree(in);
                doc.path("features").forEach(features::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Basemap(Json.MAPPER.writeValueAsString(fc));
    }

    /** The FeatureCollection as JSON text. */
    public String geoJson() {
        return json;
    }
}
