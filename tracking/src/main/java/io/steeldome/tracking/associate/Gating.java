package io.steeldome.tracking.associate;

/** How {@link GnnAssociator} finds the candidate detections of each track before the exact chi-square test. */
public enum Gating {
    /**
     * A uniform grid over the scan's detections; each track queries only the cells its gate's bounding box overlaps.
     * Cost about linear in tracks plus detections.
     */
    INDEXED,
    /** Every track against every detection; the reference the index is tested against. */
    EXHAUSTIVE
}
