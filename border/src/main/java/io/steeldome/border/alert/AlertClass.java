package io.steeldome.border.alert;

/** What an alert is believed to be. Detection only: nothing here says what to do about it beyond sending a patrol. */
public enum AlertClass {
    PEDESTRIAN_GROUP,
    VEHICLE,
    SMALL_DRONE,
    UNKNOWN
}
