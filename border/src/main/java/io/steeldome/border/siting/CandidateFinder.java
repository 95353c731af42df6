package io.steeldome.border.siting;

import io.steeldome.border.geometry.BorderLine;
import io.steeldome.border.geometry.BufferZone;
import io.steeldome.border.geometry.PlaneFrame;
import io.steeldome.border.geometry.ProtectedSide;
import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.terrain.GridGeometry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/** Finds candidate sites: ridge tops inside a buffer zone, existing outposts, and a road-access filter. */
public final class CandidateFinder {
    private static final int RING_SAMPLES = 16;

    private CandidateFinder() {}

    /**
     * Ridge tops inside {@code zone}: DEM cells higher than their 8 neighbours whose topographic position index (height
     * minus the mean height of 16 points on a ring of {@code tpiRadiusM}) is at least {@code minTpiM}, thinned so no
     * two are closer than {@code minSeparationM} (the higher index wins; ties by height, then by position), at most
     * {@code maxCount}. Cells next to a void are skipped.
     */
    public static List<CandidateSite> ridgeTops(ElevationRaster dem, BufferZone zone, RidgeOptions options) {
        GridGeometry g = dem.geometry();
        PlaneFrame frame = zone.frame();
        Geometry plane = zone.planeGeometry();
        PreparedGeometry inside = PreparedGeometryFactory.prepare(plane);
        // Rows and columns spanned by the zone, from its rings in the DEM's CRS.
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (var poly : zone.polygons()) {
            for (GeodeticPoint p : poly.get(0)) {
                double[] xy = g.crs().fromGeodetic(p);
                minX = Math.min(minX, xy[0]);
                maxX = Math.max(maxX, xy[0]);
                minY = Math.min(minY, xy[1]);
                maxY = Math.max(maxY, xy[1]);
            }
        }
        int c0 = Math.max(1, (int) Math.floor(g.colOf(minX)));
        int c1 = Math.min(g.cols() - 2, (int) Math.ceil(g.colOf(maxX)));
        int r0 = Math.max(1, (int) Math.floor(g.rowOf(maxY)));
        int r1 = Math.min(g.rows() - 2, (int) Math.ceil(g.rowOf(minY)));
        double[] cellM = cellSizeM(g, zone.frame().origin());
        double ringCols = options.tpiRadiusM() / cellM[0];
        double ringRows = options.tpiRadiusM() / cellM[1];
        List<double[]> found = new ArrayList<>(); // row, col, tpi, height
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                float h = dem.heightAt(r, c);
                if (Float.isNaN(h) || !localMaximum(dem, r, c, h)) {
                    continue;
                }
                double sum = 0;
                int n = 0;
                for (int k = 0; k < RING_SAMPLES; k++) {
                    double a = 2 * Math.PI * k / RING_SAMPLES;
                    int rr = (int) Math.round(r - ringRows * Math.cos(a));
                    int cc = (int) Math.round(c + ringCols * Math.sin(a));
                    if (rr >= 0 && rr < g.rows() && cc >= 0 && cc < g.cols() && !Float.isNaN(dem.heightAt(rr, cc))) {
                        sum += dem.heightAt(rr, cc);
                        n++;
                    }
                }
                if (n < RING_SAMPLES / 2) {
                    continue;
                }
                double tpi = h - sum / n;
                if (tpi < options.minTpiM()) {
                    continue;
                }
                GeodeticPoint p = g.crs().toGeodetic(g.centreX(c), g.centreY(r), 0);
                if (!inside.covers(frame.factory().createPoint(frame.toPlane(p)))) {
                    continue;
                }
                found.add(new double[] {r, c, tpi, h});
            }
        }
        found.sort(Comparator.<double[]>comparingDouble(a -> -a[2])
                .thenComparingDouble(a -> -a[3])
                .thenComparingDouble(a -> a[0])
                .thenComparingDouble(a -> a[1]));
        List<CandidateSite> out = new ArrayList<>();
        List<Coordinate> kept = new ArrayList<>();
        double sep2 = options.minSeparationM() * options.minSeparationM();
        for (double[] f : found) {
            if (out.size() >= options.maxCount()) {
                break;
            }
            int r = (int) f[0];
            int c = (int) f[1];
            GeodeticPoint p = g.crs().toGeodetic(g.centreX(c), g.centreY(r), f[3]);
            Coordinate xy = frame.toPlane(p);
            boolean clear = true;
            for (Coordinate k : kept) {
                if (k.distance(xy) * k.distance(xy) < sep2) {
                    clear = false;
                    break;
                }
            }
            if (clear) {
                kept.add(xy);
                out.add(new CandidateSite(
                        String.format(Locale.ROOT, "R%03d", out.size() + 1), p, CandidateSite.Origin.RIDGE_TOP, f[2]));
            }
        }
        return out;
    }

    /**
     * Sites along the line for the given types (meant for range-only sensors laid across the paths): every {@code
     * spacingM} from half a spacing in, {@code insetM} inside the protected side (perpendicular to the line's local
     * direction), ids {@code L001...}.
     */
    public static List<CandidateSite> alongLine(
            BorderLine line, double spacingM, double insetM, ProtectedSide side, Set<StationType> types) {
        Checks.positive("spacingM", spacingM, "m");
        Checks.nonNegative("insetM", insetM, "m");
        int sign = side.signFor(line);
        int n = (int) Math.max(1, Math.floor(line.lengthM() / spacingM));
        double step = line.lengthM() / n;
        List<CandidateSite> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double s = (k + 0.5) * step;
            GeodeticPoint p = line.pointAt(s);
            // Left of the direction of travel is azimuth - 90 degrees.
            GeodeticPoint q = insetM > 0 ? Geodesy.direct(p, line.azimuthAtRad(s) - sign * Math.PI / 2, insetM) : p;
            out.add(new CandidateSite(
                    String.format(Locale.ROOT, "L%03d", k + 1), q, CandidateSite.Origin.ON_LINE, 0, types));
        }
        return out;
    }

    /** Existing outposts as candidates, ids {@code O001...}. */
    public static List<CandidateSite> outposts(List<GeodeticPoint> positions) {
        List<CandidateSite> out = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            out.add(new CandidateSite(
                    String.format(Locale.ROOT, "O%03d", i + 1),
                    positions.get(i),
                    CandidateSite.Origin.EXISTING_OUTPOST,
                    0));
        }
        return out;
    }

    /**
     * The candidates within {@code maxDistanceM} of a road (distances in a plane frame at {@code frameOrigin}; an
     * STRtree of the road segments as the primary filter, the exact distance after). With no roads, all candidates.
     */
    public static List<CandidateSite> nearRoads(
            List<CandidateSite> sites,
            List<List<GeodeticPoint>> roads,
            double maxDistanceM,
            GeodeticPoint frameOrigin) {
        Checks.nonNegative("maxDistanceM", maxDistanceM, "m");
        if (roads.isEmpty()) {
            return List.copyOf(sites);
        }
        PlaneFrame f = PlaneFrame.at(frameOrigin);
        STRtree index = new STRtree();
        for (List<GeodeticPoint> road : roads) {
            if (road.size() < 2) {
                continue;
            }
            LineString ls = f.lineString(road);
            index.insert(ls.getEnvelopeInternal(), ls);
        }
        List<CandidateSite> out = new ArrayList<>();
        for (CandidateSite s : sites) {
            Coordinate c = f.toPlane(s.position());
            Envelope e = new Envelope(c);
            e.expandBy(maxDistanceM);
            var pt = f.factory().createPoint(c);
            for (Object o : index.query(e)) {
                if (((Geometry) o).isWithinDistance(pt, maxDistanceM)) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean localMaximum(ElevationRaster dem, int r, int c, float h) {
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                if (dr == 0 && dc == 0) {
                    continue;
                }
                float n = dem.heightAt(r + dr, c + dc);
                // Strictly higher than the neighbours before it, at least as high as those after: one cell per plateau.
                if (Float.isNaN(n) || n > h || (n == h && (dr < 0 || (dr == 0 && dc < 0)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Cell width and height in metres (for a geographic DEM, at the latitude of {@code at}). */
    static double[] cellSizeM(GridGeometry g, GeodeticPoint at) {
        if (!g.crs().geographic()) {
            return new double[] {g.pixelWidth(), g.pixelHeight()};
        }
        double lat = at.latRad();
        return new double[] {
            Math.toRadians(g.pixelWidth()) * Wgs84.primeVerticalRadiusM(lat) * Math.cos(lat),
            Math.toRadians(g.pixelHeight()) * Wgs84.meridianRadiusM(lat)
        };
    }
}
