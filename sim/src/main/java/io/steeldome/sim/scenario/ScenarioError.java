package io.steeldome.sim.scenario;

import io.steeldome.core.error.ErrorCode;

/** Failures of scenario files and of scenario records built in code. */
public enum ScenarioError implements ErrorCode {
    INVALID_SCENARIO("{0} has {1} problem(s):\n{2}"),
    UNREADABLE("cannot read scenario {0}: {1}"),
    BLANK("{0} must not be blank"),
    TOO_FEW_POINTS("{0} needs at least {1} distinct points, got {2}"),
    RANGE_ORDER("{0}: minRangeM = {1} m must be less than maxRangeM = {2} m"),
    WINDOW_TOO_SHORT("tracker confirmWindow = {0} must be >= confirmHits = {1}"),
    NOT_FOR_TYPE("{0} does not apply to {1} threats; remove it"),
    NO_DEM_FILES("terrain dem needs at least one elevation file"),
    SYNTHETIC_TERRAIN_OUTSIDE("synthetic terrain exists only for 38-46 E, 35-41 N (it is conditioned on ETOPO1"
            + " heights there): {0} outside it"),
    SYNTHETIC_TERRAIN_TOO_LARGE("synthetic terrain in {0}-arc-second cells over the sensors'' coverage needs {1} cells,"
            + " more than the limit of {2}; use cellArcSec >= {3} or shorter sensor ranges"),
    DUPLICATE_ID("duplicate id ''{0}''; ids must be unique across assets, sensors, effectors, threats,"
            + " border segments and stations");

    private final String template;

    ScenarioError(String template) {
        this.template = template;
    }

    @Override
    public String template() {
        return template;
    }
}
