package io.steeldome.interop.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.interop.geojson.GeoJsonValidator.Region;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonValidatorTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Turkey's extent, rounded outwards from Natural Earth's admin-0 polygon (25.66-44.82 E, 35.82-42.14 N). */
    static final Region TURKEY = new Region(25.5, 35.5, 45.0, 42.5);

    private static JsonNode json(String s) {
        return JSON.readTree(s);
    }

    /** The examples of RFC 7946 itself (section 1.5 and appendix A.3) are valid. */
    @Test
    void acceptsTheRfcExamples() {
        JsonNode section15 = json("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [102.0, 0.5]},
                   "properties": {"prop0": "value0"}},
                  {"type": "Feature", "geometry": {"type": "LineString",
                     "coordinates": [[102.0, 0.0], [103.0, 1.0], [104.0, 0.0], [105.0, 1.0]]},
                   "properties": {"prop0": "value0", "prop1": 0.0}},
                  {"type": "Feature", "geometry": {"type": "Polygon",
                     "coordinates": [[[100.0, 0.0], [101.0, 0.0], [101.0, 1.0], [100.0, 1.0], [100.0, 0.0]]]},
                   "properties": {"prop0": "value0", "prop1": {"this": "that"}}}]}
                """);
        JsonNode withHole = json("""
                {"type": "Polygon", "coordinates": [
                  [[100.0, 0.0], [101.0, 0.0], [101.0, 1.0], [100.0, 1.0], [100.0, 0.0]],
                  [[100.8, 0.8], [100.8, 0.2], [100.2, 0.2], [100.2, 0.8], [100.8, 0.8]]]}
                """);
        JsonNode multiPolygon = json("""
                {"type": "MultiPolygon", "coordinates": [
                  [[[102.0, 2.0], [103.0, 2.0], [103.0, 3.0], [102.0, 3.0], [102.0, 2.0]]],
                  [[[100.0, 0.0], [101.0, 0.0], [101.0, 1.0], [100.0, 1.0], [100.0, 0.0]],
                   [[100.2, 0.2], [100.2, 0.8], [100.8, 0.8], [100.8, 0.2], [100.2, 0.2]]]]}
                """);
        assertThat(GeoJsonValidator.validate(section15)).isEmpty();
        assertThat(GeoJsonValidator.validate(withHole)).isEmpty();
        assertThat(GeoJsonValidator.validate(multiPolygon)).isEmpty();
    }

    /**
     * Natural Earth's Turkey-Iran border, as bundled in the border module, lies in Turkey's box and is well formed,
     * but was written in the 2008 GeoJSON dialect: its {@code crs} member (CRS84) is the one thing RFC 7946 rejects.
     */
    @Test
    void acceptsTheBundledNaturalEarthBorder() throws IOException {
        try (InputStream in = io.steeldome.border.io.BorderGeoJson.class.getResourceAsStream("turkey_iran.geojson")) {
            assertThat(in).isNotNull();
            JsonNode border = json(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(border.get("crs").toString()).contains("CRS84");
            assertThat(GeoJsonValidator.validate(border, TURKEY))
                    .containsExactly("/crs: RFC 7946 has no 'crs' member: coordinates are always WGS-84 longitude,"
                            + " latitude");
        }
    }

    /**
     * A point in Turkey (39.9 N, 44.0 E) written latitude first passes the RFC's range checks (both numbers are
     * valid longitudes and latitudes) and is caught only by the domain check: [39.9, 44.0] read as lon/lat is at
     * 44.0 N, north of Turkey.
     */
    @Test
    void swappedLatitudeAndLongitudeIsCaughtByTheRegion() {
        JsonNode right = new GeoJson()
                .point("p", GeodeticPoint.ofDegrees(39.9, 44.0), false, Map.of())
                .toJson();
        JsonNode swapped = json("""
                {"type": "FeatureCollection", "features": [{"type": "Feature", "id": "p",
                  "geometry": {"type": "Point", "coordinates": [39.9, 44.0]}, "properties": {}}]}
                """);
        assertThat(right.get("features")
                        .get(0)
                        .get("geometry")
                        .get("coordinates")
                        .get(0)
                        .asDouble())
                .isEqualTo(44.0);
        assertThat(GeoJsonValidator.validate(right, TURKEY)).isEmpty();
        assertThat(GeoJsonValidator.validate(swapped)).isEmpty();
        assertThat(GeoJsonValidator.validate(swapped, TURKEY))
                .singleElement()
                .asString()
                .startsWith("/features/0/geometry/coordinates: ")
                .contains("swapped");
    }

    @Test
    void clockwiseExteriorAndCounterClockwiseHoleAreFlagged() {
        JsonNode cw = json("""
                {"type": "Polygon", "coordinates": [
                  [[100.0, 0.0], [100.0, 1.0], [101.0, 1.0], [101.0, 0.0], [100.0, 0.0]]]}
                """);
        JsonNode ccwHole = json("""
                {"type": "Polygon", "coordinates": [
                  [[100.0, 0.0], [101.0, 0.0], [101.0, 1.0], [100.0, 1.0], [100.0, 0.0]],
                  [[100.2, 0.2], [100.8, 0.2], [100.8, 0.8], [100.2, 0.8], [100.2, 0.2]]]}
                """);
        assertThat(GeoJsonValidator.validate(cw))
                .containsExactly("/coordinates/0: the exterior ring must be counter-clockwise (right-hand rule,"
                        + " section 3.1.6)");
        assertThat(GeoJsonValidator.validate(ccwHole))
                .containsExactly("/coordinates/1: a hole must be clockwise (right-hand rule, section 3.1.6)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            open ring          | {"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}                 | /coordinates/0: a ring must be closed
            three positions    | {"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}                       | /coordinates/0: a ring needs at least 4
            too shallow        | {"type":"Polygon","coordinates":[[0,0],[1,0],[1,1],[0,0]]}                   | /coordinates/0/0: a position is
            too deep           | {"type":"Point","coordinates":[[44.0,39.9]]}                                 | /coordinates: a position is
            four numbers       | {"type":"Point","coordinates":[44.0,39.9,10,5]}                              | /coordinates: a position is
            one number         | {"type":"Point","coordinates":[44.0]}                                        | /coordinates: a position is
            latitude too big   | {"type":"Point","coordinates":[44.0,91]}                                     | /coordinates/1: latitude 91.0
            longitude too big  | {"type":"Point","coordinates":[181,39.9]}                                    | /coordinates/0: longitude 181.0
            short line         | {"type":"LineString","coordinates":[[44.0,39.9]]}                            | /coordinates: a LineString needs at least 2
            antimeridian       | {"type":"LineString","coordinates":[[179.5,10],[-179.5,10]]}                 | /coordinates/1: a step of more than 180
            crs member         | {"type":"Point","coordinates":[44,39],"crs":{"type":"name"}}                 | /crs: RFC 7946 has no 'crs'
            no properties      | {"type":"Feature","geometry":{"type":"Point","coordinates":[44,39]}}         | /: a Feature needs a 'properties'
            no geometry        | {"type":"Feature","properties":{}}                                           | /: a Feature needs a 'geometry'
            bad type           | {"type":"Circle","coordinates":[44,39]}                                      | /type: not a GeoJSON type
            bbox misses        | {"type":"Point","coordinates":[44,39],"bbox":[40,35,43,38]}                  | /bbox: position [44,39] lies outside
            duplicate ids      | {"type":"FeatureCollection","features":[{"type":"Feature","id":"a","geometry":null,"properties":null},{"type":"Feature","id":"a","geometry":null,"properties":null}]} | /features/1/id: id 'a' is used
            """)
    void flagsStructuralErrors(String name, String geojson, String expected) {
        List<String> problems = GeoJsonValidator.validate(json(geojson));
        assertThat(problems).as(name).anySatisfy(p -> assertThat(p).startsWith(expected));
    }

    /** What the builder writes passes: ids, holes, multi-geometries, timed lines and the bbox. */
    @Test
    void theBuilderWritesValidGeoJson() {
        GeodeticPoint a = GeodeticPoint.ofDegrees(39.50, 44.00, 1600);
        GeodeticPoint b = GeodeticPoint.ofDegrees(39.60, 44.10, 1700);
        GeodeticPoint c = GeodeticPoint.ofDegrees(39.50, 44.20, 1650);
        List<GeodeticPoint> square = List.of(
                GeodeticPoint.ofDegrees(39.4, 43.9),
                GeodeticPoint.ofDegrees(39.7, 43.9),
                GeodeticPoint.ofDegrees(39.7, 44.3),
                GeodeticPoint.ofDegrees(39.4, 44.3));
        List<GeodeticPoint> hole = List.of(
                GeodeticPoint.ofDegrees(39.5, 44.0),
                GeodeticPoint.ofDegrees(39.5, 44.1),
                GeodeticPoint.ofDegrees(39.6, 44.1),
                GeodeticPoint.ofDegrees(39.6, 44.0));
        JsonNode fc = new GeoJson()
                .withBbox()
                .point("pt", a, true, Map.of())
                .multiPoint("mp", List.of(a, b), true, Map.of())
                .lineString("ln", List.of(a, b, c), true, Map.of())
                .timedLineString(
                        "tl", List.of(a, b, c), List.of(0.0, 1.5, 3.0), java.time.Instant.EPOCH, Map.of("kind", "x"))
                .polygon("pg", new GeoJson.Rings(square, List.of(hole)), Map.of())
                .multiPolygon("mpg", List.of(GeoJson.Rings.of(square)), Map.of())
                .toJson();
        assertThat(GeoJsonValidator.validate(fc, TURKEY)).isEmpty();
        assertThat(fc.get("bbox").toString()).isEqualTo("[43.9,39.4,44.3,39.7]");
    }
}
