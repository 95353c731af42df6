package io.steeldome.sim.trackfile;

import io.steeldome.core.error.Checks;
import java.util.List;

/**
 * The confirmed tracks after one scan: each track's estimate at the scan time (updated, or coasted when it was
 * missed), in increasing track id order.
 */
public record TrackScan(int scan, double timeS, List<LabelledPosition> tracks) {
    public TrackScan {
        Checks.nonNegative("scan", scan, "");
        Checks.finite("timeS", timeS);
        tracks = List.copyOf(tracks);
    }
}
