package io.steeldome.sim.trackfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our GNN tracker against Stone Soup's GNN on the identical detections of the anchor scenarios (see
 * src/test/resources/anchors/tracking/PROVENANCE.md). Published values: /work/shared/anchors/RESULTS.md table A and
 * results.json (gospa_p2_mean_scan5plus, rmse_pos_m, detections).
 */
class AnchorComparisonTest {
    private static final double SIGMA_M = 5;

    /** Stone Soup GNN, N = 10: mean GOSPA (c 100 m, p 2, alpha 2) over scans 5-99; results.json. */
    private static final double STONE_SOUP_GOSPA_N10 = 13.634870;
    /** Stone Soup GNN, N = 50: mean GOSPA over scans 5-99; results.json. */
    private static final double STONE_SOUP_GOSPA_N50 = 32.905464;

    /**
     * On N10 we are 2 % above Stone Soup, by one missed target-scan: target_id 7 is detected at scans 0, 2, 4, 5, 6.
     * Stone Soup confirms it at scan 4 (its tentative deleter waits for two misses in a row); the tracker's 3-of-4 rule
     * fails that tentative track at its second miss (scan 3) and confirms a new one at scan 6, so the target is missed
     * at scan 5 (see TrackRunSettings.CONFIRM_WINDOW_SCANS). Localisation and false tracks are no worse; this margin
     * still fails on any real regression (one more missed target-scan alone adds about 0.6 m).
     */
    private static final double N10_CONFIRMATION_RULE_MARGIN = 1.03;

    @Test
    void n10MatchesStoneSoupWithinTheConfirmationRuleDifference(@TempDir Path dir) {
        TrackRunResult r = run("scenario_N10.csv", dir);
        TrackAccuracy a = r.accuracy().orElseThrow();

        assertThat(r.throughput().detections()).isEqualTo(1911); // results.json: detections fed
        assertThat(r.scans()).hasSize(100);
        assertThat(a.steady().orElseThrow().distanceM())
                .isLessThanOrEqualTo(STONE_SOUP_GOSPA_N10 * N10_CONFIRMATION_RULE_MARGIN);
        assertThat(a.steady().orElseThrow().falsePerScan()).isZero(); // Stone Soup: 0 false tracks per scan
        assertThat(a.rmseM().orElseThrow()).isLessThan(SIGMA_M);
        assertThat(r.confirmedTrackCount()).isEqualTo(10);
        // 3 hits are needed: nothing can be confirmed before the third scan
        assertThat(r.scans().get(0).tracks()).isEmpty();
        assertThat(r.scans().get(1).tracks()).isEmpty();
    }

    @Test
    void n50IsAtLeastAsGoodAsStoneSoup(@TempDir Path dir) {
        TrackRunResult r = run("scenario_N50.csv.gz", dir);
        TrackAccuracy a = r.accuracy().orElseThrow();

        assertThat(r.throughput().detections()).isEqualTo(5454); // results.json: detections fed
        assertThat(a.steady().orElseThrow().distanceM()).isLessThanOrEqualTo(STONE_SOUP_GOSPA_N50);
        assertThat(a.rmseM().orElseThrow()).isLessThan(SIGMA_M);
    }

    private static TrackRunResult run(String resource, Path dir) {
        AnchorScenario.Split split = AnchorScenario.split(resource, dir);
        AtomicLong fakeClock = new AtomicLong();
        return TrackFileRun.of(TrackRunSettings.defaults())
                .run(
                        MeasurementCsv.read(split.measurements()),
                        Optional.of(TruthCsv.read(split.truth())),
                        fakeClock::incrementAndGet);
    }
}
