package io.steeldome.border.share;

/**
 * Standard identity of a shared track, as APP-6 / MIL-STD-2525 symbols show it (the affiliation frame and colour).
 * Sources state it where they know it (a CoT type's affiliation, the engine's identification); a source that says
 * nothing gives {@link #UNKNOWN}. Decision support only: an identity here never authorises anything by itself.
 */
public enum StandardIdentity {
    PENDING,
    UNKNOWN,
    ASSUMED_FRIEND,
    FRIEND,
    NEUTRAL,
    SUSPECT,
    HOSTILE
}
