package io.steeldome.border.siting;

/** Kinds of border surveillance station. */
public enum StationType {
    /** A ground-surveillance radar on a tower. */
    RADAR_TOWER,
    /** A long-range day/thermal camera turret on a tower. */
    EOIR_TOWER,
    /** A manned observation post with a patrol team and a short-range turret on a watchtower. */
    OUTPOST,
    /** A field of unattended ground sensors laid across the approaches (seismic and passive infrared). */
    UGS_FIELD
}
