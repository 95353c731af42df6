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
}
