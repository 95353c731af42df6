package io.steeldome.stream.schema;

/**
 * Value of the alerts topic: a border-surveillance alert. Key: {@link #borderSectorId()}, so one stretch of border
 * sees its alerts in order. Alerts inform operators and patrol dispatch only.
 *
 * @param schemaVersion {@link Schema#VERSION}
 * @param alertId unique alert id
 * @param borderSectorId the border stretch it concerns, also the record key
 * @param timeS when the condition was detected, simulation seconds
 * @param kind what happened
 * @param trackId the track that raised it ({@link TrackState#trackId()})
 * @param latDeg where, degrees north
 * @param lonDeg where, degrees east
 * @param summary one human-readable line
 */
public record BorderAlert(
        int schemaVersion,
        String alertId,
        String borderSectorId,
        double timeS,
        Kind kind,
        String trackId,
        double latDeg,
        double lonDeg,
        String summary) {
    /** The alert kinds. */
    public enum Kind {
        /** A track is approaching the border line inside the warning distance. */
        APPROACH,
        /** A track crossed the border line. */
        CROSSING,
        /** A track has stayed near the line longer than the loiter time. */
        LOITER
    }

    public BorderAlert {
        Schema.check("alert", schemaVersion);
        Schema.requiredText("alert", "alertId", alertId);
        Schema.requiredText("alert", "borderSectorId", borderSectorId);
        Schema.finite("alert", "timeS", timeS);
        Schema.required("alert", "kind", kind);
        Schema.requiredText("alert", "trackId", trackId);
        new GeoOrigin(latDeg, lonDeg, 0); // validates the position
        Schema.required("alert", "summary", summary);
    }
}
