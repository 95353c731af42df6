package io.steeldome.sim.trackfile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of a file run.
 *
 * @param hasZ whether the measurements had z (the track output then has z too)
 * @param scans the confirmed tracks after every scan, empty scans included
 * @param confirmedTrackCount distinct tracks that were ever confirmed
 * @param accuracy scores against truth, when a truth file was given
 * @param throughput speed of the tracker alone
 */
public record TrackRunResult(
        TrackRunSettings settings,
        boolean hasZ,
        List<TrackScan> scans,
        int confirmedTrackCount,
        Optional<TrackAccuracy> accuracy,
        Throughput throughput) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public TrackRunResult {
        scans = List.copyOf(scans);
    }

    /** Rows of the track output: confirmed tracks summed over scans. */
    public long trackRows() {
        return scans.stream().mapToLong(s -> s.tracks().size()).sum();
    }

    /**
     * The metrics as pretty-printed JSON: settings, track counts, throughput and, with truth, GOSPA (means over all
     * scans and over scans 5 onwards, with their parts), RMSE and track identity. Undefined numbers are {@code null}.
     */
    public String metricsJson() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode s = root.putObject("settings");
        s.put("associator", settings.associator().cliName());
        s.put("filter", settings.filter().cliName());
        s.put("meas_sigma_m", settings.measSigmaM());
        s.put("pd", settings.detectionProbability());
        s.put("clutter_per_scan", settings.clutterPerScan());
        s.put("process_noise_m2ps3", settings.processNoiseM2PerS3());
        s.put("dt_s", settings.scanPeriodS());
        s.put("gate_chi_square", TrackRunSettings.GATE_CHI_SQUARE);
        s.put("initial_velocity_sigma_mps", TrackRunSettings.INITIAL_VELOCITY_SIGMA_MPS);
        s.put("confirm_hits", TrackRunSettings.CONFIRM_HITS);
        s.put("confirm_window_scans", TrackRunSettings.CONFIRM_WINDOW_SCANS);
        s.put("delete_after_misses", TrackRunSettings.DELETE_AFTER_MISSES);
        root.put("dimensions", hasZ ? 3 : 2);
        root.put("scans", scans.size());
        root.put("detections", throughput.detections());
        ObjectNode t = root.putObject("tracks");
        t.put("confirmed_track_count", confirmedTrackCount);
        t.put("track_rows", trackRows());
        t.put("mean_confirmed_per_scan", scans.isEmpty() ? 0 : (double) trackRows() / scans.size());
        accuracy.ifPresent(a -> {
            ObjectNode g = root.putObject("gospa");
            g.put("c_m", TrackAccuracy.GOSPA_CUTOFF_M);
            g.put("p", TrackAccuracy.GOSPA_ORDER);
            g.put("alpha", 2);
            g.put("dimensions", a.dimensions());
            putMean(g.putObject("all_scans"), a.allScans());
            if (a.steady().isPresent()) {
                putMean(g.putObject("scans_5_onwards"), a.steady().get());
            } else {
                g.putNull("scans_5_onwards");
            }
            putNumber(root, "rmse_m", a.rmseM().isPresent() ? a.rmseM().getAsDouble() : Double.NaN);
            root.put("assigned_pairs", a.assignedPairs());
            ObjectNode id = root.putObject("identity");
            id.put(
                    "definition",
                    "per-scan GOSPA pairs (c_m, alpha 2);"
                            + " id_switches: a truth's paired track differs from the one at its last paired scan;"
                            + " track_breaks: a truth paired again after >= 1 unpaired scan");
            id.put("c_m", TrackAccuracy.GOSPA_CUTOFF_M);
            id.put("truths", a.identity().perTruth().size());
            id.put("id_switches", a.identity().idSwitches());
            id.put("track_breaks", a.identity().trackBreaks());
            id.put("mean_track_ids_per_truth", a.identity().meanDistinctTrackIds());
            id.put("untracked_truths", a.identity().untrackedTruths());
        });
        ObjectNode p = root.putObject("throughput");
        p.put("timed", "wall clock around each tracker call only (no file reading, writing or scoring)");
        p.put("tracker_s", throughput.trackerS());
        putNumber(p, "detections_per_s", throughput.detectionsPerS());
        p.put("ms_per_scan_mean", throughput.msPerScanMean());
        p.put("ms_per_scan_median", throughput.msPerScanMedian());
        p.put("ms_per_scan_p95", throughput.msPerScanP95());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /**
     * Writes {@link #metricsJson()} to {@code path}, completely or not at all.
     *
     * @throws io.steeldome.core.error.SteeldomeException {@link TrackFileError#UNWRITABLE} if it cannot be written
     */
    public void writeMetricsJson(Path path) {
        String json = metricsJson();
        OutputFile.write(path, w -> w.write(json));
    }

    private static void putMean(ObjectNode n, GospaMean m) {
        n.put("scans", m.scans());
        n.put("mean_m", m.distanceM());
        n.put("localisation_m", m.localisationM());
        n.put("missed_m", m.missedM());
        n.put("false_m", m.falseM());
        n.put("missed_per_scan", m.missedPerScan());
        n.put("false_per_scan", m.falsePerScan());
    }

    private static void putNumber(ObjectNode n, String key, double value) {
        if (Double.isFinite(value)) {
            n.put(key, value);
        } else {
            n.putNull(key);
        }
    }
}
