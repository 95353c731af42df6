package io.steeldome.sim.trackfile;

import java.util.Locale;

/**
 * State estimators of the tracking contract. All run with the GNN associator; JPDA runs only with {@link #KF}.
 */
public enum FilterKind {
    /** Linear Kalman filter on a nearly-constant-velocity model (fixed-size kernels). */
    KF,
    /** Extended Kalman filter on the same model; with position plots it equals {@link #KF}. */
    EKF,
    /** Unscented Kalman filter on the same model. */
    UKF,
    /** Interacting multiple model: nearly-constant velocity plus coordinated turn. */
    IMM;

    /** The lower-case name used on the command line and in output files. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every filter runs with GNN; only {@link #KF} also runs with JPDA. */
    public boolean implemented() {
        return true;
    }
}
