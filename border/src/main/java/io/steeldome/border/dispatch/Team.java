package io.steeldome.border.dispatch;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.Objects;

/**
 * A patrol team that can be sent to look at an alert. It answers only its own agency's alerts.
 *
 * @param id team id, unique among the dispatcher's teams
 * @param outpost home position, where the team waits when idle
 * @param agencyId the agency the team belongs to
 * @param mobility foot or vehicle
 */
public record Team(String id, GeodeticPoint outpost, String agencyId, Mobility mobility) {
    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outpost, "outpost");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(mobility, "mobility");
    }
}
