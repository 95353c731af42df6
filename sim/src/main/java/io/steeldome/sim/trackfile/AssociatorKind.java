package io.steeldome.sim.trackfile;

import java.util.Locale;

/** Data association methods of the tracking contract; {@link #GNN} and {@link #JPDA} are implemented so far. */
public enum AssociatorKind {
    /** Global nearest neighbour (implemented). */
    GNN,
    /** Joint probabilistic data association (implemented, with {@code --filter kf}). */
    JPDA,
    /** Multiple hypothesis tracking (not implemented yet). */
    MHT;

    /** The lower-case name used on the command line and in output files. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean implemented() {
        return this == GNN || this == JPDA;
    }
}
