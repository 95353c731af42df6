package io.steeldome.interop.geojson;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.terrain.CoverageResult;
import io.steeldome.core.terrain.GridGeometry;
import io.steeldome.core.terrain.ViewshedResult;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Turns a boolean raster (a viewshed, a coverage count above a threshold) into polygons with holes: the outline of
 * the cells that are in.
 *
 * <p>Each row's runs of in-cells become rectangles in grid units (x = column, y = minus the row, so north stays up
 * and orientation is kept), JTS unions them (exact: every vertex is an integer), an optional topology-preserving
 * Douglas-Peucker pass in cell units removes the staircase, and the vertices are mapped through the grid's
 * georeferencing and CRS (geographic or UTM, both orientation-preserving) to WGS-84. Polygons come out in JTS's
 * normalised order, so equal grids give equal outlines.
 */
public final class GridOutline {
    private GridOutline() {}

    /** Which cells are in. */
    @FunctionalInterface
    public interface CellTest {
        boolean in(int row, int col);
    }

    /** Where a cell corner lies: {@code col} and {@code row} are corner indices (0 is the west / north edge). */
    @FunctionalInterface
    public interface CornerMap {
        GeodeticPoint at(double col, double row);
    }

    /**
     * The outline of the in-cells of {@code grid}.
     *
     * @param simplifyCells Douglas-Peucker tolerance in cells (0: keep every cell corner; 0.5 to 1 smooths the
     *     staircase while staying within a cell of the true edge)
     */
    public static List<GeoJson.Rings> polygons(GridGeometry grid, CellTest in, double simplifyCells) {
        return polygons(
                grid.rows(),
                grid.cols(),
                in,
                simplifyCells,
                (col, row) -> grid.crs()
                        .toGeodetic(
                                grid.originX() + col * grid.pixelWidth(),
                                grid.originY() - row * grid.pixelHeight(),
                                0));
    }

    /**
     * The outline of the in-cells of a {@code rows x cols} grid whose corners {@code map} places on the earth. The
     * map must keep orientation (columns eastwards, rows southwards, as a north-up raster or an azimuthal projection
     * centred on a site); {@link GeoJson} re-orients rings anyway, but holes must stay inside their shells.
     */
    public static List<GeoJson.Rings> polygons(int rows, int cols, CellTest in, double simplifyCells, CornerMap map) {
        if (!(simplifyCells >= 0)) {
            throw new IllegalArgumentException("simplifyCells must be >= 0, got " + simplifyCells);
        }
        GeometryFactory f = new GeometryFactory();
        List<Geometry> runs = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int c = 0;
            while (c < cols) {
                if (!in.in(r, c)) {
                    c++;
                    continue;
                }
                int start = c;
                while (c < cols && in.in(r, c)) {
                    c++;
                }
                runs.add(f.toGeometry(new org.locationtech.jts.geom.Envelope(start, c, -r - 1, -r)));
            }
        }
        if (runs.isEmpty()) {
            return List.of();
        }
        Geometry union = UnaryUnionOp.union(runs);
        // a tolerance far below a cell only drops the collinear vertices where the run rectangles met
        union = TopologyPreservingSimplifier.simplify(union, Math.max(simplifyCells, 1e-9));
        union.normalize();
        List<GeoJson.Rings> out = new ArrayList<>();
        for (int i = 0; i < union.getNumGeometries(); i++) {
            Polygon p = (Polygon) union.getGeometryN(i);
            if (p.isEmpty()) {
                continue;
            }
            List<List<GeodeticPoint>> holes = new ArrayList<>();
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                holes.add(ring(map, p.getInteriorRingN(h)));
            }
            out.add(new GeoJson.Rings(ring(map, p.getExteriorRing()), holes));
        }
        return out;
    }

    /** The area a viewshed sees. */
    public static List<GeoJson.Rings> visible(ViewshedResult v, double simplifyCells) {
        return polygons(v.geometry(), v::visible, simplifyCells);
    }

    /** The area at least {@code minSites} sites of a cumulative coverage see. */
    public static List<GeoJson.Rings> covered(CoverageResult c, int minSites, double simplifyCells) {
        return polygons(c.grid(), (r, col) -> c.count(r, col) >= minSites, simplifyCells);
    }

    private static List<GeodeticPoint> ring(CornerMap map, LinearRing ring) {
        List<GeodeticPoint> out = new ArrayList<>();
        for (Coordinate c : ring.getCoordinates()) {
            out.add(map.at(c.x, -c.y)); // grid units have y = -row
        }
        return out;
    }
}
