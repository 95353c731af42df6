package io.steeldome.sim.trackfile;

import io.steeldome.core.error.Checks;
import java.util.List;

/**
 * The true target positions at one scan.
 *
 * @param line the file line of the scan's first row, for messages
 */
public record TruthScan(int scan, double timeS, int line, List<LabelledPosition> targets) {
    public TruthScan {
        Checks.nonNegative("scan", scan, "");
        Checks.finite("timeS", timeS);
        targets = List.copyOf(targets);
    }
}
