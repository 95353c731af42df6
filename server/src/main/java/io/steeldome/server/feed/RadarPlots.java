package io.steeldome.server.feed;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.interop.radar.PlotGeolocator;
import io.steeldome.interop.radar.RadarSite;
import io.steeldome.tracking.tracker.Detection;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Places CAT048 plots of one radar in the radar's own ENU frame, for the plot tracker. The position is
 * {@link PlotGeolocator}'s (exact on the WGS-84 ellipsoid); the covariance is the site's (range, azimuth, height)
 * accuracy pushed through the Jacobian of (slant range, azimuth, height) to ENU, taken analytically on the sphere that
 * osculates the ellipsoid at the antenna in the plot's azimuth (Euler's radius). {@code interop.radar.PlotConversion}
 * takes the same Jacobian by central differences of the exact geolocation, seven geolocations per plot, too slow for
 * 10,000 plots/s; the two agree to well under 1 % (see {@code RadarPlotsTest}).
 */
final class RadarPlots {
    private static final double A_M = 6_378_137.0;
    private static final double E2 = 6.694_379_990_14e-3;

    private final RadarSite site;
    private final LocalFrame frame;
    private final double assumedHeightM;
    private final double assumedHeightSigmaM;
    private final double meridianRadiusM;
    private final double primeVerticalRadiusM;

    RadarPlots(RadarSite site, double assumedHeightM, double assumedHeightSigmaM) {
        this.site = site;
        this.frame = LocalFrame.at(site.antenna());
        this.assumedHeightM = assumedHeightM;
        this.assumedHeightSigmaM = assumedHeightSigmaM;
        double s = Math.sin(site.antenna().latRad());
        double w = Math.sqrt(1 - E2 * s * s);
        this.meridianRadiusM = A_M * (1 - E2) / (w * w * w);
        this.primeVerticalRadiusM = A_M / w;
    }

    RadarSite site() {
        return site;
    }

    /** The radar's ENU frame, the tracker's. */
    LocalFrame frame() {
        return frame;
    }

    /**
     * The detection for a plot at slant range {@code rangeM} and azimuth {@code azimuthRad} at {@code heightM} above
     * the ellipsoid when known (else the assumed height, with its wide sigma); empty when no elevation reaches it.
     */
    Optional<Detection> detection(
            SimTime time, String sensorId, double rangeM, double azimuthRad, OptionalDouble heightM) {
        double h = heightM.orElse(assumedHeightM);
        double hSigma = heightM.isPresent() ? site.heightSigmaM() : assumedHeightSigmaM;
        if (!(rangeM > 0)) {
            return Optional.empty();
        }
        Optional<GeodeticPoint> g = PlotGeolocator.locate(site.antenna(), rangeM, azimuthRad, h);
        if (g.isEmpty()) {
            return Optional.empty();
        }
        EnuVector p = frame.toEnu(g.get());
        double el = Math.asin(Math.max(-1, Math.min(1, p.upM() / rangeM)));
        double ce = Math.cos(el);
        double se = Math.sin(el);
        if (ce < 1e-6) { // straight overhead: azimuth and elevation degenerate
            return Optional.empty();
        }
        double st = Math.sin(azimuthRad);
        double ct = Math.cos(azimuthRad);
        // Height over the osculating sphere: (Rs + H)^2 = Rs^2 + r^2 + 2 r Rs sin(el).
        double rs = 1 / (ct * ct / meridianRadiusM + st * st / primeVerticalRadiusM)
                + site.antenna().hM();
        double rsH = Math.sqrt(rs * rs + rangeM * rangeM + 2 * rangeM * rs * se);
        double dHdR = (rangeM + rs * se) / rsH;
        double dHdEl = rangeM * rs * ce / rsH;
        double dElDr = -dHdR / dHdEl; // at constant height
        double dElDh = 1 / dHdEl;
        // d(enu)/d(el) = r (-sin el sin az, -sin el cos az, cos el)
        double[] dEl = {-rangeM * se * st, -rangeM * se * ct, rangeM * ce};
        double[][] j = {
            {ce * st + dEl[0] * dElDr, rangeM * ce * ct, dEl[0] * dElDh},
            {ce * ct + dEl[1] * dElDr, -rangeM * ce * st, dEl[1] * dElDh},
            {se + dEl[2] * dElDr, 0, dEl[2] * dElDh},
        };
        double[] var = {
            site.rangeSigmaM() * site.rangeSigmaM(), site.azimuthSigmaRad() * site.azimuthSigmaRad(), hSigma * hSigma
        };
        double[][] cov = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = r; c < 3; c++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += j[r][k] * var[k] * j[c][k];
                }
                cov[r][c] = s;
                cov[c][r] = s;
            }
        }
        return Optional.of(new Detection(time, sensorId, p.eastM(), p.northM(), p.upM(), cov));
    }
}
