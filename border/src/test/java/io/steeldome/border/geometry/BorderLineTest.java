package io.steeldome.border.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.border.io.BorderGeoJson;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class BorderLineTest {
    /** Natural Earth 10m lengths from shared/data/borders/README.md (Vincenty): 440.516 km and 291.017 km. */
    @Test
    void naturalEarthLengthsMatchThePublishedMeasurement() {
        assertThat(BorderGeoJson.turkeyIran().lengthM() / 1000).isCloseTo(440.5, within(0.1));
        assertThat(BorderGeoJson.iraqTurkey().lengthM() / 1000).isCloseTo(291.0, within(0.1));
        // The README's three-decimal figures, within GeographicLib vs Vincenty (< 1 m over these lines).
        assertThat(BorderGeoJson.turkeyIran().lengthM()).isCloseTo(440_516, within(1.0));
        assertThat(BorderGeoJson.iraqTurkey().lengthM()).isCloseTo(291_017, within(1.0));
    }

    @Test
    void bundledLinesRunAsTheReadmeSays() {
        BorderLine ti = BorderGeoJson.turkeyIran();
        assertThat(ti.vertices()).hasSize(206);
        assertThat(ti.vertices().get(0).lonDeg()).isCloseTo(44.7661, within(1e-4));
        assertThat(ti.vertices().get(0).latDeg()).isCloseTo(37.1419, within(1e-4));
        BorderLine it = BorderGeoJson.iraqTurkey();
        assertThat(it.vertices()).hasSize(103);
        // The shared tripoint is bit-identical.
        assertThat(it.vertices().get(it.vertices().size() - 1))
                .isEqualTo(ti.vertices().get(0));
    }

    /**
     * GeodSolve -i -p 9 on 38 44 39 44.5 gives s12 = 116082.627... m (GeographicLib 2.x, recorded once); a point 50 km
     * along that geodesic, by GeodSolve -L 38 44 azi1 then 50000, lies on the line at 50 km.
     */
    @Test
    void pointAtInterpolatesOnTheGeodesic() {
        GeodeticPoint a = GeodeticPoint.ofDegrees(38, 44);
        GeodeticPoint b = GeodeticPoint.ofDegrees(39, 44.5);
        BorderLine l = BorderLine.of("t", "t", List.of(a, b));
        assertThat(l.lengthM()).isCloseTo(Geodesy.distanceM(a, b), within(1e-6));
        GeodeticPoint p = l.pointAt(50_000);
        assertThat(Geodesy.distanceM(a, p)).isCloseTo(50_000, within(1e-6));
        assertThat(Geodesy.distanceM(p, b)).isCloseTo(l.lengthM() - 50_000, within(1e-6));
    }

    @Test
    void subLineKeepsTheLengthBetweenItsCuts() {
        BorderLine ti = BorderGeoJson.turkeyIran();
        BorderLine part = ti.part("p", 123_456.7, 234_567.8);
        assertThat(part.lengthM()).isCloseTo(234_567.8 - 123_456.7, within(1e-3));
    }
}
