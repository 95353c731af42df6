package io.steeldome.border.share;

import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.alert.Releasability;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.util.List;
import java.util.Objects;

/**
 * A track as shared between agencies: latest position and the alerts it was built from.
 *
 * @param id track id
 * @param time time of the latest position
 * @param position latest position estimate
 * @param uncertainty its 1-sigma error ellipse
 * @param agencyId owning agency
 * @param releasability owner's marking
 * @param alertIds the alerts behind the track (references; filtered per viewer in a {@link PictureView})
 * @param identity standard identity as the source states it
 */
public record SharedTrack(
        String id,
        SimTime time,
        GeodeticPoint position,
        PositionUncertainty uncertainty,
        String agencyId,
        Releasability releasability,
        List<String> alertIds,
        StandardIdentity identity) {
    public SharedTrack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(releasability, "releasability");
        alertIds = List.copyOf(alertIds);
        Objects.requireNonNull(identity, "identity");
    }

    /** A track whose source states no identity ({@link StandardIdentity#UNKNOWN}). */
    public SharedTrack(
            String id,
            SimTime time,
            GeodeticPoint position,
            PositionUncertainty uncertainty,
            String agencyId,
            Releasability releasability,
            List<String> alertIds) {
        this(id, time, position, uncertainty, agencyId, releasability, alertIds, StandardIdentity.UNKNOWN);
    }
}
