package io.steeldome.sensors.eoir;

/** Discrimination tasks of the Johnson criteria. */
public enum Task {
    /** Something is there. */
    DETECTION,
    /** Its class: person, vehicle, animal. */
    RECOGNITION,
    /** Its type or identity within the class. */
    IDENTIFICATION
}
