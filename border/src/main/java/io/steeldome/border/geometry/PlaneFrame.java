package io.steeldome.border.geometry;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The plane JTS works in: east and north of a {@link LocalFrame} tangent at an origin near the data, in metres. A
 * point at geodesic distance d from the origin lands at about {@code d - d^3 / (6 R^2)} (4 m short at 100 km, 44 m at
 * 220 km, the half length of the Turkey-Iran border), and lengths across the radial direction shrink by {@code cos(d /
 * R)}: a 10 km buffer depth drawn 220 km from the origin is 6 m too deep on the ground. Areas are therefore measured
 * on the ellipsoid ({@link BufferZone#areaM2()}), and each buffer gets a frame at its own line's middle.
 */
public final class PlaneFrame {
    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 0);

    private final LocalFrame frame;

    private PlaneFrame(LocalFrame frame) {
        this.frame = frame;
    }

    public static PlaneFrame at(GeodeticPoint origin) {
        return new PlaneFrame(LocalFrame.at(origin.withHeight(0)));
    }

    /** A frame at the point halfway along the line. */
    public static PlaneFrame centredOn(BorderLine line) {
        return at(line.pointAt(line.lengthM() / 2));
    }

    public GeometryFactory factory() {
        return FACTORY;
    }

    public GeodeticPoint origin() {
        return frame.origin();
    }

    public Coordinate toPlane(GeodeticPoint p) {
        EnuVector v = frame.toEnu(p.withHeight(0));
        return new Coordinate(v.eastM(), v.northM());
    }

    /** The geodetic point under plane position (x east, y north) on the ellipsoid (height 0). */
    public GeodeticPoint toGeodetic(Coordinate c) {
        // Drop vertically onto the ellipsoid: the tangent-plane point is above it by about d^2 / 2R.
        GeodeticPoint p = frame.toGeodetic(new EnuVector(c.x, c.y, 0));
        return p.withHeight(0);
    }

    public LineString lineString(List<GeodeticPoint> points) {
        Coordinate[] cs = new Coordinate[points.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = toPlane(points.get(i));
        }
        return FACTORY.createLineString(cs);
    }
}
