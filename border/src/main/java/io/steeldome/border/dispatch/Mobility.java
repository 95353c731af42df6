package io.steeldome.border.dispatch;

/** How a patrol team moves: on foot (Tobler's hiking function) or in an off-road vehicle. */
public enum Mobility {
    FOOT,
    VEHICLE
}
