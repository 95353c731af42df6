package io.steeldome.server.approval;

/** Where a posted recommendation stands. Only PENDING ones can be decided. */
public enum RecommendationStatus {
    PENDING,
    APPROVED,
    REJECTED,
    /** Not decided in time: its launch time passed or it grew older than the configured maximum age. */
    EXPIRED,
    /** Replaced by a newer recommendation for the same track and round before anyone decided. */
    SUPERSEDED
}
