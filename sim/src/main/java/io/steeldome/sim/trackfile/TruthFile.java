package io.steeldome.sim.trackfile;

import java.util.List;

/**
 * A ground-truth file: the scans that have at least one target, in increasing scan and time order.
 *
 * @param source the file name, for messages
 * @param hasZ whether the file has a {@code z_m} column
 */
public record TruthFile(String source, boolean hasZ, List<TruthScan> scans) {
    public TruthFile {
        scans = List.copyOf(scans);
    }
}
