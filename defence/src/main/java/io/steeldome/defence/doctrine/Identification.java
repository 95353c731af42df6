package io.steeldome.defence.doctrine;

/**
 * Standard identity of a track (a subset of the NATO STANAG 1241 / APP-6 identities). {@link #FRIEND} needs IFF or an
 * operator's declaration, neither of which is modelled yet: the rules of {@link Identifier} never produce it.
 */
public enum Identification {
    /** Evidence that the track is an enemy: ballistic kinematics or origin over hostile territory. */
    HOSTILE,
    /** Threatening behaviour (on course for a defended asset) without evidence of hostile origin. */
    SUSPECT,
    /** Nothing known either way. */
    UNKNOWN,
    /** Own or allied; never engaged. */
    FRIEND
}
