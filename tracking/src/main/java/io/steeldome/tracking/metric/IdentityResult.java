package io.steeldome.tracking.metric;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Identity metrics of a run ({@link TrackIdentity}).
 *
 * @param perTruth the metrics of every truth that was present at some scan, by target id in increasing order
 */
public record IdentityResult(Map<Long, TruthIdentity> perTruth) {
    public IdentityResult {
        perTruth = Collections.unmodifiableMap(new TreeMap<>(perTruth));
    }

    /** ID switches summed over the truths. */
    public long idSwitches() {
        return perTruth.values().stream().mapToLong(TruthIdentity::idSwitches).sum();
    }

    /** Track breaks summed over the truths. */
    public long trackBreaks() {
        return perTruth.values().stream().mapToLong(TruthIdentity::trackBreaks).sum();
    }

    /** Distinct track ids per truth, averaged over the truths; 0 without truths. */
    public double meanDistinctTrackIds() {
        return perTruth.values().stream()
                .mapToInt(TruthIdentity::distinctTrackIds)
                .average()
                .orElse(0);
    }

    /** Truths never paired with any track. */
    public long untrackedTruths() {
        return perTruth.values().stream().filter(t -> t.distinctTrackIds() == 0).count();
    }
}
