package io.steeldome.stream.schema;

import java.util.List;

/**
 * Value of the tracks topic: the complete track picture of one sector after one scan (a track absent from it has been
 * deleted). Key: {@link #sectorId()}, so a sector's pictures stay in scan order.
 *
 * @param schemaVersion {@link Schema#VERSION}
 * @param sectorId the sector, which is also the record key
 * @param sensorId the sensor of the scan that produced this picture
 * @param scanNumber that scan's number
 * @param timeS that scan's time, simulation seconds
 * @param origin the sector's ENU frame origin
 * @param plotIds the ids of every plot of that scan: each plot is consumed by exactly one picture
 * @param tracks live tracks (tentative and confirmed), ordered by track number
 */
public record SectorTracks(
        int schemaVersion,
        String sectorId,
        String sensorId,
        long scanNumber,
        double timeS,
        GeoOrigin origin,
        List<String> plotIds,
        List<TrackState> tracks) {
    public SectorTracks {
        Schema.check("sector tracks", schemaVersion);
        Schema.requiredText("sector tracks", "sectorId", sectorId);
        Schema.requiredText("sector tracks", "sensorId", sensorId);
        Schema.required("sector tracks", "origin", origin);
        plotIds = List.copyOf(Schema.required("sector tracks", "plotIds", plotIds));
        tracks = List.copyOf(Schema.required("sector tracks", "tracks", tracks));
    }
}
