package io.steeldome.sim.trackfile;

import java.util.Locale;

/** Data association methods of the tracking contract. */
public enum AssociatorKind {
    /** Global nearest neighbour (implemented). */
    GNN,
    /** Joint probabilistic data association (implemented, with {@code --filter kf}). */
    JPDA,
    /** Track-oriented multiple hypothesis tracking with N-scan pruning (implemented, with {@code --filter kf}). */
    MHT;

    /** The lower-case name used on the command line and in output files. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean implemented() {
        return true;
    }
}
