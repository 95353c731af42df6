package io.steeldome.interop.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.Crs;
import io.steeldome.core.terrain.GridGeometry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GridOutlineTest {
    /** 0.01 degree cells, north-west corner at 44.00 E, 40.00 N. */
    private static final GridGeometry GEO = new GridGeometry(Crs.Geographic.WGS84, 44.0, 40.0, 0.01, 0.01, 5, 4);

    private static boolean[][] cells(String... rows) {
        boolean[][] b = new boolean[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            b[r] = new boolean[rows[r].length()];
            for (int c = 0; c < rows[r].length(); c++) {
                b[r][c] = rows[r].charAt(c) == '#';
            }
        }
        return b;
    }

    /** A ring of eight cells around an empty one: one polygon whose hole is exactly the middle cell. */
    @Test
    void ringOfCellsGivesAPolygonWithAHole() {
        boolean[][] in = cells("###..", "#.#..", "###..", ".....");
        List<GeoJson.Rings> p = GridOutline.polygons(GEO, (r, c) -> in[r][c], 0);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).holes()).hasSize(1);
        // exterior: the 3 x 3 block, 44.00-44.03 E, 39.97-40.00 N; hole: cell (1, 1), 44.01-44.02 E, 39.98-39.99 N
        assertBox(p.get(0).exterior(), 44.00, 39.97, 44.03, 40.00);
        assertBox(p.get(0).holes().get(0), 44.01, 39.98, 44.02, 39.99);

        JsonNode fc = new GeoJson().multiPolygon("cov", p, Map.of()).toJson();
        assertThat(GeoJsonValidator.validate(fc, GeoJsonValidatorTest.TURKEY)).isEmpty();
    }

    @Test
    void separateBlobsGiveSeparatePolygonsAndNothingGivesNothing() {
        boolean[][] in = cells("##...", "##...", "....#", "....#");
        assertThat(GridOutline.polygons(GEO, (r, c) -> in[r][c], 0)).hasSize(2);
        assertThat(GridOutline.polygons(GEO, (r, c) -> false, 0)).isEmpty();
    }

    /** Simplifying by a cell turns a 2-cell staircase into a straight diagonal edge without losing the shape. */
    @Test
    void simplificationRemovesTheStaircase() {
        boolean[][] in = cells("#....", "##...", "###..", "####.");
        List<GeoJson.Rings> raw = GridOutline.polygons(GEO, (r, c) -> in[r][c], 0);
        List<GeoJson.Rings> smooth = GridOutline.polygons(GEO, (r, c) -> in[r][c], 1.0);
        assertThat(raw.get(0).exterior()).hasSize(11); // 10 corners of the staircase, closed
        assertThat(smooth.get(0).exterior().size())
                .isLessThan(raw.get(0).exterior().size());
        assertBox(smooth.get(0).exterior(), 44.00, 39.96, 44.04, 40.00);
    }

    /**
     * A UTM grid's corners come out in WGS-84 degrees. Expected values from GeographicLib: {@code echo "38n 500000
     * 4400000" | GeoConvert -p 7} gives 39.749907519 45.000000000 and {@code echo "38n 503000 4397000" | GeoConvert
     * -p 7} gives 39.722871601 45.035004295.
     */
    @Test
    void utmCellsAreMappedToDegrees() {
        GridGeometry utm = new GridGeometry(Crs.ofEpsg(32638), 500000, 4400000, 1000, 1000, 3, 3);
        List<GeoJson.Rings> p = GridOutline.polygons(utm, (r, c) -> true, 0);
        List<GeodeticPoint> ring = p.get(0).exterior();
        assertThat(ring).anySatisfy(q -> {
            assertThat(q.latDeg()).isCloseTo(39.749907519, within(1e-7));
            assertThat(q.lonDeg()).isCloseTo(45.000000000, within(1e-7));
        });
        assertThat(ring).anySatisfy(q -> {
            assertThat(q.latDeg()).isCloseTo(39.722871601, within(1e-7));
            assertThat(q.lonDeg()).isCloseTo(45.035004295, within(1e-7));
        });
        assertThat(GeoJsonValidator.validate(
                        new GeoJson().polygon("u", p.get(0), Map.of()).toJson(),
                        new GeoJsonValidator.Region(44.9, 39.6, 45.1, 39.8)))
                .isEmpty();
    }

    private static void assertBox(List<GeodeticPoint> ring, double w, double s, double e, double n) {
        double minLon = ring.stream().mapToDouble(GeodeticPoint::lonDeg).min().orElseThrow();
        double maxLon = ring.stream().mapToDouble(GeodeticPoint::lonDeg).max().orElseThrow();
        double minLat = ring.stream().mapToDouble(GeodeticPoint::latDeg).min().orElseThrow();
        double maxLat = ring.stream().mapToDouble(GeodeticPoint::latDeg).max().orElseThrow();
        assertThat(new double[] {minLon, minLat, maxLon, maxLat})
                .containsExactly(new double[] {w, s, e, n}, within(1e-9));
    }
}
