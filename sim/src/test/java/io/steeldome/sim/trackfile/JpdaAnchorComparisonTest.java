package io.steeldome.sim.trackfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --associator jpda} against Stone Soup's JPDA on the identical detections of anchor N10
 * (/work/shared/anchors/tracking/metrics_jpda_N10.csv): mean GOSPA over scans 5-99 14.15, position RMSE 4.42 m.
 */
class JpdaAnchorComparisonTest {
    private static final double STONE_SOUP_JPDA_GOSPA_N10 = 14.15;
    private static final double STONE_SOUP_JPDA_RMSE_N10_M = 4.42;

    @Test
    void n10IsAtLeastAsGoodAsStoneSoupJpda(@TempDir Path dir) {
        AnchorScenario.Split split = AnchorScenario.split("scenario_N10.csv", dir);
        TrackRunSettings settings = new TrackRunSettings(AssociatorKind.JPDA, FilterKind.KF, 5, 0.9, 10, 0.05, 1);
        AtomicLong fakeClock = new AtomicLong();
        TrackRunResult r = TrackFileRun.of(settings)
                .run(
                        MeasurementCsv.read(split.measurements()),
                        Optional.of(TruthCsv.read(split.truth())),
                        fakeClock::incrementAndGet);
        TrackAccuracy a = r.accuracy().orElseThrow();

        assertThat(r.throughput().detections()).isEqualTo(1911);
        assertThat(a.steady().orElseThrow().distanceM()).isLessThanOrEqualTo(STONE_SOUP_JPDA_GOSPA_N10);
        assertThat(a.rmseM().orElseThrow()).isLessThan(STONE_SOUP_JPDA_RMSE_N10_M);
        assertThat(a.steady().orElseThrow().falsePerScan()).isZero();
    }

    @Test
    void jpdaNeedsClutter() {
        TrackRunSettings settings = new TrackRunSettings(AssociatorKind.JPDA, FilterKind.KF, 5, 0.9, 0, 0.05, 1);
        assertThatThrownBy(() -> TrackFileRun.of(settings))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("--clutter-per-scan above 0");
    }
}
