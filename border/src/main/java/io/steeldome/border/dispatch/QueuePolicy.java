package io.steeldome.border.dispatch;

/** Order in which waiting alerts are served when a team becomes free. */
public enum QueuePolicy {
    /** First come, first served (alert time, then id). */
    FIFO,
    /** Highest classification confidence first (then alert time, then id). */
    CONFIDENCE
}
