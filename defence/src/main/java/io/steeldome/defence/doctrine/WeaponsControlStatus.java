package io.steeldome.defence.doctrine;

/**
 * Weapons control status, the standard air-defence orders that say which tracks a fire unit may engage.
 * Self-defence (a unit under HOLD engaging a threat attacking the unit itself) is not modelled: HOLD fires at nothing.
 */
public enum WeaponsControlStatus {
    /** Do not fire (except in self-defence, which is not modelled here: HOLD fires at nothing). */
    HOLD,
    /** Fire only at tracks identified HOSTILE. */
    TIGHT,
    /** Fire at any track not identified FRIEND. */
    FREE;

    /** Whether a unit under this status may engage a track with identity {@code id}. */
    public boolean permits(Identification id) {
        return switch (this) {
            case HOLD -> false;
            case TIGHT -> id == Identification.HOSTILE;
            case FREE -> id != Identification.FRIEND;
        };
    }

    /** The rule in words, for the operator. */
    public String rule() {
        return switch (this) {
            case HOLD -> "weapons hold: do not fire (self-defence is not modelled)";
            case TIGHT -> "weapons tight: fire only at tracks identified HOSTILE";
            case FREE -> "weapons free: fire at any track not identified FRIEND";
        };
    }
}
