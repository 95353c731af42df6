package io.steeldome.stream.schema;

/**
 * One plot of a scan.
 *
 * @param plotId unique over the whole plots topic (for example {@code sector/scan/index}); every track record names the
 *     plot ids it consumed, which is how exactly-once processing is audited
 */
public record Plot(String plotId, PlotMeasurement measurement) {
    public Plot {
        Schema.requiredText("plot", "plotId", plotId);
        Schema.required("plot", "measurement", measurement);
    }
}
