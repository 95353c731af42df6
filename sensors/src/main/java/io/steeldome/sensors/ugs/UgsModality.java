package io.steeldome.sensors.ugs;

/** What an unattended ground sensor senses. */
public enum UgsModality {
    /** Ground vibration from footsteps and vehicles (geophone). */
    SEISMIC,
    /** Sound, chiefly engines. */
    ACOUSTIC,
    /** Passive infrared: a warm body crossing the detection zones. */
    PASSIVE_INFRARED
}
