package io.steeldome.tracking.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.state.StateLayout;
import io.steeldome.tracking.tracker.FilteredTrackerConfig.FilterChoice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FilteredMultiTargetTrackerTest {
    private static final double SIGMA_M = 20;
    private static final double[][] ISOTROPIC = {
        {SIGMA_M * SIGMA_M, 0, 0}, {0, SIGMA_M * SIGMA_M, 0}, {0, 0, SIGMA_M * SIGMA_M}
    };

    private static EnuVector position(Track t) {
        return new EnuVector(
                t.state().meanAt(StateLayout.EAST),
                t.state().meanAt(StateLayout.NORTH),
                t.state().meanAt(StateLayout.UP));
    }

    private static Detection detect(SimTime t, String sensor, EnuVector p, RandomGenerator rng) {
        return new Detection(
                t,
                sensor,
                p.eastM() + SIGMA_M * rng.nextGaussian(),
                p.northM() + SIGMA_M * rng.nextGaussian(),
                p.upM() + SIGMA_M * rng.nextGaussian(),
                ISOTROPIC);
    }

    private static int poisson(RandomGenerator rng, double mean) {
        double limit = Math.exp(-mean);
        double prod = rng.nextDouble();
        int k = 0;
        while (prod > limit) {
            prod *= rng.nextDouble();
            k++;
        }
        return k;
    }

    private static List<Detection> clutter(SimTime t, String sensor, RandomGenerator rng, double mean, double boxM) {
        List<Detection> out = new ArrayList<>();
        int n = poisson(rng, mean);
        for (int i = 0; i < n; i++) {
            out.add(new Detection(
                    t,
                    sensor,
                    boxM * (rng.nextDouble() - 0.5),
                    boxM * (rng.nextDouble() - 0.5),
                    5000 + 2000 * rng.nextDouble(),
                    ISOTROPIC));
        }
        return out;
    }

    /**
     * With Cartesian plots and a linear motion model the EKF and UKF are algebraically the Kalman filter, so the
     * tracker must reproduce {@link MultiTargetTracker} scan by scan: same ids, statuses, counters and states. Two
     * sensors with partial coverage, Pd = 0.85, clutter, crossing targets; both tentative rules.
     */
    @ParameterizedTest
    @CsvSource({"EKF, 0", "EKF, 2", "UKF, 0", "UKF, 2"})
    void linearFiltersReproduceTheKalmanTracker(FilterChoice filter, int tentativeRule) {
        TrackerConfig base = TrackerConfig.defaults()
                .withMotionModel(ConstantVelocity.continuousEnu(5))
                .withTentativeMaxConsecutiveMisses(tentativeRule);
        MultiTargetTracker reference = new MultiTargetTracker(base);
        FilteredMultiTargetTracker tracker = new FilteredMultiTargetTracker(FilteredTrackerConfig.of(base, filter));
        RandomGenerator rng = new Well19937c(20_261_125L + tentativeRule);
        List<DoubleFunction<EnuVector>> truths = List.of(
                s -> new EnuVector(-8000 + 200 * s, 0, 6000),
                s -> new EnuVector(8000 - 200 * s, 300, 6000),
                s -> new EnuVector(0, -9000 + 250 * s, 5500 + 5 * s),
                s -> new EnuVector(3000, 3000 - 40 * s, 6500));
        int tracksSeen = 0;
        for (int k = 0; k < 60; k++) {
            SimTime t = SimTime.ofSeconds(0.5 * k);
            String sensor = k % 2 == 0 ? "A" : "B";
            List<Detection> scan = new ArrayList<>();
            for (int i = 0; i < truths.size(); i++) {
                // sensor B never sees target 3: its scans must not count misses against that track
                boolean covered = !(sensor.equals("B") && i == 3);
                if (covered && rng.nextDouble() < 0.85) {
                    scan.add(detect(t, sensor, truths.get(i).apply(t.seconds()), rng));
                }
            }
            scan.addAll(clutter(t, sensor, rng, 3, 20_000));
            List<Track> expected = reference.process(t, sensor, scan);
            List<Track> actual = tracker.process(t, sensor, scan);
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                Track e = expected.get(i);
                Track a = actual.get(i);
                assertThat(a.id()).isEqualTo(e.id());
                assertThat(a.status()).isEqualTo(e.status());
                assertThat(a.hits()).isEqualTo(e.hits());
                assertThat(a.consecutiveMisses()).isEqualTo(e.consecutiveMisses());
                assertThat(a.lastUpdate()).isEqualTo(e.lastUpdate());
                assertThat(a.state().time()).isEqualTo(e.state().time());
                for (int r = 0; r < StateLayout.DIM; r++) {
                    assertThat(a.state().meanAt(r))
                            .isCloseTo(e.state().meanAt(r), within(e.state().meanAt(r)));
                    for (int c = 0; c < StateLayout.DIM; c++) {
                        double ec = e.state().covarianceAt(r, c);
                        double scale = Math.sqrt(
                                e.state().covarianceAt(r, r) * e.state().covarianceAt(c, c));
                        assertThat(a.state().covarianceAt(r, c)).isCloseTo(ec, within(scale));
                    }
                }
            }
            tracksSeen = Math.max(tracksSeen, (int)
                    expected.stream().filter(Track::isConfirmed).count());
        }
        assertThat(tracksSeen).as("the scenario exercises confirmed tracks").isGreaterThanOrEqualTo(4);
    }

    /** Absolute 1e-6 plus a relative 1e-9 of the value's scale: the filters round differently. */
    private static org.assertj.core.data.Offset<Double> within(double scale) {
        return org.assertj.core.data.Offset.offset(1e-6 + 1e-9 * Math.abs(scale));
    }

    /**
     * A 250 m/s aircraft flies straight, then a 5 g level coordinated turn through about 170 degrees (analytic
     * circle arc), then straight again; a second aircraft flies straight 4 km away; Poisson clutter. A quiet-CV
     * Kalman tracker lags far behind in the turn; the CV + CT IMM follows it, and both targets keep their track ids.
     */
    @Test
    void immFollowsAFiveGTurnThatAQuietKalmanTrackerLags() {
        double speed = 250;
        double omega = 5 * 9.80665 / speed; // rad/s, left turn
        double turnStart = 20;
        double turnEnd = turnStart + 15;
        DoubleFunction<EnuVector> turning = s -> turner(s, speed, omega, turnStart, turnEnd);
        DoubleFunction<EnuVector> straight = s -> new EnuVector(-5000 + 200 * s, -4000, 6000);
        List<DoubleFunction<EnuVector>> truths = List.of(turning, straight);

        TrackerConfig base = TrackerConfig.defaults().withMotionModel(ConstantVelocity.continuousEnu(1));
        FilteredMultiTargetTracker imm = new FilteredMultiTargetTracker(
                FilteredTrackerConfig.imm(base, FilteredTrackerConfig.ImmModels.defaults()));
        MultiTargetTracker kalman = new MultiTargetTracker(base);

        RandomGenerator rng = new Well19937c(5L);
        double immSq = 0;
        double kalmanSq = 0;
        int turnScans = 0;
        List<Set<Long>> immIds = List.of(new HashSet<>(), new HashSet<>());
        for (int k = 0; k <= 50; k++) {
            SimTime t = SimTime.ofSeconds(k);
            List<Detection> scan = new ArrayList<>();
            for (DoubleFunction<EnuVector> truth : truths) {
                scan.add(detect(t, "R", truth.apply(k), rng));
            }
            scan.addAll(clutter(t, "R", rng, 5, 30_000));
            List<Track> immTracks = imm.process(t, scan);
            List<Track> kalmanTracks = kalman.process(t, scan);
            if (k >= 5) { // confirmed by then (3 of 4)
                for (int i = 0; i < truths.size(); i++) {
                    EnuVector truth = truths.get(i).apply(k);
                    Optional<Track> nearest = nearest(immTracks, truth, 1000);
                    assertThat(nearest)
                            .as("IMM track on target %d at t=%d", i, k)
                            .isPresent();
                    immIds.get(i).add(nearest.get().id().value());
                }
            }
            if (k > turnStart && k <= turnEnd) {
                EnuVector truth = turning.apply(k);
                immSq += squaredError(immTracks, truth);
                kalmanSq += squaredError(kalmanTracks, truth);
                turnScans++;
            }
        }
        assertThat(immIds.get(0)).as("turning target keeps one id").hasSize(1);
        assertThat(immIds.get(1)).as("straight target keeps one id").hasSize(1);
        double immRmse = Math.sqrt(immSq / turnScans);
        double kalmanRmse = Math.sqrt(kalmanSq / turnScans);
        assertThat(immRmse).isLessThan(0.5 * kalmanRmse).isLessThan(3 * SIGMA_M);
    }

    /** Position of the manoeuvring target: east at {@code speed}, a left turn at {@code omega}, then straight. */
    private static EnuVector turner(double s, double speed, double omega, double turnStart, double turnEnd) {
        EnuVector start = new EnuVector(-5000, 0, 6000);
        if (s <= turnStart) {
            return start.plus(new EnuVector(speed * s, 0, 0));
        }
        EnuVector entry = start.plus(new EnuVector(speed * turnStart, 0, 0));
        double tau = Math.min(s, turnEnd) - turnStart;
        // circle arc from heading east: (v/w) [sin(w tau), 1 - cos(w tau)]
        EnuVector arc =
                new EnuVector(speed / omega * Math.sin(omega * tau), speed / omega * (1 - Math.cos(omega * tau)), 0);
        EnuVector exit = entry.plus(arc);
        double after = Math.max(0, s - turnEnd);
        double heading = omega * (turnEnd - turnStart);
        return exit.plus(new EnuVector(speed * Math.cos(heading) * after, speed * Math.sin(heading) * after, 0));
    }

    /** Squared distance to the nearest confirmed track, capped at 1 km (a lost track counts as 1 km). */
    private static double squaredError(List<Track> tracks, EnuVector truth) {
        double cap = 1000;
        double d = nearest(tracks, truth, cap)
                .map(tr -> position(tr).minus(truth).norm())
                .orElse(cap);
        return d * d;
    }

    private static Optional<Track> nearest(List<Track> tracks, EnuVector truth, double maxM) {
        return tracks.stream()
                .filter(Track::isConfirmed)
                .filter(t -> position(t).minus(truth).norm() < maxM)
                .min((a, b) -> Double.compare(
                        position(a).minus(truth).norm(),
                        position(b).minus(truth).norm()));
    }

    @ParameterizedTest
    @EnumSource(FilterChoice.class)
    void outOfSequenceScansAreRejected(FilterChoice filter) {
        FilteredMultiTargetTracker tracker =
                new FilteredMultiTargetTracker(FilteredTrackerConfig.of(TrackerConfig.defaults(), filter));
        Detection d = new Detection(SimTime.ofSeconds(2), "A", 0, 0, 1000, ISOTROPIC);
        tracker.process(SimTime.ofSeconds(2), List.of(d));
        tracker.process(SimTime.ofSeconds(2), List.of(d)); // equal time is in sequence
        List<Track> before = tracker.tracks();
        SimTime t1 = SimTime.ofSeconds(1);
        assertThatThrownBy(() -> tracker.process(t1, List.of())).isInstanceOfSatisfying(SteeldomeException.class, e -> {
            assertThat(e.code()).isEqualTo(TrackingError.OUT_OF_SEQUENCE_SCAN);
            assertThat(e.args()).containsExactly(t1, SimTime.ofSeconds(2));
        });
        assertThat(tracker.tracks()).isEqualTo(before).hasSize(1);
    }

    /**
     * A 400 m/s target with a tracker configured for at most 300 m/s: its first update already estimates about
     * 390 m/s (gain ~0.98 on a 400 m residual), so the IMM deletes every track on it and never confirms one, while the
     * EKF tracker, which has no speed guard, confirms it at its third hit. Each deleting scan uses up the scan's one
     * detection, so tracks restart only every other scan.
     */
    @Test
    void immDeletesTracksFasterThanTheConfiguredMaximum() {
        TrackerConfig base = TrackerConfig.defaults().withMotionModel(ConstantVelocity.continuousEnu(1));
        base = new TrackerConfig(
                base.motionModel(),
                base.gateChiSquare(),
                base.confirmHits(),
                base.confirmWindowScans(),
                base.maxConsecutiveMisses(),
                300,
                base.maxPositionSigmaM());
        FilteredMultiTargetTracker imm = new FilteredMultiTargetTracker(
                FilteredTrackerConfig.imm(base, FilteredTrackerConfig.ImmModels.defaults()));
        FilteredMultiTargetTracker ekf =
                new FilteredMultiTargetTracker(FilteredTrackerConfig.of(base, FilterChoice.EKF));
        List<Track> immTracks = List.of();
        List<Track> ekfTracks = List.of();
        for (int k = 0; k < 6; k++) {
            SimTime t = SimTime.ofSeconds(k);
            List<Detection> scan = List.of(new Detection(t, "A", 400.0 * k, 0, 1000, ISOTROPIC));
            immTracks = imm.process(t, scan);
            ekfTracks = ekf.process(t, scan);
            assertThat(immTracks).allSatisfy(tr -> assertThat(tr.hits()).isEqualTo(1));
        }
        assertThat(immTracks).isEmpty(); // scan 5 deletes the track scan 4 started, and uses up the detection
        assertThat(ekfTracks)
                .singleElement()
                .satisfies(tr -> assertThat(tr.isConfirmed()).isTrue());
    }

    @Test
    void immReportsModeProbabilitiesOfItsTracks() {
        FilteredMultiTargetTracker tracker = new FilteredMultiTargetTracker(
                FilteredTrackerConfig.imm(TrackerConfig.defaults(), FilteredTrackerConfig.ImmModels.defaults()));
        Detection d = new Detection(SimTime.ZERO, "A", 0, 0, 1000, ISOTROPIC);
        Track t = tracker.process(SimTime.ZERO, List.of(d)).get(0);
        assertThat(tracker.modeProbabilities(t.id()))
                .hasValueSatisfying(p -> assertThat(p).containsExactly(0.5, 0.5));
        assertThat(tracker.modeProbabilities(new TrackId(99))).isEmpty();
    }
}
