package io.steeldome.border.crossing;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.util.Objects;

/**
 * A crossing to simulate: who, when, from where on the far side to where on the protected side.
 *
 * @param sectorId the sector of the border it crosses, or the line's id when no sectors were given
 * @param alongM where it meets the border, m along the line
 */
public record PlannedCrossing(
        String id,
        CrosserKind kind,
        SimTime departure,
        GeodeticPoint start,
        GeodeticPoint goal,
        String sectorId,
        double alongM) {
    public PlannedCrossing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(sectorId, "sectorId");
    }
}
