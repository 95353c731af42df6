package io.steeldome.sim.trackfile;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.EnuVector;
import java.util.List;

/**
 * One scan as the tracker and the scoring see it.
 *
 * @param detectionsM the scan's detections (empty for a scan without rows)
 * @param truth the true targets (empty without a truth file, or when no target exists at this scan)
 */
public record ScanFrame(int scan, double timeS, List<EnuVector> detectionsM, List<LabelledPosition> truth) {
    public ScanFrame {
        Checks.nonNegative("scan", scan, "");
        Checks.finite("timeS", timeS);
        detectionsM = List.copyOf(detectionsM);
        truth = List.copyOf(truth);
    }
}
