package io.steeldome.sim.trackfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code track --associator mht} on Stone Soup's N10 anchor: the identical measurements the peer tracked. The best peer
 * figure there is Stone Soup JPDA's mean GOSPA over scans 5-99, 14.15 (/work/shared/anchors/tracking).
 */
class MhtAnchorComparisonTest {
    private static final double STONE_SOUP_JPDA_GOSPA_N10 = 14.15;

    @Test
    void n10IsAtLeastAsGoodAsThePeersBest(@TempDir Path dir) {
        AnchorScenario.Split split = AnchorScenario.split("scenario_N10.csv", dir);
        TrackRunSettings settings = new TrackRunSettings(AssociatorKind.MHT, FilterKind.KF, 5, 0.9, 10, 0.05, 1);
        AtomicLong fakeClock = new AtomicLong();
        TrackRunResult r = TrackFileRun.of(settings)
                .run(
                        MeasurementCsv.read(split.measurements()),
                        Optional.of(TruthCsv.read(split.truth())),
                        fakeClock::incrementAndGet);
        TrackAccuracy a = r.accuracy().orElseThrow();
        assertThat(a.steady().orElseThrow().distanceM()).isLessThanOrEqualTo(STONE_SOUP_JPDA_GOSPA_N10);
        assertThat(a.rmseM().orElseThrow()).isLessThan(5);
    }
}
