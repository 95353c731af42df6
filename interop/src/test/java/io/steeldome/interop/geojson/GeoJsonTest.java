package io.steeldome.interop.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GeoJsonTest {
    @Test
    void positionsAreLongitudeFirst() {
        JsonNode fc = new GeoJson()
                .point(GeodeticPoint.ofDegrees(39.547, 44.084, 1625.5), true, Map.of("id", "town"))
                .toJson();
        JsonNode f = fc.get("features").get(0);
        assertThat(fc.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(f.get("type").asString()).isEqualTo("Feature");
        assertThat(f.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(44.084);
        assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(39.547);
        assertThat(f.get("geometry").get("coordinates").get(2).asDouble()).isEqualTo(1625.5);
        assertThat(f.get("properties").get("id").asString()).isEqualTo("town");
    }

    /** RFC 7946 section 3.1.6: exterior rings are closed and counter-clockwise; a clockwise input is reversed. */
    @Test
    void polygonRingIsClosedAndCounterClockwise() {
        List<GeodeticPoint> clockwise = List.of(
                GeodeticPoint.ofDegrees(39.0, 44.0),
                GeodeticPoint.ofDegrees(39.1, 44.1),
                GeodeticPoint.ofDegrees(39.0, 44.2));
        JsonNode ring = new GeoJson()
                .polygon(clockwise, Map.of())
                .toJson()
                .get("features")
                .get(0)
                .get("geometry")
                .get("coordinates")
                .get(0);
        assertThat(ring).hasSize(4);
        assertThat(ring.get(0)).isEqualTo(ring.get(3));
        // counter-clockwise in (lon, lat): the shoelace sum is positive
        double s = 0;
        for (int i = 0; i < 3; i++) {
            s += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        assertThat(s).isPositive();
        assertThat(ring.get(0).get(0).asDouble()).isEqualTo(44.2);
        assertThat(ring.get(1).get(0).asDouble()).isEqualTo(44.1);
        assertThat(ring.get(2).get(0).asDouble()).isEqualTo(44.0);
    }

    @Test
    void rejectsDegenerateGeometry() {
        GeoJson g = new GeoJson();
        GeodeticPoint p = GeodeticPoint.ofDegrees(1, 2);
        assertThatThrownBy(() -> g.lineString(List.of(p), false, Map.of())).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> g.polygon(List.of(p, p, p), Map.of())).hasMessageContaining("at least 3");
    }

    /** Leaflet.TimeDimension's convention: properties.times, one ISO-8601 instant per vertex. */
    @Test
    void timedLineCarriesOneIsoTimePerVertex() {
        JsonNode f = new GeoJson()
                .timedLineString(
                        "T1",
                        List.of(GeodeticPoint.ofDegrees(39.5, 44.0, 1000), GeodeticPoint.ofDegrees(39.6, 44.1, 1200)),
                        List.of(2.0, 4.5),
                        java.time.Instant.parse("2026-11-25T06:00:00Z"),
                        Map.of("kind", "track"))
                .toJson()
                .get("features")
                .get(0);
        assertThat(f.get("id").asString()).isEqualTo("T1");
        assertThat(f.get("properties").get("kind").asString()).isEqualTo("track");
        assertThat(f.get("properties").get("times").toString())
                .isEqualTo("[\"2026-11-25T06:00:02Z\",\"2026-11-25T06:00:04.500Z\"]");
        assertThat(f.get("properties").get("times_s").toString()).isEqualTo("[2.0,4.5]");
        assertThat(f.get("geometry").get("coordinates").get(1).toString()).isEqualTo("[44.1,39.6,1200.0]");
    }

    @Test
    void timedLineRejectsMismatchedOrDecreasingTimes() {
        GeoJson g = new GeoJson();
        List<GeodeticPoint> two = List.of(GeodeticPoint.ofDegrees(39.5, 44.0), GeodeticPoint.ofDegrees(39.6, 44.1));
        java.time.Instant e = java.time.Instant.EPOCH;
        assertThatThrownBy(() -> g.timedLineString("a", two, List.of(1.0), e, Map.of()))
                .hasMessageContaining("one time per position");
        assertThatThrownBy(() -> g.timedLineString("a", two, List.of(2.0, 1.0), e, Map.of()))
                .hasMessageContaining("non-decreasing");
    }

    /** RFC 7946 section 3.1.6: holes are clockwise, whatever the input orientation. */
    @Test
    void holesAreClockwise() {
        List<GeodeticPoint> outer = List.of(
                GeodeticPoint.ofDegrees(0, 100),
                GeodeticPoint.ofDegrees(0, 101),
                GeodeticPoint.ofDegrees(1, 101),
                GeodeticPoint.ofDegrees(1, 100));
        List<GeodeticPoint> ccwHole = List.of(
                GeodeticPoint.ofDegrees(0.2, 100.2), GeodeticPoint.ofDegrees(0.2, 100.8),
                GeodeticPoint.ofDegrees(0.8, 100.8), GeodeticPoint.ofDegrees(0.8, 100.2));
        JsonNode rings = new GeoJson()
                .polygon("p", new GeoJson.Rings(outer, List.of(ccwHole)), Map.of())
                .toJson()
                .get("features")
                .get(0)
                .get("geometry")
                .get("coordinates");
        // the input reversed (clockwise: east along the top, then south, west and north) and closed
        assertThat(rings.get(1).toString()).isEqualTo("[[100.2,0.8],[100.8,0.8],[100.8,0.2],[100.2,0.2],[100.2,0.8]]");
        assertThat(rings.get(0).toString()).isEqualTo("[[100.0,0.0],[101.0,0.0],[101.0,1.0],[100.0,1.0],[100.0,0.0]]");
    }

    @Test
    void featureIdsAreUnique() {
        GeoJson g = new GeoJson().point("a", GeodeticPoint.ofDegrees(1, 2), false, Map.of());
        assertThatThrownBy(() -> g.point("a", GeodeticPoint.ofDegrees(1, 2), false, Map.of()))
                .hasMessageContaining("unique");
        assertThat(g.toJson().has("bbox")).isFalse();
        assertThat(g.toJson().has("crs")).isFalse();
    }
}
