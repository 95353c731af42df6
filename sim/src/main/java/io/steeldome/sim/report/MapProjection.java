package io.steeldome.sim.report;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.Collection;

/**
 * Equirectangular projection scaled by cos(mid-latitude) for report maps: at theatre scale (a few hundred km) the
 * shape error is under 1 %, which is all a picture needs. Distances are never measured on it.
 */
final class MapProjection {
    private final double minLon;
    private final double maxLat;
    private final double pxPerDeg;
    private final double cosLat;
    private final double widthPx;
    private final double heightPx;

    private MapProjection(double minLon, double maxLat, double pxPerDeg, double cosLat, double w, double h) {
        this.minLon = minLon;
        this.maxLat = maxLat;
        this.pxPerDeg = pxPerDeg;
        this.cosLat = cosLat;
        this.widthPx = w;
        this.heightPx = h;
    }

    /** Fits the points into {@code widthPx} with a margin; the height follows from the aspect ratio. */
    static MapProjection fit(Collection<GeodeticPoint> points, double widthPx, double marginFraction) {
        double minLat = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        for (GeodeticPoint p : points) {
            minLat = Math.min(minLat, p.latDeg());
            maxLat = Math.max(maxLat, p.latDeg());
            minLon = Math.min(minLon, p.lonDeg());
            maxLon = Math.max(maxLon, p.lonDeg());
        }
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double dLat = Math.max(maxLat - minLat, 0.05);
        double dLon = Math.max(maxLon - minLon, 0.05);
        double padLat = dLat * marginFraction;
        double padLon = dLon * marginFraction;
        minLon -= padLon;
        maxLon += padLon;
        minLat -= padLat;
        maxLat += padLat;
        double px = widthPx / ((maxLon - minLon) * cos);
        double h = Math.min((maxLat - minLat) * px, widthPx * 1.1);
        return new MapProjection(minLon, maxLat, px, cos, widthPx, h);
    }

    double x(GeodeticPoint p) {
        return (p.lonDeg() - minLon) * cos() * pxPerDeg;
    }

    double y(GeodeticPoint p) {
        return (maxLat - p.latDeg()) * pxPerDeg;
    }

    /** Pixels per metre along a meridian (mean earth radius). */
    double pxPerM() {
        return pxPerDeg / 111_195.0;
    }

    double width() {
        return widthPx;
    }

    double height() {
        return heightPx;
    }

    private double cos() {
        return cosLat;
    }
}
