package io.steeldome.interop.radar;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.geo.Wgs84;
import java.util.Optional;

/**
 * Places a 2D radar plot (slant range, azimuth) in 3D with a known target height, the classic use of Mode C with an
 * SSR: the elevation is whatever makes the point at that slant range and azimuth sit at that height above the
 * WGS-84 ellipsoid. The height is monotonic in elevation, so a spherical first guess and a few secant steps on the
 * exact ellipsoid converge to well under a millimetre.
 *
 * <p>Mode C reports pressure altitude. Treating it as ellipsoidal height ignores the geoid undulation (about +25 m
 * in eastern Turkey) and the difference from the standard atmosphere; both are below a typical SSR's height
 * accuracy, and the caller's {@link RadarSite#heightSigmaM()} should cover them.
 */
public final class PlotGeolocator {
    private static final int MAX_STEPS = 30;
    private static final double TOLERANCE_M = 1e-4;

    private PlotGeolocator() {}

    /**
     * The target position for slant range {@code rangeM}, azimuth {@code azimuthRad} (clockwise from the antenna's
     * local north) and height {@code heightM} above the ellipsoid; empty when no elevation reaches that height (the
     * range is shorter than the height difference).
     */
    public static Optional<GeodeticPoint> locate(
            GeodeticPoint antenna, double rangeM, double azimuthRad, double heightM) {
        Checks.nonNegative("rangeM", rangeM, "m");
        Checks.finite("azimuthRad", azimuthRad);
        Checks.finite("heightM", heightM);
        LocalFrame frame = LocalFrame.at(antenna);
        if (rangeM == 0) {
            return Math.abs(heightM - antenna.hM()) <= TOLERANCE_M ? Optional.of(antenna) : Optional.empty();
        }
        double lo = -Math.PI / 2;
        double hi = Math.PI / 2;
        if (height(frame, rangeM, azimuthRad, lo) > heightM + TOLERANCE_M
                || height(frame, rangeM, azimuthRad, hi) < heightM - TOLERANCE_M) {
            return Optional.empty();
        }
        // Spherical-earth first guess with the mean radius: (R + h)^2 = (R + ha)^2 + r^2 + 2 r (R + ha) sin(el).
        double rA = Wgs84.MEAN_RADIUS_M + antenna.hM();
        double rT = Wgs84.MEAN_RADIUS_M + heightM;
        double s = (rT * rT - rA * rA - rangeM * rangeM) / (2 * rangeM * rA);
        double el = Math.asin(Math.max(-1, Math.min(1, s)));
        // Safeguarded secant (regula falsi fallback): the bracket [lo, hi] always holds the root.
        double f = height(frame, rangeM, azimuthRad, el) - heightM;
        double prevEl = el + 1e-6;
        double prevF = height(frame, rangeM, azimuthRad, prevEl) - heightM;
        for (int i = 0; i < MAX_STEPS && Math.abs(f) > TOLERANCE_M; i++) {
            if (f > 0) {
                hi = el;
            } else {
                lo = el;
            }
            double next = f == prevF ? 0.5 * (lo + hi) : el - f * (el - prevEl) / (f - prevF);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            prevEl = el;
            prevF = f;
            el = next;
            f = height(frame, rangeM, azimuthRad, el) - heightM;
        }
        return Optional.of(frame.toGeodetic(enu(rangeM, azimuthRad, el)));
    }

    /** The ENU offset from the antenna for a slant range, azimuth and elevation. */
    static EnuVector enu(double rangeM, double azimuthRad, double elevationRad) {
        double ce = Math.cos(elevationRad);
        return new EnuVector(
                rangeM * ce * Math.sin(azimuthRad),
                rangeM * ce * Math.cos(azimuthRad),
                rangeM * Math.sin(elevationRad));
    }

    private static double height(LocalFrame frame, double rangeM, double azimuthRad, double elevationRad) {
        return frame.toGeodetic(enu(rangeM, azimuthRad, elevationRad)).hM();
    }
}
