package io.steeldome.sim.trackfile;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.tracking.metric.Gospa;
import io.steeldome.tracking.metric.GospaResult;
import io.steeldome.tracking.metric.IdentityResult;
import io.steeldome.tracking.metric.TrackIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Accuracy of the confirmed tracks against truth, with the conventions of the Stone Soup anchors: GOSPA with c =
 * 100 m, p = 2, alpha = 2 on position, per scan, averaged over all scans and over the scans from the sixth on ("scans
 * 5 onwards", leaving out track initiation); RMSE pooled over every pair that the per-scan GOSPA assignment makes
 * (distance below c). Track identity (ID switches, track breaks) over the same per-scan GOSPA pairs, all scans
 * included; definitions in {@link TrackIdentity}.
 *
 * @param dimensions 3 when z was compared, 2 for x and y only
 * @param allScans GOSPA averaged over every scan
 * @param steady GOSPA averaged from the sixth scan on; empty for runs of 5 scans or fewer
 * @param rmseM position RMSE over the assigned pairs; empty when no pair was assigned
 * @param assignedPairs number of (scan, truth, track) pairs assigned
 * @param perScan the GOSPA of each scan
 * @param identity ID switches, track breaks and distinct tracks per truth, over all scans
 */
public record TrackAccuracy(
        int dimensions,
        GospaMean allScans,
        Optional<GospaMean> steady,
        OptionalDouble rmseM,
        long assignedPairs,
        List<GospaResult> perScan,
        IdentityResult identity) {

    public static final double GOSPA_CUTOFF_M = 100;
    public static final double GOSPA_ORDER = 2;
    /** Scans before this index (initiation) are left out of {@link #steady()}. */
    public static final int STEADY_FROM_INDEX = 5;

    public TrackAccuracy {
        perScan = List.copyOf(perScan);
    }

    /**
     * Scores {@code tracks} (one entry per frame, in the same order) against the frames' truth.
     *
     * @param threeD compare x, y and z; otherwise x and y only
     */
    public static TrackAccuracy score(List<ScanFrame> frames, List<TrackScan> tracks, boolean threeD) {
        if (frames.size() != tracks.size()) {
            throw new IllegalArgumentException(
                    "one track scan per frame expected, got " + tracks.size() + " for " + frames.size());
        }
        Gospa gospa = new Gospa(GOSPA_CUTOFF_M, GOSPA_ORDER);
        List<GospaResult> perScan = new ArrayList<>(frames.size());
        double squaredErrorSumM2 = 0;
        long assigned = 0;
        List<Map<Long, double[]>> truthById = new ArrayList<>(frames.size());
        List<Map<Long, double[]>> tracksById = new ArrayList<>(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            ScanFrame f = frames.get(i);
            TrackScan t = tracks.get(i);
            if (f.scan() != t.scan()) {
                throw new IllegalArgumentException("frame scan " + f.scan() + " paired with track scan " + t.scan());
            }
            GospaResult r = gospa.evaluateArrays(
                    f.truth().stream()
                            .map(p -> coordinates(p.positionM(), threeD))
                            .toList(),
                    t.tracks().stream()
                            .map(p -> coordinates(p.positionM(), threeD))
                            .toList());
            perScan.add(r);
            truthById.add(byId(f.truth(), threeD, "truth target_id", f.scan()));
            tracksById.add(byId(t.tracks(), threeD, "track id", t.scan()));
            // with p = 2 the localisation part is sqrt(sum of squared assigned distances)
            squaredErrorSumM2 += r.localisationM() * r.localisationM();
            assigned += r.assignedCount();
        }
        return new TrackAccuracy(
                threeD ? 3 : 2,
                mean(perScan),
                perScan.size() > STEADY_FROM_INDEX
                        ? Optional.of(mean(perScan.subList(STEADY_FROM_INDEX, perScan.size())))
                        : Optional.empty(),
                assigned > 0 ? OptionalDouble.of(Math.sqrt(squaredErrorSumM2 / assigned)) : OptionalDouble.empty(),
                assigned,
                perScan,
                new TrackIdentity(GOSPA_CUTOFF_M).evaluate(truthById, tracksById));
    }

    private static Map<Long, double[]> byId(List<LabelledPosition> positions, boolean threeD, String what, int scan) {
        Map<Long, double[]> m = new LinkedHashMap<>();
        for (LabelledPosition p : positions) {
            if (m.put(p.id(), coordinates(p.positionM(), threeD)) != null) {
                throw new IllegalArgumentException(what + " " + p.id() + " appears twice at scan " + scan);
            }
        }
        return m;
    }

    private static double[] coordinates(EnuVector p, boolean threeD) {
        return threeD ? p.toArray() : new double[] {p.eastM(), p.northM()};
    }

    private static GospaMean mean(List<GospaResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no scan to score");
        }
        double d = 0;
        double loc = 0;
        double missed = 0;
        double falses = 0;
        double missedCount = 0;
        double falseCount = 0;
        for (GospaResult r : results) {
            d += r.distanceM();
            loc += r.localisationM();
            missed += r.missedM();
            falses += r.falseM();
            missedCount += r.missedCount();
            falseCount += r.falseCount();
        }
        int n = results.size();
        return new GospaMean(n, d / n, loc / n, missed / n, falses / n, missedCount / n, falseCount / n);
    }
}
