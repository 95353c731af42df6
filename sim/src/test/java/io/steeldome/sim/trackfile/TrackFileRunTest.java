package io.steeldome.sim.trackfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TrackFileRunTest {
    static Stream<Arguments> notImplemented() {
        return Stream.of(
                Arguments.of(
                        new TrackRunSettings(AssociatorKind.MHT, FilterKind.IMM, 5, 0.9, 10, 0.05, 1),
                        "mht with --filter imm"),
                Arguments.of(
                        new TrackRunSettings(AssociatorKind.MHT, FilterKind.KF, 5, 0.9, 0, 0.05, 1),
                        "mht without clutter"),
                Arguments.of(
                        new TrackRunSettings(AssociatorKind.JPDA, FilterKind.EKF, 5, 0.9, 10, 0.05, 1),
                        "jpda with --filter ekf"),
                Arguments.of(
                        new TrackRunSettings(AssociatorKind.JPDA, FilterKind.UKF, 5, 0.9, 10, 0.05, 1),
                        "jpda with --filter ukf"),
                Arguments.of(
                        new TrackRunSettings(AssociatorKind.JPDA, FilterKind.IMM, 5, 0.9, 10, 0.05, 1),
                        "jpda with --filter imm"));
    }

    @ParameterizedTest
    @MethodSource("notImplemented")
    void unimplementedMethodsFailClearly(TrackRunSettings s, String name) {
        assertThatThrownBy(() -> TrackFileRun.of(s))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageStartingWith("not implemented yet: " + name + " (issue 4)");
    }

    @Test
    void immNeedsProcessNoise() {
        TrackRunSettings s = new TrackRunSettings(AssociatorKind.GNN, FilterKind.IMM, 5, 0.9, 10, 0, 1);
        assertThatThrownBy(() -> TrackFileRun.of(s))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("cvProcessNoiseM2PerS3");
    }

    /**
     * One 3-D target at constant velocity (10, -5, 2) m/s with exact detections every second, plus a scan with no
     * detection in the middle (scan 10 has no row): the track is confirmed at the third scan (3 hits), coasts through
     * the empty scan, and its output has z.
     */
    @ParameterizedTest
    @EnumSource(FilterKind.class)
    void threeDimensionalTargetIsTrackedThroughAnEmptyScan(FilterKind filter, @TempDir Path dir) throws IOException {
        StringBuilder m = new StringBuilder("scan,time_s,x_m,y_m,z_m\n");
        StringBuilder g = new StringBuilder("scan,time_s,target_id,x_m,y_m,z_m\n");
        for (int k = 0; k < 20; k++) {
            String row = String.format(
                    Locale.ROOT, "%d,%d.0,%s,%s,%s", k, k, 1000 + 10.0 * k, 2000 - 5.0 * k, 3000 + 2.0 * k);
            if (k != 10) {
                m.append(row).append('\n');
            }
            g.append(String.format(
                    Locale.ROOT, "%d,%d.0,42,%s,%s,%s%n", k, k, 1000 + 10.0 * k, 2000 - 5.0 * k, 3000 + 2.0 * k));
        }
        Path mp = Files.writeString(dir.resolve("M.csv"), m);
        Path gp = Files.writeString(dir.resolve("G.csv"), g);

        TrackRunSettings d = TrackRunSettings.defaults();
        TrackRunSettings settings = new TrackRunSettings(
                d.associator(),
                filter,
                d.measSigmaM(),
                d.detectionProbability(),
                d.clutterPerScan(),
                d.processNoiseM2PerS3(),
                d.scanPeriodS());
        TrackRunResult r = TrackFileRun.of(settings)
                .run(MeasurementCsv.read(mp), Optional.of(TruthCsv.read(gp)), new AtomicLong()::incrementAndGet);

        assertThat(r.hasZ()).isTrue();
        assertThat(r.scans()).hasSize(20);
        assertThat(r.scans().get(1).tracks()).isEmpty();
        assertThat(r.scans().get(2).tracks()).hasSize(1);
        assertThat(r.scans().get(10).tracks()).hasSize(1); // coasting
        assertThat(r.confirmedTrackCount()).isEqualTo(1);
        assertThat(r.throughput().detections()).isEqualTo(19);
        TrackAccuracy a = r.accuracy().orElseThrow();
        assertThat(a.dimensions()).isEqualTo(3);
        assertThat(a.steady().orElseThrow().missedPerScan()).isZero();
        assertThat(a.steady().orElseThrow().falsePerScan()).isZero();
        var last = r.scans().get(19).tracks().getFirst().positionM();
        assertThat(last.upM()).isCloseTo(3038, within(5.0)); // within one measurement sigma of the truth

        Path out = dir.resolve("T.csv");
        TrackCsv.write(out, r);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.getFirst()).isEqualTo("scan,time_s,track_id,x_m,y_m,z_m");
        assertThat(lines).hasSize(1 + 18); // scans 2..19
        assertThat(lines.get(1)).startsWith("2,2.0,");
        assertThat(Files.exists(dir.resolve("T.csv.partial"))).isFalse();
    }

    /** With a fake clock that advances 1 ms per reading, every scan takes exactly 1 ms. */
    @Test
    void throughputTimesOnlyTheTrackerCalls(@TempDir Path dir) throws IOException {
        Path mp = Files.writeString(dir.resolve("M.csv"), "scan,time_s,x_m,y_m\n0,0,1,2\n0,0,5,6\n2,2,1,2\n");
        AtomicLong clock = new AtomicLong();

        TrackRunResult r = TrackFileRun.of(TrackRunSettings.defaults())
                .run(MeasurementCsv.read(mp), Optional.empty(), () -> clock.addAndGet(1_000_000));

        Throughput t = r.throughput();
        assertThat(t.scans()).isEqualTo(3); // scan 1 has no rows but is processed
        assertThat(t.detections()).isEqualTo(3);
        assertThat(t.trackerS()).isCloseTo(0.003, within(1e-15));
        assertThat(t.detectionsPerS()).isCloseTo(1000, within(1e-9));
        assertThat(t.msPerScanMean()).isCloseTo(1, within(1e-12));
        assertThat(r.accuracy()).isEmpty();
    }

    @Test
    void throughputStatisticsByHand() {
        long[] nanos = new long[20];
        for (int i = 0; i < 20; i++) {
            nanos[i] = (20 - i) * 1_000_000L; // 20, 19, ..., 1 ms
        }
        Throughput t = Throughput.of(50, nanos);
        assertThat(t.msPerScanMean()).isCloseTo(10.5, within(1e-12));
        assertThat(t.msPerScanMedian()).isCloseTo(10.5, within(1e-12));
        assertThat(t.msPerScanP95()).isCloseTo(19, within(1e-12)); // nearest rank: ceil(0.95 * 20) = 19th
        assertThat(t.detectionsPerS()).isCloseTo(50 / 0.210, within(1e-9));
    }

    @Test
    void metricsJsonHasTheDocumentedFields(@TempDir Path dir) throws IOException {
        Path mp = Files.writeString(dir.resolve("M.csv"), "scan,time_s,x_m,y_m\n0,0,1,2\n");
        Path gp = Files.writeString(dir.resolve("G.csv"), "scan,time_s,target_id,x_m,y_m\n0,0,1,1,2\n");

        TrackRunResult r = TrackFileRun.of(TrackRunSettings.defaults())
                .run(MeasurementCsv.read(mp), Optional.of(TruthCsv.read(gp)), new AtomicLong()::incrementAndGet);
        JsonNode j = JsonMapper.builder().build().readTree(r.metricsJson());

        // one scan, one truth, no confirmed track: GOSPA = sqrt(5000), one missed target, no pair
        assertThat(j.at("/gospa/all_scans/mean_m").asDouble()).isCloseTo(Math.sqrt(5000), within(1e-12));
        assertThat(j.at("/gospa/all_scans/missed_per_scan").asDouble()).isEqualTo(1);
        assertThat(j.at("/gospa/scans_5_onwards").isNull()).isTrue();
        assertThat(j.at("/rmse_m").isNull()).isTrue();
        assertThat(j.at("/settings/associator").asString()).isEqualTo("gnn");
        assertThat(j.at("/tracks/confirmed_track_count").asInt()).isZero();
        assertThat(j.at("/throughput/ms_per_scan_mean").isNumber()).isTrue();
        assertThat(j.at("/detections").asInt()).isEqualTo(1);
        // the one truth is never tracked: no switch, no break, zero track ids
        assertThat(j.at("/identity/truths").asInt()).isEqualTo(1);
        assertThat(j.at("/identity/id_switches").asInt()).isZero();
        assertThat(j.at("/identity/track_breaks").asInt()).isZero();
        assertThat(j.at("/identity/untracked_truths").asInt()).isEqualTo(1);
        assertThat(j.at("/identity/mean_track_ids_per_truth").asDouble()).isZero();
    }

    @Test
    void settingsMapToTheTrackerConfig() {
        var c = new TrackRunSettings(AssociatorKind.GNN, FilterKind.KF, 7, 0.9, 10, 0.3, 1).trackerConfig();
        // the initiator's velocity sigma is maxSpeed / 2, so Stone Soup's prior_vel_sd 20 means 40 m/s
        assertThat(c.maxSpeedMps()).isEqualTo(40);
        assertThat(c.confirmHits()).isEqualTo(3);
        assertThat(c.maxConsecutiveMisses()).isEqualTo(5);
        // continuous white-noise acceleration: Q_vv = q dt
        assertThat(c.motionModel().processNoise(2).getEntry(3, 3)).isCloseTo(0.6, within(1e-15));
        assertThat(new TrackRunSettings(AssociatorKind.GNN, FilterKind.KF, 7, 0.9, 10, 0.3, 1).detectionCovarianceM2())
                .isDeepEqualTo(new double[][] {{49, 0, 0}, {0, 49, 0}, {0, 0, 49}});
    }
}
