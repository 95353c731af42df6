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

    /**
     * Stone Soup GNN, mean GOSPA (c 100 m, p 2, alpha 2) over scans 5-99, averaged from its per-scan metrics_gnn_N*.csv,
     * whose values are printed to 6 decimals: hence {@link #PEER_ROUNDING}.
     */
    private static final double STONE_SOUP_GOSPA_N10 = 13.634870410526;

    private static final double STONE_SOUP_GOSPA_N50 = 32.905463568421;
    private static final double STONE_SOUP_GOSPA_N200 = 60.757964663158;
    private static final double PEER_ROUNDING = 1e-6;

    @Test
    void n10IsAtLeastAsGoodAsStoneSoup(@TempDir Path dir) {
        TrackRunResult r = run("scenario_N10.csv", dir);
        TrackAccuracy a = r.accuracy().orElseThrow();

        assertThat(r.throughput().detections()).isEqualTo(1911); // results.json: detections fed
        assertThat(r.scans()).hasSize(100);
        assertThat(a.steady().orElseThrow().distanceM()).isLessThanOrEqualTo(STONE_SOUP_GOSPA_N10 + PEER_ROUNDING);
        assertThat(a.steady().orElseThrow().falsePerScan()).isZero(); // Stone Soup: 0 false tracks per scan
        assertThat(a.rmseM().orElseThrow()).isLessThan(SIGMA_M);
        assertThat(r.confirmedTrackCount()).isEqualTo(10);
        // 3 hits are needed: nothing can be confirmed before the third scan
        assertThat(r.scans().get(0).tracks()).isEmpty();
        assertThat(r.scans().get(1).tracks()).isEmpty();
    }

    /** The issue-4 acceptance case: 200 targets, mean GOSPA no worse than Stone Soup's on the same detections. */
    @Test
    void n200IsAtLeastAsGoodAsStoneSoup(@TempDir Path dir) {
        TrackRunResult r = run("scenario_N200.csv.gz", dir);
        TrackAccuracy a = r.accuracy().orElseThrow();
        assertThat(a.steady().orElseThrow().distanceM()).isLessThanOrEqualTo(STONE_SOUP_GOSPA_N200);
        assertThat(a.rmseM().orElseThrow()).isLessThan(SIGMA_M);
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
