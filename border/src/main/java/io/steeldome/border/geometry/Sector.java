package io.steeldome.border.geometry;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.SteeldomeException;
import java.util.Objects;

/**
 * A stretch of a border line between two along-border distances, held by one agency.
 *
 * @param id sector id (unique within a split)
 * @param agencyId the agency responsible (for a split by length, the id the caller gave, or {@code "-"})
 * @param fromM start, m along the border line
 * @param toM end, m along the border line, > fromM
 * @param line the stretch itself as a line, in the border line's direction
 */
public record Sector(String id, String agencyId, double fromM, double toM, BorderLine line) {
    public Sector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(line, "line");
        if (!(fromM >= 0 && toM > fromM)) {
            throw new SteeldomeException(BorderError.BAD_RANGE, id, fromM, toM, Double.POSITIVE_INFINITY);
        }
    }

    /** Geodesic length of the stretch, m. */
    public double lengthM() {
        return line.lengthM();
    }

    /** The buffer zone of this sector on the protected side. */
    public BufferZone bufferZone(double depthM, ProtectedSide side, BorderLine parent) {
        // The side is judged on the parent line, so a point-defined side means the same on every sector.
        ProtectedSide resolved = side.signFor(parent) > 0 ? ProtectedSide.LEFT : ProtectedSide.RIGHT;
        return BufferZone.of(line, depthM, resolved);
    }
}
