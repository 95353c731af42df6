package io.steeldome.border.geometry;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.SteeldomeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.linearref.LinearLocation;
import org.locationtech.jts.linearref.LocationIndexedLine;

/** Splits of a border line into sectors: by length, or by agencies' areas of responsibility. */
public final class Sectors {
    private Sectors() {}

    /** {@code count} sectors of equal geodesic length, cut exactly on the line; agency {@code "-"}. */
    public static List<Sector> byCount(BorderLine line, int count) {
        if (count < 1) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "count", count, "at least one sector");
        }
        double step = line.lengthM() / count;
        List<Sector> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            double from = k * step;
            double to = k == count - 1 ? line.lengthM() : (k + 1) * step;
            out.add(sector(line, k + 1, "-", from, to));
        }
        return out;
    }

    /** The fewest equal sectors none of which is longer than {@code maxLengthM}. */
    public static List<Sector> byMaxLength(BorderLine line, double maxLengthM) {
        if (!(maxLengthM > 0)) {
            throw new SteeldomeException(BorderError.BAD_OPTION, "maxLengthM", maxLengthM, "must be > 0");
        }
        return byCount(line, (int) Math.max(1, Math.ceil(line.lengthM() / maxLengthM - 1e-9)));
    }

    /**
     * One sector per range, in along-border order. Ranges must lie within the line and must not overlap; stretches no
     * range covers are left out.
     */
    public static List<Sector> byRanges(BorderLine line, List<AgencyRange> ranges) {
        List<AgencyRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingDouble(AgencyRange::fromM));
        List<Sector> out = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            AgencyRange r = sorted.get(k);
            if (r.toM() > line.lengthM() + 1e-6) {
                throw new SteeldomeException(BorderError.BAD_RANGE, r.agencyId(), r.fromM(), r.toM(), line.lengthM());
            }
            if (k > 0 && r.fromM() < sorted.get(k - 1).toM()) {
                AgencyRange p = sorted.get(k - 1);
                throw new SteeldomeException(
                        BorderError.OVERLAPPING_SECTORS, p.agencyId(), r.agencyId(), r.fromM(), p.toM());
            }
            out.add(sector(line, k + 1, r.agencyId(), r.fromM(), Math.min(r.toM(), line.lengthM())));
        }
        return out;
    }

    /**
     * Sectors where the line runs through each agency's area: the line is intersected with each polygon in a plane
     * frame at the line's middle, and each piece inside becomes a sector (pieces of one agency closer than 1 m are
     * merged). Areas must not overlap along the line; stretches outside every area are left out.
     */
    public static List<Sector> byAreas(BorderLine line, List<AgencyArea> areas) {
        PlaneFrame f = PlaneFrame.centredOn(line);
        LineString ls = f.lineString(line.vertices());
        LocationIndexedLine index = new LocationIndexedLine(ls);
        List<AgencyRange> ranges = new ArrayList<>();
        for (AgencyArea a : areas) {
            Coordinate[] cs = new Coordinate[a.ring().size() + 1];
            for (int i = 0; i < a.ring().size(); i++) {
                cs[i] = f.toPlane(a.ring().get(i));
            }
            if (cs[0].equals2D(f.toPlane(a.ring().get(a.ring().size() - 1)))) {
                cs = java.util.Arrays.copyOf(cs, cs.length - 1);
            } else {
                cs[cs.length - 1] = cs[0];
            }
            LinearRing ring = f.factory().createLinearRing(cs);
            Polygon poly = f.factory().createPolygon(ring);
            if (!poly.isValid()) {
                throw new SteeldomeException(
                        BorderError.GEOMETRY, a.agencyId(), "the area's ring is not a valid polygon");
            }
            Geometry inside = ls.intersection(poly);
            List<double[]> pieces = new ArrayList<>();
            for (int k = 0; k < inside.getNumGeometries(); k++) {
                Geometry g = inside.getGeometryN(k);
                if (!(g instanceof LineString piece) || piece.getLength() == 0) {
                    continue; // a touching point holds no length
                }
                double s0 = alongM(line, index, piece.getCoordinateN(0));
                double s1 = alongM(line, index, piece.getCoordinateN(piece.getNumPoints() - 1));
                pieces.add(new double[] {Math.min(s0, s1), Math.max(s0, s1)});
            }
            pieces.sort(Comparator.comparingDouble(p -> p[0]));
            double[] cur = null;
            for (double[] p : pieces) {
                if (cur != null && p[0] - cur[1] < 1.0) {
                    cur[1] = Math.max(cur[1], p[1]);
                } else {
                    if (cur != null) {
                        ranges.add(new AgencyRange(a.agencyId(), cur[0], cur[1]));
                    }
                    cur = p.clone();
                }
            }
            if (cur != null && cur[1] > cur[0]) {
                ranges.add(new AgencyRange(a.agencyId(), cur[0], cur[1]));
            }
        }
        return byRanges(line, ranges);
    }

    /** Along-border distance of a plane point on the line: segment start plus the fraction of the segment's length. */
    private static double alongM(BorderLine line, LocationIndexedLine index, Coordinate c) {
        LinearLocation loc = index.indexOf(c);
        int seg = loc.getSegmentIndex();
        if (seg >= line.vertices().size() - 1) {
            return line.lengthM();
        }
        double a = line.distanceAtVertexM(seg);
        double b = line.distanceAtVertexM(seg + 1);
        return a + loc.getSegmentFraction() * (b - a);
    }

    private static Sector sector(BorderLine line, int k, String agency, double from, double to) {
        String id = String.format(Locale.ROOT, "%s-S%02d", line.id(), k);
        return new Sector(id, agency, from, to, line.part(id, from, to));
    }
}
