package io.steeldome.interop.radar;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.tracker.Detection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a decoded polar plot into a tracker {@link Detection} in the scenario's ENU frame. The covariance is the
 * site's (range, azimuth, height) accuracy pushed through the Jacobian of the whole conversion (geolocation and the
 * change of frame), taken by central differences because the geolocation has no closed form on the ellipsoid.
 *
 * <p>A plot without a height (primary-only, or Mode C missing) is placed at an assumed height with a wide height
 * accuracy, so the tracker weighs it as the 2D measurement it is.
 */
public final class PlotConversion {
    private static final double RANGE_STEP_M = 1;
    private static final double AZIMUTH_STEP_RAD = 1e-6;
    private static final double HEIGHT_STEP_M = 1;

    private final LocalFrame scenarioFrame;
    private final double assumedHeightM;
    private final double assumedHeightSigmaM;

    private PlotConversion(LocalFrame scenarioFrame, double assumedHeightM, double assumedHeightSigmaM) {
        this.scenarioFrame = scenarioFrame;
        this.assumedHeightM = assumedHeightM;
        this.assumedHeightSigmaM = assumedHeightSigmaM;
    }

    /**
     * @param scenarioFrame the ENU frame the tracker works in
     * @param assumedHeightM height given to plots that carry none, m above the ellipsoid
     * @param assumedHeightSigmaM its 1-sigma accuracy, m
     */
    public static PlotConversion of(LocalFrame scenarioFrame, double assumedHeightM, double assumedHeightSigmaM) {
        Objects.requireNonNull(scenarioFrame, "scenarioFrame");
        Checks.finite("assumedHeightM", assumedHeightM);
        Checks.positive("assumedHeightSigmaM", assumedHeightSigmaM, "m");
        return new PlotConversion(scenarioFrame, assumedHeightM, assumedHeightSigmaM);
    }

    /**
     * The detection for a plot at slant range {@code rangeM} and azimuth {@code azimuthRad} from {@code site}, at
     * {@code heightM} above the ellipsoid when known; empty when the geometry admits no such point.
     */
    public Optional<Detection> toDetection(
            RadarSite site, SimTime time, String sensorId, double rangeM, double azimuthRad, OptionalDouble heightM) {
        double h = heightM.orElse(assumedHeightM);
        double hSigma = heightM.isPresent() ? site.heightSigmaM() : assumedHeightSigmaM;
        Optional<EnuVector> centre = enu(site, rangeM, azimuthRad, h);
        if (centre.isEmpty()) {
            return Optional.empty();
        }
        double[] sigma = {site.rangeSigmaM(), site.azimuthSigmaRad(), hSigma};
        double[] step = {Math.min(RANGE_STEP_M, rangeM / 2), AZIMUTH_STEP_RAD, HEIGHT_STEP_M};
        double[][] j = new double[3][3];
        for (int k = 0; k < 3; k++) {
            double[] plus = {rangeM, azimuthRad, h};
            double[] minus = {rangeM, azimuthRad, h};
            plus[k] += step[k];
            minus[k] -= step[k];
            Optional<EnuVector> p = enu(site, plus[0], plus[1], plus[2]);
            Optional<EnuVector> m = enu(site, minus[0], minus[1], minus[2]);
            if (p.isEmpty() || m.isEmpty()) {
                // At the edge of the feasible geometry (range barely covers the height difference): one-sided.
                EnuVector a = p.orElse(centre.get());
                EnuVector b = m.orElse(centre.get());
                double d = (p.isPresent() ? step[k] : 0) + (m.isPresent() ? step[k] : 0);
                if (d == 0) {
                    return Optional.empty();
                }
                column(j, k, a, b, d);
            } else {
                column(j, k, p.get(), m.get(), 2 * step[k]);
            }
        }
        double[][] cov = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += j[r][k] * sigma[k] * sigma[k] * j[c][k];
                }
                cov[r][c] = s;
            }
        }
        EnuVector e = centre.get();
        return Optional.of(new Detection(time, sensorId, e.eastM(), e.northM(), e.upM(), cov));
    }

    private Optional<EnuVector> enu(RadarSite site, double rangeM, double azimuthRad, double heightM) {
        Optional<GeodeticPoint> g = PlotGeolocator.locate(site.antenna(), rangeM, azimuthRad, heightM);
        return g.map(scenarioFrame::toEnu);
    }

    private static void column(double[][] j, int k, EnuVector a, EnuVector b, double d) {
        j[0][k] = (a.eastM() - b.eastM()) / d;
        j[1][k] = (a.northM() - b.northM()) / d;
        j[2][k] = (a.upM() - b.upM()) / d;
    }
}
