package io.steeldome.sim.trackfile;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lines up measurements and truth scan by scan. The result has one frame for every scan number from the first to the
 * last one in either file: a scan with no rows in either file (no detection and no target) is an empty scan whose
 * time is {@code dtS} (the nominal scan period) after the scan before it. The tracker must see empty scans, or it
 * would not count their misses.
 */
public final class ScanTimeline {
    private ScanTimeline() {}

    /**
     * @param dtS nominal scan period, used only to time scans that have no rows
     * @throws SteeldomeException with file and line when a scan has different times in the two files, a scan of the
     *     measurements lies outside the scans of the truth, time does not increase from scan to scan across the two
     *     files, or {@code dtS} is too long to fit the empty scans before the next listed one
     */
    public static List<ScanFrame> merge(MeasurementFile measurements, Optional<TruthFile> truth, double dtS) {
        Checks.positive("dtS", dtS, "s");
        TreeMap<Integer, Listed> listed = new TreeMap<>();
        for (MeasurementScan s : measurements.scans()) {
            listed.put(s.scan(), new Listed(s.timeS(), measurements.source(), s.line(), s.positionsM(), List.of()));
        }
        if (truth.isPresent()) {
            addTruth(listed, measurements, truth.get());
        }
        List<ScanFrame> frames = new ArrayList<>();
        Map.Entry<Integer, Listed> previous = null;
        for (Map.Entry<Integer, Listed> e : listed.entrySet()) {
            int scan = e.getKey();
            Listed here = e.getValue();
            if (previous != null) {
                int gap = scan - previous.getKey();
                double previousTimeS = previous.getValue().timeS();
                if (!(here.timeS() > previousTimeS)) {
                    throw new SteeldomeException(
                            TrackFileError.TIME_BACKWARDS,
                            here.source(),
                            String.valueOf(here.line()),
                            String.valueOf(here.timeS()),
                            String.valueOf(scan),
                            String.valueOf(previousTimeS),
                            String.valueOf(previous.getKey()),
                            previous.getValue().source() + ":"
                                    + previous.getValue().line());
                }
                if (gap > 1 && !(previousTimeS + (gap - 1) * dtS < here.timeS())) {
                    throw new SteeldomeException(
                            TrackFileError.DT_TOO_LONG,
                            here.source(),
                            String.valueOf(here.line()),
                            String.valueOf(scan),
                            String.valueOf(here.timeS()),
                            String.valueOf(previous.getKey()),
                            String.valueOf(previousTimeS),
                            String.valueOf(dtS));
                }
                for (int k = 1; k < gap; k++) {
                    frames.add(new ScanFrame(previous.getKey() + k, previousTimeS + k * dtS, List.of(), List.of()));
                }
            }
            frames.add(new ScanFrame(scan, here.timeS(), here.detectionsM(), here.truth()));
            previous = e;
        }
        return frames;
    }

    private static void addTruth(TreeMap<Integer, Listed> listed, MeasurementFile measurements, TruthFile truth) {
        List<TruthScan> scans = truth.scans();
        for (MeasurementScan m : measurements.scans()) {
            if (scans.isEmpty()
                    || m.scan() < scans.getFirst().scan()
                    || m.scan() > scans.getLast().scan()) {
                throw new SteeldomeException(
                        TrackFileError.SCAN_NOT_IN_TRUTH,
                        measurements.source(),
                        String.valueOf(m.line()),
                        String.valueOf(m.scan()),
                        scans.isEmpty()
                                ? "(none)"
                                : String.valueOf(scans.getFirst().scan()),
                        scans.isEmpty()
                                ? "(none)"
                                : String.valueOf(scans.getLast().scan()),
                        truth.source());
            }
        }
        for (TruthScan t : scans) {
            Listed m = listed.get(t.scan());
            if (m == null) {
                listed.put(t.scan(), new Listed(t.timeS(), truth.source(), t.line(), List.of(), t.targets()));
            } else if (Double.compare(m.timeS(), t.timeS()) != 0) {
                throw new SteeldomeException(
                        TrackFileError.SCAN_TIME_MISMATCH,
                        m.source(),
                        String.valueOf(m.line()),
                        String.valueOf(t.scan()),
                        String.valueOf(m.timeS()),
                        truth.source(),
                        String.valueOf(t.line()),
                        String.valueOf(t.timeS()));
            } else {
                listed.put(t.scan(), new Listed(m.timeS(), m.source(), m.line(), m.detectionsM(), t.targets()));
            }
        }
    }

    /** A scan that has rows in at least one file; source and line locate it for messages. */
    private record Listed(
            double timeS, String source, int line, List<EnuVector> detectionsM, List<LabelledPosition> truth) {}
}
