package io.steeldome.stream.tracker;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.stream.schema.EnuPlot;
import io.steeldome.stream.schema.Plot;
import io.steeldome.stream.schema.PolarPlot;
import io.steeldome.tracking.measurement.RadarPolar;
import io.steeldome.tracking.tracker.Detection;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Turns a plot into a tracker {@link Detection} in the sector's ENU frame. A polar plot is converted in the radar's
 * own ENU frame ({@link RadarPolar#toEnu} and its first-order {@link RadarPolar#convertedCovariance}), then moved
 * exactly into the sector frame through ECEF: the two frames' axes differ by the angle between their verticals
 * (about 1 m per 5 km of plot range per 2 km of site offset), which a flat placement would add as a bias.
 */
final class PlotConversion {
    private static final EnuVector AT_SITE = new EnuVector(0, 0, 0);

    private PlotConversion() {}

    static Detection toDetection(Plot plot, SimTime time, String sensorId, LocalFrame sector) {
        return switch (plot.measurement()) {
            case EnuPlot p -> new Detection(time, sensorId, p.eastM(), p.northM(), p.upM(), p.covarianceM2());
            case PolarPlot p -> polar(p, time, sensorId, sector);
        };
    }

    static Detection polar(PolarPlot p, SimTime time, String sensorId, LocalFrame sector) {
        LocalFrame radarFrame = LocalFrame.at(p.site().toGeodetic());
        RadarPolar radar = RadarPolar.of(AT_SITE, p.rangeSigmaM(), p.azimuthSigmaRad(), p.elevationSigmaRad());
        RealVector z = MatrixUtils.createRealVector(new double[] {p.rangeM(), p.azimuthRad(), p.elevationRad()});
        EnuVector position = sector.toEnu(radarFrame.toEcef(radar.toEnu(z)));
        // Covariance rotates with the axes: C_sector = M C_radar M^T, M = R_sector * R_radar^T (ECEF -> ENU rows).
        RealMatrix m = MatrixUtils.createRealMatrix(sector.ecefToEnuRotation())
                .multiplyTransposed(MatrixUtils.createRealMatrix(radarFrame.ecefToEnuRotation()));
        RealMatrix c = m.multiply(radar.convertedCovariance(z)).multiplyTransposed(m);
        double[][] cov = c.getData();
        for (int r = 0; r < 3; r++) {
            for (int k = r + 1; k < 3; k++) {
                double mean = 0.5 * (cov[r][k] + cov[k][r]);
                cov[r][k] = mean;
                cov[k][r] = mean;
            }
        }
        return new Detection(time, sensorId, position.eastM(), position.northM(), position.upM(), cov);
    }
}
