package io.steeldome.border.geometry;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * The strip of a given depth on the protected side of a border line: JTS's single-sided buffer (flat ends, round
 * joins with 16 segments per quadrant) of the line in a {@link PlaneFrame} at the line's middle. Its area is measured
 * on the ellipsoid (GeographicLib's geodesic polygon area of the rings brought back to latitude and longitude), so it
 * does not inherit the plane's distortion.
 */
public final class BufferZone {
    private static final int QUADRANT_SEGMENTS = 16;

    private final String id;
    private final double depthM;
    private final PlaneFrame frame;
    private final Geometry plane;
    private final PreparedGeometry prepared;
    private final List<List<List<GeodeticPoint>>> polygons;
    private final double areaM2;

    private BufferZone(String id, double depthM, PlaneFrame frame, Geometry plane) {
        this.id = id;
        this.depthM = depthM;
        this.frame = frame;
        this.plane = plane;
        this.prepared = PreparedGeometryFactory.prepare(plane);
        List<List<List<GeodeticPoint>>> polys = new ArrayList<>();
        double area = 0;
        for (int k = 0; k < plane.getNumGeometries(); k++) {
            Polygon p = (Polygon) plane.getGeometryN(k);
            List<List<GeodeticPoint>> rings = new ArrayList<>();
            List<GeodeticPoint> shell = ring(p.getExteriorRing().getCoordinates());
            rings.add(shell);
            area += Math.abs(geodesicArea(shell));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                List<GeodeticPoint> hole = ring(p.getInteriorRingN(h).getCoordinates());
                rings.add(hole);
                area -= Math.abs(geodesicArea(hole));
            }
            polys.add(List.copyOf(rings));
        }
        this.polygons = List.copyOf(polys);
        this.areaM2 = area;
    }

    /**
     * The buffer zone of {@code line} of depth {@code depthM} on {@code side}.
     *
     * @throws SteeldomeException {@link BorderError#GEOMETRY} if JTS yields no polygon
     */
    public static BufferZone of(BorderLine line, double depthM, ProtectedSide side) {
        Checks.positive("depthM", depthM, "m");
        PlaneFrame frame = PlaneFrame.centredOn(line);
        LineString ls = frame.lineString(line.vertices());
        BufferParameters params = new BufferParameters();
        params.setSingleSided(true);
        params.setEndCapStyle(BufferParameters.CAP_FLAT);
        params.setQuadrantSegments(QUADRANT_SEGMENTS);
        // JTS: a positive distance buffers the left side of a single-sided line, a negative one the right.
        Geometry g = BufferOp.bufferOp(ls, side.signFor(line) * depthM, params);
        if (g.isEmpty() || !(g instanceof Polygon || g.getGeometryType().equals("MultiPolygon"))) {
            throw new SteeldomeException(BorderError.GEOMETRY, line.id(), "the one-sided buffer is empty");
        }
        return new BufferZone(line.id(), depthM, frame, g);
    }

    public String id() {
        return id;
    }

    public double depthM() {
        return depthM;
    }

    /** Area on the WGS-84 ellipsoid, m^2. */
    public double areaM2() {
        return areaM2;
    }

    /** Polygons, each a list of closed rings (exterior first, then holes) of geodetic points. */
    public List<List<List<GeodeticPoint>>> polygons() {
        return polygons;
    }

    /** Whether {@code p} lies in the zone (tested in the zone's plane). */
    public boolean contains(GeodeticPoint p) {
        return prepared.covers(frame.factory().createPoint(frame.toPlane(p)));
    }

    /** The zone in its plane frame (metres east and north of {@link #frame()}'s origin). */
    public Geometry planeGeometry() {
        return plane.copy();
    }

    public PlaneFrame frame() {
        return frame;
    }

    private List<GeodeticPoint> ring(Coordinate[] cs) {
        List<GeodeticPoint> out = new ArrayList<>(cs.length);
        for (Coordinate c : cs) {
            out.add(frame.toGeodetic(c));
        }
        return out;
    }

    /** Signed geodesic area of a closed ring, m^2 (GeographicLib, Karney 2013). */
    static double geodesicArea(List<GeodeticPoint> closedRing) {
        PolygonArea pa = new PolygonArea(Geodesic.WGS84, false);
        for (int i = 0; i < closedRing.size() - 1; i++) {
            pa.AddPoint(closedRing.get(i).latDeg(), closedRing.get(i).lonDeg());
        }
        PolygonResult r = pa.Compute(false, true);
        return r.area;
    }
}
