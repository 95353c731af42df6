package io.steeldome.core.geo;

/**
 * A local tangent-plane frame (east-north-up) at a geodetic origin. Immutable; conversions are exact rotations and
 * translations of ECEF, so round trips are limited only by floating point.
 */
public final class LocalFrame {
    private final GeodeticPoint origin;
    private final EcefPoint originEcef;
    // Rows of the ECEF->ENU rotation: east, north, up unit vectors expressed in ECEF.
    private final double ex;
    private final double ey;
    private final double nx;
    private final double ny;
    private final double nz;
    private final double ux;
    private final double uy;
    private final double uz;

    private LocalFrame(GeodeticPoint origin) {
        this.origin = origin;
        this.originEcef = Wgs84.toEcef(origin);
        double sLat = Math.sin(origin.latRad());
        double cLat = Math.cos(origin.latRad());
        double sLon = Math.sin(origin.lonRad());
        double cLon = Math.cos(origin.lonRad());
        ex = -sLon;
        ey = cLon;
        nx = -sLat * cLon;
        ny = -sLat * sLon;
        nz = cLat;
        ux = cLat * cLon;
        uy = cLat * sLon;
        uz = sLat;
    }

    public static LocalFrame at(GeodeticPoint origin) {
        return new LocalFrame(origin);
    }

    public GeodeticPoint origin() {
        return origin;
    }

    public EnuVector toEnu(EcefPoint p) {
        double dx = p.xM() - originEcef.xM();
        double dy = p.yM() - originEcef.yM();
        double dz = p.zM() - originEcef.zM();
        return new EnuVector(ex * dx + ey * dy, nx * dx + ny * dy + nz * dz, ux * dx + uy * dy + uz * dz);
    }

    public EnuVector toEnu(GeodeticPoint p) {
        return toEnu(Wgs84.toEcef(p));
    }

    public EcefPoint toEcef(EnuVector v) {
        double[] d = rotateToEcef(v);
        return new EcefPoint(originEcef.xM() + d[0], originEcef.yM() + d[1], originEcef.zM() + d[2]);
    }

    public GeodeticPoint toGeodetic(EnuVector v) {
        return Wgs84.toGeodetic(toEcef(v));
    }

    public NedVector toNed(GeodeticPoint p) {
        return toEnu(p).toNed();
    }

    public GeodeticPoint toGeodetic(NedVector v) {
        return toGeodetic(v.toEnu());
    }

    /** Rotates a free vector (e.g. a velocity) from this frame's ENU axes to ECEF axes. */
    public double[] rotateToEcef(EnuVector v) {
        double e = v.eastM();
        double n = v.northM();
        double u = v.upM();
        return new double[] {ex * e + nx * n + ux * u, ey * e + ny * n + uy * u, nz * n + uz * u};
    }

    /** Rotates a free vector given in ECEF axes into this frame's ENU axes. */
    public EnuVector rotateFromEcef(double dxM, double dyM, double dzM) {
        return new EnuVector(ex * dxM + ey * dyM, nx * dxM + ny * dyM + nz * dzM, ux * dxM + uy * dyM + uz * dzM);
    }

    /** The ECEF->ENU rotation matrix, row-major. */
    public double[][] ecefToEnuRotation() {
        return new double[][] {{ex, ey, 0}, {nx, ny, nz}, {ux, uy, uz}};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalFrame f && f.origin.equals(origin);
    }

    @Override
    public int hashCode() {
        return origin.hashCode();
    }

    @Override
    public String toString() {
        return "ENU@" + origin;
    }
}
