package io.steeldome.border.geometry;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodesicSolution;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A border as a polyline of WGS-84 points joined by geodesics, measured along the line from its first vertex. Its
 * direction matters: {@link ProtectedSide#LEFT} is the left of the direction of travel from the first vertex to the
 * last.
 *
 * <p>Lengths are sums of ellipsoidal geodesic distances (GeographicLib, through {@link Geodesy}); points at a given
 * distance lie exactly on the geodesic segment that contains them. Immutable.
 */
public final class BorderLine {
    private final String id;
    private final String name;
    private final List<GeodeticPoint> vertices;
    /** cumulativeM[i] = geodesic length from vertex 0 to vertex i. */
    private final double[] cumulativeM;
    /** Forward azimuth of segment i at vertex i, radians. */
    private final double[] azimuthRad;

    private BorderLine(String id, String name, List<GeodeticPoint> vertices) {
        this.id = id;
        this.name = name;
        List<GeodeticPoint> distinct = new ArrayList<>(vertices.size());
        for (GeodeticPoint p : vertices) {
            // Repeated positions (legal in GeoJSON) carry no length and no direction.
            if (distinct.isEmpty() || Geodesy.distanceM(distinct.get(distinct.size() - 1), p) > 0) {
                distinct.add(p.withHeight(0));
            }
        }
        if (distinct.size() < 2) {
            throw new SteeldomeException(BorderError.TOO_SHORT, id, distinct.size());
        }
        this.vertices = List.copyOf(distinct);
        int n = distinct.size();
        cumulativeM = new double[n];
        azimuthRad = new double[n - 1];
        for (int i = 1; i < n; i++) {
            GeodesicSolution g = Geodesy.inverse(distinct.get(i - 1), distinct.get(i));
            cumulativeM[i] = cumulativeM[i - 1] + g.distanceM();
            azimuthRad[i - 1] = g.azimuth1Rad();
        }
    }

    /**
     * A line through {@code vertices} in order (heights dropped; consecutive duplicates removed).
     *
     * @throws SteeldomeException {@link BorderError#TOO_SHORT} with fewer than 2 distinct positions
     */
    public static BorderLine of(String id, String name, List<GeodeticPoint> vertices) {
        if (id == null || id.isBlank()) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "id", id, "a border line needs an id");
        }
        return new BorderLine(id, name == null || name.isBlank() ? id : name, vertices);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<GeodeticPoint> vertices() {
        return vertices;
    }

    /** Geodesic length, m. */
    public double lengthM() {
        return cumulativeM[cumulativeM.length - 1];
    }

    /** Distance along the line from vertex 0 to vertex {@code i}, m. */
    public double distanceAtVertexM(int i) {
        return cumulativeM[i];
    }

    /** The same line run the other way (left and right swap). */
    public BorderLine reversed() {
        List<GeodeticPoint> r = new ArrayList<>(vertices);
        Collections.reverse(r);
        return new BorderLine(id, name, r);
    }

    /** Index of the segment holding distance {@code s} (segment i runs from vertex i to i + 1). */
    int segmentAt(double s) {
        int k = Arrays.binarySearch(cumulativeM, s);
        int seg = k >= 0 ? k : -k - 2;
        return Math.max(0, Math.min(seg, cumulativeM.length - 2));
    }

    /**
     * The point {@code distanceM} along the line, on the geodesic between the two vertices around it.
     *
     * @param distanceM in [0, {@link #lengthM()}]
     */
    public GeodeticPoint pointAt(double distanceM) {
        Checks.inRange("distanceM", distanceM, 0, lengthM(), "m");
        int seg = segmentAt(distanceM);
        double ds = distanceM - cumulativeM[seg];
        if (ds <= 0) {
            return vertices.get(seg);
        }
        if (distanceM >= cumulativeM[seg + 1]) {
            return vertices.get(seg + 1);
        }
        return Geodesy.direct(vertices.get(seg), azimuthRad[seg], ds);
    }

    /** Direction of travel at {@code distanceM}: the azimuth of the geodesic segment there, at its start vertex, rad. */
    public double azimuthAtRad(double distanceM) {
        return azimuthRad[segmentAt(Checks.inRange("distanceM", distanceM, 0, lengthM(), "m"))];
    }

    /**
     * The part of the line between two distances: the cut points (exact, by geodesic interpolation) and the vertices
     * between them.
     */
    public List<GeodeticPoint> subLine(double fromM, double toM) {
        if (!(fromM >= 0 && toM <= lengthM() && fromM < toM)) {
            throw new SteeldomeException(BorderError.BAD_RANGE, id, fromM, toM, lengthM());
        }
        List<GeodeticPoint> out = new ArrayList<>();
        out.add(pointAt(fromM));
        for (int i = 0; i < vertices.size(); i++) {
            if (cumulativeM[i] > fromM && cumulativeM[i] < toM) {
                out.add(vertices.get(i));
            }
        }
        out.add(pointAt(toM));
        return out;
    }

    /** The part of the line between two distances as a line of its own, named {@code newId}. */
    public BorderLine part(String newId, double fromM, double toM) {
        return new BorderLine(newId, name, subLine(fromM, toM));
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT, "BorderLine[%s, %d vertices, %.1f m]", id, vertices.size(), lengthM());
    }
}
