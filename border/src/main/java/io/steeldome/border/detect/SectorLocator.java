package io.steeldome.border.detect;

import io.steeldome.border.geometry.BorderLine;
import io.steeldome.border.geometry.PlaneFrame;
import io.steeldome.border.geometry.Sector;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Which sector a position belongs to: the one containing the nearest point of the border line. The nearest point is
 * found in the line's tangent plane ({@link PlaneFrame}) and its plane distance along the line scaled to the geodesic
 * length, good to a few metres per 100 km, which matters only within metres of a sector boundary.
 */
public final class SectorLocator {
    private final BorderLine line;
    private final List<Sector> sectors;
    private final PlaneFrame frame;
    private final LengthIndexedLine indexed;
    private final double scale;

    public SectorLocator(BorderLine line, List<Sector> sectors) {
        this.line = line;
        this.sectors = List.copyOf(sectors);
        this.frame = PlaneFrame.centredOn(line);
        LineString ls = frame.lineString(line.vertices());
        this.indexed = new LengthIndexedLine(ls);
        this.scale = line.lengthM() / ls.getLength();
    }

    public BorderLine line() {
        return line;
    }

    public List<Sector> sectors() {
        return sectors;
    }

    /** Distance along the line of the point nearest {@code p}, m. */
    public double alongM(GeodeticPoint p) {
        return Math.min(line.lengthM(), Math.max(0, indexed.project(frame.toPlane(p)) * scale));
    }

    /** Id of the sector there ({@code line.id()} if no sector holds it). */
    public String sectorOf(GeodeticPoint p) {
        double s = alongM(p);
        for (Sector sec : sectors) {
            if (s >= sec.fromM() && s <= sec.toM()) {
                return sec.id();
            }
        }
        return line.id();
    }
}
