package io.steeldome.border.plan;

import io.steeldome.border.siting.StationSpec;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.Objects;

/**
 * A station of a plan or of its baseline.
 *
 * @param id station id (the candidate site's id and the type)
 * @param siteId the candidate site's id, or {@code LINE-k} for a baseline tower standing on the border line
 * @param position where it stands (height: the DEM's ground, if known)
 * @param spec its type, range, mast and cost
 * @param covers demand indices it covers, ascending
 */
public record PlannedStation(String id, String siteId, GeodeticPoint position, StationSpec spec, int[] covers) {
    public PlannedStation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(spec, "spec");
        covers = covers.clone();
    }

    @Override
    public int[] covers() {
        return covers.clone();
    }

    int[] coversView() {
        return covers;
    }
}
