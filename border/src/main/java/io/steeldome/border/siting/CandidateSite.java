package io.steeldome.border.siting;

import io.steeldome.core.geo.GeodeticPoint;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A place a station may stand.
 *
 * @param position where (height ignored: the DEM gives the ground)
 * @param origin how the place was found
 * @param score the ridge's topographic position index, m (0 for other sites)
 * @param types the station types that may stand here (all types if empty)
 */
public record CandidateSite(String id, GeodeticPoint position, Origin origin, double score, Set<StationType> types) {
    public CandidateSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(origin, "origin");
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    }

    /** A site for any station type. */
    public CandidateSite(String id, GeodeticPoint position, Origin origin, double score) {
        this(id, position, origin, score, Set.of());
    }

    /** Whether a station of {@code type} may stand here. */
    public boolean allows(StationType type) {
        return types.isEmpty() || types.contains(type);
    }

    /** How a candidate was found. */
    public enum Origin {
        /** A local maximum of the DEM standing above its surroundings. */
        RIDGE_TOP,
        /** An existing outpost the user named. */
        EXISTING_OUTPOST,
        /** A point just inside the border line, for sensors laid along it (unattended ground sensors). */
        ON_LINE
    }
}
