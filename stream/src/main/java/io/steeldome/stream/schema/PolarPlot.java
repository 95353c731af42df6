package io.steeldome.stream.schema;

/**
 * A radar plot in the radar's own polar coordinates, with independent Gaussian errors. Azimuth is clockwise from
 * north, elevation above the horizontal plane through the radar (the flat geometry of
 * {@link io.steeldome.tracking.measurement.RadarPolar}, good within a few tens of km of the sector origin). The radar
 * stands at the geodetic site given here; the tracker converts the plot into the sector's ENU frame.
 *
 * @param siteLatDeg radar latitude, degrees north
 * @param siteLonDeg radar longitude, degrees east
 * @param siteHM radar height above the WGS-84 ellipsoid, m
 */
public record PolarPlot(
        double rangeM,
        double azimuthRad,
        double elevationRad,
        double rangeSigmaM,
        double azimuthSigmaRad,
        double elevationSigmaRad,
        double siteLatDeg,
        double siteLonDeg,
        double siteHM)
        implements PlotMeasurement {
    public PolarPlot {
        Schema.positive("plot", "rangeM", rangeM);
        Schema.finite("plot", "azimuthRad", azimuthRad);
        if (!(Math.abs(elevationRad) < Math.PI / 2)) {
            throw new io.steeldome.core.error.SteeldomeException(
                    io.steeldome.stream.error.StreamError.INVALID_RECORD,
                    "plot",
                    "elevationRad = " + elevationRad + " must be in (-pi/2, pi/2)");
        }
        Schema.positive("plot", "rangeSigmaM", rangeSigmaM);
        Schema.positive("plot", "azimuthSigmaRad", azimuthSigmaRad);
        Schema.positive("plot", "elevationSigmaRad", elevationSigmaRad);
        new GeoOrigin(siteLatDeg, siteLonDeg, siteHM); // validates the site
    }

    public GeoOrigin site() {
        return new GeoOrigin(siteLatDeg, siteLonDeg, siteHM);
    }
}
