package io.steeldome.border.geometry;

import io.steeldome.border.BorderError;
import io.steeldome.core.error.SteeldomeException;
import java.util.Objects;

/** An agency's area of responsibility given as an along-border distance range [fromM, toM), m. */
public record AgencyRange(String agencyId, double fromM, double toM) {
    public AgencyRange {
        Objects.requireNonNull(agencyId, "agencyId");
        if (!(fromM >= 0 && toM > fromM) || Double.isInfinite(toM)) {
            throw new SteeldomeException(BorderError.BAD_RANGE, agencyId, fromM, toM, Double.POSITIVE_INFINITY);
        }
    }
}
