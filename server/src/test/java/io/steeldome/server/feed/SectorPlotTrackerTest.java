package io.steeldome.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.core.time.SimTime;
import io.steeldome.server.feed.SectorPlotTracker.SectorPlot;
import io.steeldome.server.feed.SectorPlotTracker.Sweep;
import io.steeldome.tracking.tracker.Detection;
import io.steeldome.tracking.tracker.Track;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sector-wise miss accounting on a synthetic 4 s, 32-sector radar at the origin of its ENU frame, with three
 * constant-velocity targets in different sectors. The truth is analytic (straight lines); plots carry seeded
 * Gaussian noise of the stated covariance.
 */
class SectorPlotTrackerTest {
    private static final double ROTATION_S = 4;
    private static final int SECTORS = 32;
    private static final double SECTOR_RAD = 2 * Math.PI / SECTORS;
    private static final long T0_NANOS = 1_000_000_000_000L;
    private static final double SIGMA_M = 50;

    /** [e0, n0, u, ve, vn] per target: north-east at 60 km, south at 90 km, west at 40 km. */
    private static final double[][] TARGETS = {
        {42_000, 42_000, 9000, -150, 100},
        {5000, -90_000, 6000, 200, 0},
        {-40_000, 3000, 3000, 0, 120},
    };

    private final Random random = new Random(20261126L);

    @Test
    void onlyTheTrackInTheClosedSectorTakesAMiss() {
        SectorPlotTracker tracker =
                new SectorPlotTracker(PlotTrackingConfig.defaults().tracker());
        for (int rev = 0; rev < 6; rev++) {
            revolution(tracker, rev, Set.of());
        }
        Map<Integer, Track> byTarget = match(tracker.tracks());
        assertThat(byTarget).hasSize(3);
        byTarget.values().forEach(t -> {
            assertThat(t.isConfirmed()).isTrue();
            assertThat(t.hits()).isEqualTo(6);
            assertThat(t.consecutiveMisses()).isZero();
        });

        // Target 2 goes unreported for one revolution: its track takes exactly one miss (not one per sector), the
        // others none.
        List<SectorPlotTracker.Result> results = revolution(tracker, 6, Set.of(2));
        Map<Integer, Track> after = match(tracker.tracks());
        assertThat(after.get(0).consecutiveMisses()).isZero();
        assertThat(after.get(1).consecutiveMisses()).isZero();
        assertThat(after.get(2).consecutiveMisses()).isEqualTo(1);
        long missNumber = after.get(2).id().value();
        assertThat(results.stream().flatMap(r -> r.deleted().stream())).isEmpty();

        // Two more silent revolutions: deleted at the third miss (maxConsecutiveMisses = 3), the others untouched.
        List<Long> deleted = new ArrayList<>();
        for (int rev = 7; rev < 9; rev++) {
            revolution(tracker, rev, Set.of(2)).forEach(r -> deleted.addAll(r.deleted()));
        }
        assertThat(deleted).containsExactly(missNumber);
        Map<Integer, Track> end = match(tracker.tracks());
        assertThat(end).containsOnlyKeys(0, 1);
        end.values().forEach(t -> assertThat(t.hits()).isEqualTo(9));
    }

    @Test
    void aWholeCircleBatchChargesEveryUnseenTrack() {
        SectorPlotTracker tracker =
                new SectorPlotTracker(PlotTrackingConfig.defaults().tracker());
        for (int rev = 0; rev < 4; rev++) {
            List<SectorPlot> plots = new ArrayList<>();
            for (int k = 0; k < TARGETS.length; k++) {
                plots.add(plot(k, rev));
            }
            tracker.process(T0_NANOS + seconds(rev * ROTATION_S + ROTATION_S), Sweep.FULL, plots);
        }
        assertThat(tracker.tracks()).hasSize(3).allMatch(Track::isConfirmed);
        tracker.process(T0_NANOS + seconds(5 * ROTATION_S), Sweep.FULL, List.of(plot(0, 4), plot(1, 4)));
        Map<Integer, Track> byTarget = match(tracker.tracks());
        assertThat(byTarget.get(0).consecutiveMisses()).isZero();
        assertThat(byTarget.get(2).consecutiveMisses()).isEqualTo(1);
    }

    /** One revolution as 32 sector batches; targets in {@code silent} are not reported. */
    private List<SectorPlotTracker.Result> revolution(SectorPlotTracker tracker, int rev, Set<Integer> silent) {
        List<List<SectorPlot>> bySector = new ArrayList<>();
        for (int s = 0; s < SECTORS; s++) {
            bySector.add(new ArrayList<>());
        }
        for (int k = 0; k < TARGETS.length; k++) {
            if (!silent.contains(k)) {
                SectorPlot p = plot(k, rev);
                bySector.get((int) (p.azimuthRad() / SECTOR_RAD)).add(p);
            }
        }
        List<SectorPlotTracker.Result> out = new ArrayList<>();
        for (int s = 0; s < SECTORS; s++) {
            double endS = rev * ROTATION_S + (s + 1) * ROTATION_S / SECTORS;
            out.add(tracker.process(
                    T0_NANOS + seconds(endS), Sweep.between(s * SECTOR_RAD, (s + 1) * SECTOR_RAD), bySector.get(s)));
        }
        return out;
    }

    /** Target k's plot in revolution rev: taken when the antenna crosses its azimuth, with seeded noise. */
    private SectorPlot plot(int k, int rev) {
        double[] g = TARGETS[k];
        double t = rev * ROTATION_S;
        for (int i = 0; i < 3; i++) { // the target moves while the antenna turns: a few fixed-point steps
            double az = SectorPlotTracker.normalise(Math.atan2(g[0] + g[3] * t, g[1] + g[4] * t));
            t = rev * ROTATION_S + az / (2 * Math.PI) * ROTATION_S;
        }
        double e = g[0] + g[3] * t + SIGMA_M * random.nextGaussian();
        double n = g[1] + g[4] * t + SIGMA_M * random.nextGaussian();
        double u = g[2] + SIGMA_M * random.nextGaussian();
        double v = SIGMA_M * SIGMA_M;
        Detection d = new Detection(
                new SimTime(T0_NANOS + seconds(t)), "radar", e, n, u, new double[][] {{v, 0, 0}, {0, v, 0}, {0, 0, v}});
        return new SectorPlot(d, SectorPlotTracker.normalise(Math.atan2(e, n)));
    }

    /** Tracks by the target they sit on (within 500 m of its true position at the track's time). */
    private static Map<Integer, Track> match(List<Track> tracks) {
        Map<Integer, Track> out = new HashMap<>();
        for (Track tr : tracks) {
            double t = (tr.state().time().nanos() - T0_NANOS) * 1e-9;
            for (int k = 0; k < TARGETS.length; k++) {
                double[] g = TARGETS[k];
                double de = tr.state().meanAt(0) - (g[0] + g[3] * t);
                double dn = tr.state().meanAt(1) - (g[1] + g[4] * t);
                if (Math.hypot(de, dn) < 500) {
                    assertThat(out.put(k, tr)).as("two tracks on target " + k).isNull();
                }
            }
        }
        return out;
    }

    private static long seconds(double s) {
        return Math.round(s * 1e9);
    }
}
