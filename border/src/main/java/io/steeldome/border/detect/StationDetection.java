package io.steeldome.border.detect;

import io.steeldome.border.alert.PositionUncertainty;
import io.steeldome.border.siting.StationType;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.util.Objects;

/**
 * One station's report of something at a place.
 *
 * @param position measured position (height: the DEM's ground there plus a nominal 2 m)
 * @param uncertainty 1-sigma horizontal error ellipse (radial and cross-range errors about the station's bearing)
 * @param truthId the crossing that caused it, or {@link #NO_TRUTH} for a false plot; for scoring runs only, the
 *     fusion never reads it
 */
public record StationDetection(
        SimTime time,
        String stationId,
        StationType stationType,
        GeodeticPoint position,
        PositionUncertainty uncertainty,
        String truthId) {
    /** The truth id of a false plot (no crossing caused it). */
    public static final String NO_TRUTH = "";

    public StationDetection {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(stationType, "stationType");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(truthId, "truthId");
    }
}
