package io.steeldome.stream.schema;

/**
 * A Cartesian position in the sector's ENU frame (origin {@link PlotScan#origin()}) with its covariance, for sensors
 * that already convert their plots. The covariance must be positive definite.
 */
public record EnuPlot(
        double eastM,
        double northM,
        double upM,
        double varEastM2,
        double varNorthM2,
        double varUpM2,
        double covEastNorthM2,
        double covEastUpM2,
        double covNorthUpM2)
        implements PlotMeasurement {
    public EnuPlot {
        Schema.finite("plot", "eastM", eastM);
        Schema.finite("plot", "northM", northM);
        Schema.finite("plot", "upM", upM);
        Schema.positive("plot", "varEastM2", varEastM2);
        Schema.positive("plot", "varNorthM2", varNorthM2);
        Schema.positive("plot", "varUpM2", varUpM2);
        Schema.finite("plot", "covEastNorthM2", covEastNorthM2);
        Schema.finite("plot", "covEastUpM2", covEastUpM2);
        Schema.finite("plot", "covNorthUpM2", covNorthUpM2);
    }

    /** A plot with independent errors of standard deviation {@code sigmaM} on every axis. */
    public static EnuPlot isotropic(double eastM, double northM, double upM, double sigmaM) {
        double v = sigmaM * sigmaM;
        return new EnuPlot(eastM, northM, upM, v, v, v, 0, 0, 0);
    }

    /** The covariance as a symmetric 3x3 matrix, m^2. */
    public double[][] covarianceM2() {
        return new double[][] {
            {varEastM2, covEastNorthM2, covEastUpM2},
            {covEastNorthM2, varNorthM2, covNorthUpM2},
            {covEastUpM2, covNorthUpM2, varUpM2}
        };
    }
}
