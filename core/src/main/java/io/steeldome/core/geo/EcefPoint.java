package io.steeldome.core.geo;

import io.steeldome.core.error.Checks;

/** Earth-centred, earth-fixed Cartesian coordinates (WGS-84 / ITRF axes), metres. */
public record EcefPoint(double xM, double yM, double zM) {
    public EcefPoint {
        Checks.finite("xM", xM);
        Checks.finite("yM", yM);
        Checks.finite("zM", zM);
    }

    public double distanceM(EcefPoint other) {
        return Math.sqrt(sq(xM - other.xM) + sq(yM - other.yM) + sq(zM - other.zM));
    }

    public double normM() {
        return Math.sqrt(xM * xM + yM * yM + zM * zM);
    }

    private static double sq(double v) {
        return v * v;
    }
}
