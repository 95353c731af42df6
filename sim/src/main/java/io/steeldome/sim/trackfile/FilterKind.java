package io.steeldome.sim.trackfile;

import java.util.Locale;

/** State estimators of the tracking contract; only {@link #KF} is implemented in the file runner so far. */
public enum FilterKind {
    /** Linear Kalman filter on a nearly-constant-velocity model (implemented). */
    KF,
    /** Extended Kalman filter (not wired in yet). */
    EKF,
    /** Unscented Kalman filter (not wired in yet). */
    UKF,
    /** Interacting multiple model (not wired in yet). */
    IMM;

    /** The lower-case name used on the command line and in output files. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean implemented() {
        return this == KF;
    }
}
