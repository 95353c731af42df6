package io.steeldome.sim.trackfile;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.EnuVector;
import java.util.List;

/**
 * The detections of one scan, unlabelled (target or clutter is not known).
 *
 * @param line the file line of the scan's first row, for messages
 * @param positionsM detection positions in the file's Cartesian frame (x east, y north, z up; z = 0 for 2-D files)
 */
public record MeasurementScan(int scan, double timeS, int line, List<EnuVector> positionsM) {
    public MeasurementScan {
        Checks.nonNegative("scan", scan, "");
        Checks.finite("timeS", timeS);
        positionsM = List.copyOf(positionsM);
    }
}
