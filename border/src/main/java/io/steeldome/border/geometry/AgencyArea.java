package io.steeldome.border.geometry;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.List;
import java.util.Objects;

/**
 * An agency's area of responsibility given as a polygon (exterior ring of geodetic points, closed or not; edges are
 * taken as straight in the plane of the border's {@link PlaneFrame}, i.e. close to geodesics).
 */
public record AgencyArea(String agencyId, List<GeodeticPoint> ring) {
    public AgencyArea {
        Objects.requireNonNull(agencyId, "agencyId");
        ring = List.copyOf(ring);
        if (ring.size() < 3) {
            throw new SteeldomeException(
                    BorderError.GEOMETRY, agencyId, "an area needs at least 3 positions, got " + ring.size());
        }
    }
}
