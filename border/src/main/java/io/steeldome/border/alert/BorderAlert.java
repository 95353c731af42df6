package io.steeldome.border.alert;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.util.Objects;

/**
 * An alert raised by border surveillance: something was detected at a place and time. It is a request to look (a
 * patrol may be dispatched), never a recommendation to use force.
 *
 * @param id alert id, unique within a run
 * @param time when the detection was made
 * @param position best estimate of where (WGS-84)
 * @param uncertainty 1-sigma horizontal error ellipse of {@code position}
 * @param classification what it is believed to be
 * @param confidence confidence in {@code classification}, [0, 1]
 * @param sectorId the border sector the position falls in
 * @param agencyId the owning agency (the one responsible for the sector, or the sensor's owner)
 * @param releasability the owner's releasability marking
 */
public record BorderAlert(
        String id,
        SimTime time,
        GeodeticPoint position,
        PositionUncertainty uncertainty,
        AlertClass classification,
        double confidence,
        String sectorId,
        String agencyId,
        Releasability releasability) {
    public BorderAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(classification, "classification");
        Checks.inRange("confidence", confidence, 0, 1, "");
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(releasability, "releasability");
    }

    /** A copy at another position and uncertainty (everything else kept), e.g. for a precision downgrade. */
    public BorderAlert withPosition(GeodeticPoint newPosition, PositionUncertainty newUncertainty) {
        return new BorderAlert(
                id, time, newPosition, newUncertainty, classification, confidence, sectorId, agencyId, releasability);
    }
}
