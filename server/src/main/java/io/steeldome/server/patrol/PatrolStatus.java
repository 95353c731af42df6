package io.steeldome.server.patrol;

/** Where a dispatched patrol stands at an instant. */
public enum PatrolStatus {
    /** The alert waits for a free team (before the dispatch time). */
    QUEUED,
    /** The team has set off and not yet arrived (from the dispatch time until the arrival time). */
    EN_ROUTE,
    /** The team is looking on scene (from the arrival time until the clear time). */
    ON_SCENE,
    /** The team has left the scene (from the clear time on). */
    CLEARED
}
