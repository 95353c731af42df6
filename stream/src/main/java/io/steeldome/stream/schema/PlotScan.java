package io.steeldome.stream.schema;

import java.util.List;

/**
 * Value of the plots topic: every plot one sensor made over one sector in one scan, possibly none. A scan is the
 * tracker's unit of work (a track misses a scan, not a plot), so an empty scan is information and is sent too. Key:
 * {@link #sectorId()}.
 *
 * @param schemaVersion {@link Schema#VERSION}
 * @param sectorId the sector, which is also the record key; a sector's scans must be produced in time order
 * @param sensorId the sensor that made the scan
 * @param scanNumber the sensor's scan counter over this sector, increasing
 * @param timeS scan time, simulation seconds since the scenario epoch
 * @param origin the sector's ENU frame origin; ENU plots and output tracks are relative to it
 */
public record PlotScan(
        int schemaVersion,
        String sectorId,
        String sensorId,
        long scanNumber,
        double timeS,
        GeoOrigin origin,
        List<Plot> plots) {
    public PlotScan {
        Schema.check("plot scan", schemaVersion);
        Schema.requiredText("plot scan", "sectorId", sectorId);
        Schema.requiredText("plot scan", "sensorId", sensorId);
        Schema.finite("plot scan", "timeS", timeS);
        Schema.required("plot scan", "origin", origin);
        plots = List.copyOf(Schema.required("plot scan", "plots", plots));
    }

    public static PlotScan of(
            String sectorId, String sensorId, long scanNumber, double timeS, GeoOrigin origin, List<Plot> plots) {
        return new PlotScan(Schema.VERSION, sectorId, sensorId, scanNumber, timeS, origin, plots);
    }
}
