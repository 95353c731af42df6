package io.steeldome.interop.czml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.interop.geojson.GeoJsonValidator.Region;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class CzmlTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Region TURKEY = new Region(25.5, 35.5, 45.0, 42.5);
    private static final Instant EPOCH = Instant.parse("2026-11-25T06:00:00Z");
    /** Doğubayazıt, 39.547 N 44.084 E. */
    private static final GeodeticPoint TOWN = GeodeticPoint.ofDegrees(39.547, 44.084, 1625.5);

    private static Czml scene() {
        Czml c = new Czml("test", EPOCH, 0, 120, 10);
        c.packet("track-T1")
                .name("T1")
                .availability(10, 30)
                .position(
                        List.of(10.0, 20.0, 30.0),
                        List.of(
                                GeodeticPoint.ofDegrees(39.60, 44.30, 3000),
                                GeodeticPoint.ofDegrees(39.58, 44.20, 2500),
                                TOWN),
                        1)
                .point(new Czml.Rgba(255, 0, 0, 255), 8)
                .label("T1", new Czml.Rgba(255, 255, 255, 255))
                .path(new Czml.Rgba(255, 0, 0, 200), 2, 600)
                .properties(Map.of("kind", "track"));
        c.packet("asset-town")
                .polygon(
                        List.of(
                                GeodeticPoint.ofDegrees(39.53, 44.06),
                                GeodeticPoint.ofDegrees(39.53, 44.10),
                                GeodeticPoint.ofDegrees(39.56, 44.10),
                                GeodeticPoint.ofDegrees(39.56, 44.06)),
                        new Czml.Rgba(0, 0, 255, 80),
                        new Czml.Rgba(0, 0, 255, 255));
        c.packet("impact-1").position(TOWN).ellipse(300, 120, Math.toRadians(30), new Czml.Rgba(255, 128, 0, 100));
        c.packet("shot-1")
                .polyline(
                        List.of(TOWN, GeodeticPoint.ofDegrees(39.58, 44.20, 2500)),
                        new Czml.Rgba(0, 255, 0, 255),
                        2,
                        15,
                        20);
        return c;
    }

    @Test
    void documentPacketComesFirstWithAClock() {
        JsonNode doc = scene().toJson();
        JsonNode first = doc.get(0);
        assertThat(first.get("id").asString()).isEqualTo("document");
        assertThat(first.get("version").asString()).isEqualTo("1.0");
        assertThat(first.get("clock").get("interval").asString())
                .isEqualTo("2026-11-25T06:00:00Z/2026-11-25T06:02:00Z");
        assertThat(first.get("clock").get("currentTime").asString()).isEqualTo("2026-11-25T06:00:00Z");
        assertThat(first.get("clock").get("multiplier").asDouble()).isEqualTo(10);
        assertThat(first.get("clock").get("range").asString()).isEqualTo("LOOP_STOP");
        assertThat(doc).hasSize(5);
        assertThat(CzmlValidator.validate(doc, TURKEY)).isEmpty();
    }

    /** [t, lon, lat, h] groups, t in seconds since the position's epoch: the town's sample is lon 44.084, lat 39.547. */
    @Test
    void sampledPositionsAreTimeLonLatHeight() {
        JsonNode pos = scene().toJson().get(1).get("position");
        assertThat(pos.get("epoch").asString()).isEqualTo("2026-11-25T06:00:00Z");
        assertThat(pos.get("interpolationAlgorithm").asString()).isEqualTo("LAGRANGE");
        assertThat(pos.get("interpolationDegree").asInt()).isEqualTo(1);
        JsonNode c = pos.get("cartographicDegrees");
        assertThat(c).hasSize(12);
        assertThat(c.get(8).asDouble()).isEqualTo(30.0);
        assertThat(c.get(9).asDouble()).isEqualTo(44.084);
        assertThat(c.get(10).asDouble()).isEqualTo(39.547);
        assertThat(c.get(11).asDouble()).isEqualTo(1625.5);
        assertThat(scene().toJson().get(1).get("availability").asString())
                .isEqualTo("2026-11-25T06:00:10Z/2026-11-25T06:00:30Z");
    }

    @Test
    void polylineIsShownOnlyDuringItsInterval() {
        JsonNode show = scene().toJson().get(4).get("polyline").get("show");
        assertThat(show.toString())
                .isEqualTo("[{\"interval\":\"2026-11-25T06:00:00Z/2026-11-25T06:00:15Z\",\"boolean\":false},"
                        + "{\"interval\":\"2026-11-25T06:00:15Z/2026-11-25T06:00:20Z\",\"boolean\":true},"
                        + "{\"interval\":\"2026-11-25T06:00:20Z/2026-11-25T06:02:00Z\",\"boolean\":false}]");
    }

    /** CZML holes are a list of position lists, each [lon, lat, h] triples without the closing repeat. */
    @Test
    void polygonHolesAreListsOfTriples() {
        Czml c = new Czml("t", EPOCH, 0, 10, 1);
        List<GeodeticPoint> outer = List.of(
                GeodeticPoint.ofDegrees(39.4, 43.9),
                GeodeticPoint.ofDegrees(39.4, 44.3),
                GeodeticPoint.ofDegrees(39.7, 44.3),
                GeodeticPoint.ofDegrees(39.7, 43.9));
        List<GeodeticPoint> hole = List.of(
                GeodeticPoint.ofDegrees(39.5, 44.0),
                GeodeticPoint.ofDegrees(39.6, 44.0),
                GeodeticPoint.ofDegrees(39.6, 44.1),
                GeodeticPoint.ofDegrees(39.5, 44.1),
                GeodeticPoint.ofDegrees(39.5, 44.0));
        c.packet("p").polygon(outer, List.of(hole), new Czml.Rgba(0, 0, 0, 50), new Czml.Rgba(0, 0, 0, 255));
        JsonNode doc = c.toJson();
        JsonNode holes = doc.get(1).get("polygon").get("holes").get("cartographicDegrees");
        assertThat(holes).hasSize(1);
        assertThat(holes.get(0).toString()).isEqualTo("[44.0,39.5,0.0,44.0,39.6,0.0,44.1,39.6,0.0,44.1,39.5,0.0]");
        assertThat(CzmlValidator.validate(doc, TURKEY)).isEmpty();
    }

    @Test
    void builderRejectsBadInput() {
        Czml c = new Czml("t", EPOCH, 0, 10, 1);
        assertThatThrownBy(() -> c.packet("document")).hasMessageContaining("unique");
        c.packet("a");
        assertThatThrownBy(() -> c.packet("a")).hasMessageContaining("unique");
        assertThatThrownBy(() -> c.packet("b").position(List.of(2.0, 1.0), List.of(TOWN, TOWN), 1))
                .hasMessageContaining("increase");
        assertThatThrownBy(() -> c.packet("e").ellipse(100, 200, 0, new Czml.Rgba(0, 0, 0, 0)))
                .hasMessageContaining("semiMajor");
        assertThatThrownBy(() -> new Czml("t", EPOCH, 10, 0, 1)).hasMessageContaining("start <= stop");
    }

    /** The validator can fail: each mutation of a valid scene is reported where it was made. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            document not first   | /0/id: the first packet must have id 'document'
            duplicate id         | /3/id: id 'track-T1' is used by an earlier packet
            swapped lat lon      | /1/position/cartographicDegrees/1: position (lon 39.6, lat 44.3)
            length not 4k        | /1/position/cartographicDegrees: time-tagged cartographicDegrees are [t, lon, lat, h] groups
            times not monotone   | /1/position/cartographicDegrees/4: sample times must strictly increase
            reversed interval    | /1/availability: interval stop
            bad clock time       | /0/clock/currentTime: currentTime lies outside the clock interval
            ellipse axes         | /3/ellipse: an ellipse needs semiMajorAxis >= semiMinorAxis > 0
            polygon triples      | /2/polygon/positions/cartographicDegrees: cartographicDegrees are [lon, lat, h] groups
            """)
    void validatorFlagsMutations(String mutation, String expected) {
        ArrayNode doc = (ArrayNode) scene().toJson().deepCopy();
        ArrayNode track = (ArrayNode) doc.get(1).get("position").get("cartographicDegrees");
        switch (mutation) {
            case "document not first" -> {
                JsonNode d = doc.remove(0);
                doc.add(d);
            }
            case "duplicate id" -> ((ObjectNode) doc.get(3)).put("id", "track-T1");
            case "swapped lat lon" -> {
                double lon = track.get(1).asDouble();
                track.set(1, track.get(2));
                track.set(2, JSON.getNodeFactory().numberNode(lon));
            }
            case "length not 4k" -> track.remove(track.size() - 1);
            case "times not monotone" -> track.set(4, JSON.getNodeFactory().numberNode(5.0));
            case "reversed interval" ->
                ((ObjectNode) doc.get(1)).put("availability", "2026-11-25T06:00:30Z/2026-11-25T06:00:10Z");
            case "bad clock time" -> ((ObjectNode) doc.get(0).get("clock")).put("currentTime", "2026-11-26T00:00:00Z");
            case "ellipse axes" -> ((ObjectNode) doc.get(3).get("ellipse")).put("semiMinorAxis", 900.0);
            case "polygon triples" ->
                ((ArrayNode) doc.get(2).get("polygon").get("positions").get("cartographicDegrees")).remove(0);
            default -> throw new IllegalArgumentException(mutation);
        }
        assertThat(CzmlValidator.validate(doc, TURKEY))
                .as(mutation)
                .anySatisfy(p -> assertThat(p).startsWith(expected));
    }
}
