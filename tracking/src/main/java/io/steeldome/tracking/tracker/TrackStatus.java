package io.steeldome.tracking.tracker;

/** Life-cycle of a track. Tentative tracks are never reported as confirmed. */
public enum TrackStatus {
    TENTATIVE,
    CONFIRMED
}
