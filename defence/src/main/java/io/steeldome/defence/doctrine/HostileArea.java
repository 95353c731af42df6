package io.steeldome.defence.doctrine;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import java.util.List;
import java.util.Objects;

/**
 * Declared hostile territory, in the horizontal plane of a scenario's ENU frame: a track first seen over it is
 * identified HOSTILE. Either a polygon, or everything on the far side of a border line from a point known to be
 * on our side.
 */
public sealed interface HostileArea {
    /** A display name, e.g. the border segment's. */
    String name();

    /** Whether the ground point (east, north) in the frame lies in the hostile area. */
    boolean contains(double eastM, double northM);

    /** A simple polygon (even-odd rule; vertices in order, not repeated). */
    record Polygon(String name, List<EnuVector> vertices) implements HostileArea {
        public Polygon {
            requireName(name);
            vertices = List.copyOf(vertices);
            if (vertices.size() < 3) {
                throw new SteeldomeException(DoctrineError.TOO_FEW_VERTICES, "hostile polygon", 3, vertices.size());
            }
        }

        @Override
        public boolean contains(double eastM, double northM) {
            boolean inside = false;
            int n = vertices.size();
            for (int i = 0, j = n - 1; i < n; j = i++) {
                EnuVector a = vertices.get(i);
                EnuVector b = vertices.get(j);
                if ((a.northM() > northM) != (b.northM() > northM)) {
                    double crossE =
                            a.eastM() + (northM - a.northM()) / (b.northM() - a.northM()) * (b.eastM() - a.eastM());
                    if (eastM < crossE) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }
    }

    /**
     * Everything on the other side of a polyline from {@code friendlyEnu}. The side of a point is the side of the
     * segment nearest to it (the sign of the cross product with that segment's direction; at a shared vertex, the
     * segment with the larger perpendicular offset decides). That is exact near the line and a fair guess far
     * from it, where a border polyline says nothing anyway; beyond the line's ends it extends the end segments.
     */
    record BeyondLine(String name, List<EnuVector> line, EnuVector friendlyEnu) implements HostileArea {
        public BeyondLine {
            requireName(name);
            line = List.copyOf(line);
            Objects.requireNonNull(friendlyEnu, "friendlyEnu");
            if (line.size() < 2) {
                throw new SteeldomeException(DoctrineError.TOO_FEW_VERTICES, "border line", 2, line.size());
            }
        }

        @Override
        public boolean contains(double eastM, double northM) {
            int friendly = side(friendlyEnu.eastM(), friendlyEnu.northM());
            int here = side(eastM, northM);
            return here != 0 && here != friendly;
        }

        /** +1 left of the line's direction, -1 right, 0 on it. */
        int side(double e, double n) {
            double bestD2 = Double.POSITIVE_INFINITY;
            double bestCross = 0;
            for (int i = 0; i + 1 < line.size(); i++) {
                EnuVector a = line.get(i);
                EnuVector b = line.get(i + 1);
                double de = b.eastM() - a.eastM();
                double dn = b.northM() - a.northM();
                double len2 = de * de + dn * dn;
                if (len2 == 0) {
                    continue;
                }
                double u = Math.max(0, Math.min(1, ((e - a.eastM()) * de + (n - a.northM()) * dn) / len2));
                double pe = a.eastM() + u * de - e;
                double pn = a.northM() + u * dn - n;
                double d2 = pe * pe + pn * pn;
                double cross = (de * (n - a.northM()) - dn * (e - a.eastM())) / Math.sqrt(len2);
                if (d2 < bestD2 - 1e-9 || (Math.abs(d2 - bestD2) <= 1e-9 && Math.abs(cross) > Math.abs(bestCross))) {
                    bestD2 = d2;
                    bestCross = cross;
                }
            }
            return (int) Math.signum(bestCross);
        }
    }

    /** A polygon given in WGS-84, projected into {@code frame}. */
    static HostileArea polygon(String name, List<GeodeticPoint> vertices, LocalFrame frame) {
        return new Polygon(name, vertices.stream().map(frame::toEnu).toList());
    }

    /** The far side of a border line from {@code friendly}, both given in WGS-84 and projected into {@code frame}. */
    static HostileArea beyondLine(String name, List<GeodeticPoint> line, GeodeticPoint friendly, LocalFrame frame) {
        return new BeyondLine(name, line.stream().map(frame::toEnu).toList(), frame.toEnu(friendly));
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new SteeldomeException(DoctrineError.BLANK, "hostile area name");
        }
    }
}
