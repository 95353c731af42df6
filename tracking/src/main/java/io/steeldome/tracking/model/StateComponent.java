package io.steeldome.tracking.model;

/**
 * The physical meaning of one entry of a state vector, in the scenario's local ENU frame. Lets estimators that run
 * several motion models side by side (the IMM) line up states of different lengths. Declaration order is the
 * canonical order of a combined state.
 */
public enum StateComponent {
    /** East position, m. */
    EAST,
    /** North position, m. */
    NORTH,
    /** Up position, m. */
    UP,
    /** East velocity, m/s. */
    V_EAST,
    /** North velocity, m/s. */
    V_NORTH,
    /** Up velocity, m/s. */
    V_UP,
    /** East acceleration, m/s^2. */
    A_EAST,
    /** North acceleration, m/s^2. */
    A_NORTH,
    /** Up acceleration, m/s^2. */
    A_UP,
    /** Horizontal turn rate, rad/s, positive counter-clockwise seen from above (a left turn). */
    TURN_RATE
}
