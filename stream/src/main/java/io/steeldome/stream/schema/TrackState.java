package io.steeldome.stream.schema;

import java.util.List;

/**
 * One track of a sector after a scan.
 *
 * @param trackId {@code sectorId + "/T" + trackNumber}: stable, and unique over the whole system because a sector is
 *     tracked by exactly one tracker at a time and its numbers are issued deterministically from 1
 * @param trackNumber the tracker's number for it within the sector, from 1, never reused
 * @param status {@code TENTATIVE} or {@code CONFIRMED}
 * @param eastM position east of the sector origin, m (likewise {@code northM}, {@code upM})
 * @param vEastMps velocity east, m/s (likewise {@code vNorthMps}, {@code vUpMps})
 * @param covariance the 6x6 state covariance [e, n, u, ve, vn, vu] as its upper triangle row by row (21 values; m^2,
 *     m^2/s, m^2/s^2)
 * @param lastUpdateS time of the last plot associated with it, simulation seconds
 * @param hits plots associated so far
 * @param consecutiveMisses scans since the last associated plot
 */
public record TrackState(
        String trackId,
        long trackNumber,
        String status,
        double eastM,
        double northM,
        double upM,
        double vEastMps,
        double vNorthMps,
        double vUpMps,
        List<Double> covariance,
        double lastUpdateS,
        int hits,
        int consecutiveMisses) {
    public static final int COVARIANCE_ENTRIES = 21;

    public TrackState {
        Schema.requiredText("track", "trackId", trackId);
        Schema.requiredText("track", "status", status);
        covariance = List.copyOf(Schema.required("track", "covariance", covariance));
        if (covariance.size() != COVARIANCE_ENTRIES) {
            throw new io.steeldome.core.error.SteeldomeException(
                    io.steeldome.stream.error.StreamError.INVALID_RECORD,
                    "track",
                    "covariance needs " + COVARIANCE_ENTRIES + " values, got " + covariance.size());
        }
    }

    public boolean isConfirmed() {
        return "CONFIRMED".equals(status);
    }
}
