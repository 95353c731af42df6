package io.steeldome.border.share;

/** What a viewing agency gets of a partner's item. */
public enum Access {
    /** Nothing: the item, its id and any reference to it are withheld. */
    NONE,
    /** A copy with the position snapped to a coarse grid (see {@link Downgrade}). */
    DOWNGRADED,
    /** The item as the owner holds it. */
    FULL
}
