package io.steeldome.border.detect;

import io.steeldome.border.plan.PlannedStation;
import io.steeldome.border.siting.StationType;
import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.Objects;

/**
 * A sensing station as the detection model sees it.
 *
 * @param position where it stands (its height is ignored: the DEM's ground is used)
 * @param mastHeightM sensor height above the ground, m
 * @param rangeM farthest slant range at which it reports anything, m
 */
public record Station(String id, StationType type, GeodeticPoint position, double mastHeightM, double rangeM) {
    public Station {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(position, "position");
        Checks.nonNegative("mastHeightM", mastHeightM, "m");
        Checks.positive("rangeM", rangeM, "m");
    }

    /**
     * A planned station. Its spec's range is the person range at Pd 0.5, which would cut off vehicles seen much
     * farther, so the reporting range is the type's instrumented or contrast limit ({@link LookModel#maxRangeM}).
     */
    public static Station of(PlannedStation p) {
        return new Station(
                p.id(),
                p.spec().type(),
                p.position(),
                p.spec().mastHeightM(),
                LookModel.maxRangeM(p.spec().type()));
    }
}
