package io.steeldome.defence.doctrine;

/** Why a track was not engaged at a decision instant, from the first gate it failed. */
public enum NotEngagedReason {
    /** The threat evaluator predicts it to miss every defended asset. */
    NOT_THREATENING,
    /** The doctrine's rounds for this threat are spent. */
    MAX_ROUNDS_SPENT,
    /** Interceptors are on their way to it: the doctrine waits for the kill assessment (the look). */
    AWAITING_KILL_ASSESSMENT,
    /** No fresh plot this scan: the kill assessment needs a look. */
    NO_FRESH_LOOK,
    /** No effector has a kill probability against its class. */
    NO_EFFECTOR_FOR_CLASS,
    /** Every effector that could engage it has no rounds ready (empty or reloading). */
    NO_ROUNDS,
    /** Every effector with rounds has all its fire channels busy. */
    NO_FIRE_CHANNEL,
    /** No feasible intercept inside any envelope before the predicted impact. */
    OUTSIDE_EVERY_ENVELOPE,
    /** Feasible, but the interceptor need not leave yet: re-planned later on a fresher track. */
    LAUNCH_LATER,
    /** Feasible, but every such layer is under weapons hold. */
    WEAPONS_HOLD,
    /** Feasible, but the layers that could fire are weapons tight and the track is not identified HOSTILE. */
    NOT_HOSTILE_UNDER_TIGHT,
    /** Identified FRIEND. */
    FRIEND,
    /** Options existed, but the assigner gave the rounds to more valuable shots (or the gain was too small). */
    NOT_ASSIGNED,
    /** Recommended, waiting for an operator's decision. */
    AWAITING_APPROVAL,
    /** Recommended and rejected by the approver. */
    REJECTED
}
