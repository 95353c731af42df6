package io.steeldome.border.geometry;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.Objects;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Which side of a border line is protected (where stations stand and the buffer zone lies): left or right of the
 * direction of travel from the line's first vertex to its last, or the side a known point lies on. The bundled Natural
 * Earth lines are oriented so that Turkey is on their left.
 */
public sealed interface ProtectedSide {
    ProtectedSide LEFT = new Left();
    ProtectedSide RIGHT = new Right();

    /** The side containing {@code point} (e.g. a town known to be on the protected side). */
    static ProtectedSide towards(GeodeticPoint point) {
        return new Towards(point);
    }

    /** +1 if the protected side is the line's left, -1 if its right. */
    int signFor(BorderLine line);

    /** A short description for outputs. */
    default String describe() {
        return switch (this) {
            case Left l -> "left";
            case Right r -> "right";
            case Towards t -> "the side of " + t.point();
        };
    }

    record Left() implements ProtectedSide {
        @Override
        public int signFor(BorderLine line) {
            return 1;
        }
    }

    record Right() implements ProtectedSide {
        @Override
        public int signFor(BorderLine line) {
            return -1;
        }
    }

    /** The side on which {@code point} lies, judged at the nearest point of the line. */
    record Towards(GeodeticPoint point) implements ProtectedSide {
        public Towards {
            Objects.requireNonNull(point, "point");
        }

        @Override
        public int signFor(BorderLine line) {
            PlaneFrame f = PlaneFrame.at(point);
            LineString ls = f.lineString(line.vertices());
            Coordinate p = f.toPlane(point);
            Coordinate nearest = DistanceOp.nearestPoints(ls, f.factory().createPoint(p))[0];
            // The segment holding the nearest point; at a vertex, the turn of the two segments around it decides.
            Coordinate[] cs = ls.getCoordinates();
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int i = 0; i + 1 < cs.length; i++) {
                double d = org.locationtech.jts.algorithm.Distance.pointToSegment(nearest, cs[i], cs[i + 1]);
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            int o = Orientation.index(cs[best], cs[best + 1], p);
            if (o == Orientation.COLLINEAR && best + 2 < cs.length) {
                o = Orientation.index(cs[best + 1], cs[best + 2], p);
            }
            if (nearest.equals2D(cs[best + 1]) && best + 2 < cs.length) {
                // Nearest at an interior vertex: p is left iff it is left of both segments at a convex (left) turn or
                // of either at a reflex one.
                int o2 = Orientation.index(cs[best + 1], cs[best + 2], p);
                boolean leftTurn = Orientation.index(cs[best], cs[best + 1], cs[best + 2]) == Orientation.LEFT;
                boolean left = leftTurn
                        ? o == Orientation.LEFT && o2 == Orientation.LEFT
                        : o == Orientation.LEFT || o2 == Orientation.LEFT;
                return left ? 1 : -1;
            }
            if (o == Orientation.COLLINEAR) {
                throw new io.steeldome.core.error.SteeldomeException(
                        io.steeldome.border.BorderError.GEOMETRY,
                        line.id(),
                        "the point " + point + " given for the protected side lies on the line");
            }
            return o == Orientation.LEFT ? 1 : -1;
        }
    }
}
