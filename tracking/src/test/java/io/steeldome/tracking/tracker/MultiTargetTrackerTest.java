package io.steeldome.tracking.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.metric.Gospa;
import io.steeldome.tracking.metric.Rmse;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.state.StateLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultiTargetTrackerTest {
    private static final double SIGMA_M = 20;
    private static final double GOSPA_CUTOFF_M = 500;
    private static final double[][] ISOTROPIC = {
        {SIGMA_M * SIGMA_M, 0, 0}, {0, SIGMA_M * SIGMA_M, 0}, {0, 0, SIGMA_M * SIGMA_M}
    };

    /** A straight-line (or, with gravity, ballistic) truth. */
    private record Target(EnuVector p0, EnuVector v0, double accelUpMps2) {
        EnuVector at(double tS) {
            return p0.plus(v0.times(tS)).plus(new EnuVector(0, 0, 0.5 * accelUpMps2 * tS * tS));
        }
    }

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

    /** The confirmed track nearest to {@code truth} within {@code maxM}. */
    private static Optional<Track> nearestConfirmed(List<Track> tracks, EnuVector truth, double maxM) {
        return tracks.stream()
                .filter(Track::isConfirmed)
                .filter(t -> position(t).minus(truth).norm() < maxM)
                .min((a, b) -> Double.compare(
                        position(a).minus(truth).norm(),
                        position(b).minus(truth).norm()));
    }

    /**
     * Ten well-separated straight-line targets from 50 m/s to 2 km/s, Pd = 0.9, Poisson clutter (20 per scan) in the
     * surveillance volume, sigma = 20 m, 1 s scans for 40 s.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void tracksTenTargetsInClutter(long seed) {
        RandomGenerator rng = new Well19937c(seed);
        double[] speeds = {50, 80, 150, 300, 600, 900, 1200, 1500, 1800, 2000};
        List<Target> targets = new ArrayList<>();
        for (int k = 0; k < speeds.length; k++) {
            double heading = (rng.nextDouble() - 0.5) * 0.1; // about east; 10 km lanes never cross
            targets.add(new Target(
                    new EnuVector(-40_000 + 2000 * rng.nextDouble(), 10_000 * k, 2000 + 8000 * rng.nextDouble()),
                    new EnuVector(
                            speeds[k] * Math.cos(heading),
                            speeds[k] * Math.sin(heading),
                            (rng.nextDouble() - 0.5) * 0.05 * speeds[k]),
                    0));
        }
        // straight lines: a small process noise is the matched model
        MultiTargetTracker tracker =
                new MultiTargetTracker(TrackerConfig.defaults().withMotionModel(ConstantVelocity.continuousEnu(1)));
        int scans = 40;
        int warmUp = 10;
        Map<Integer, TrackId> idOfTarget = new HashMap<>();
        List<EnuVector> truthAfterWarmUp = new ArrayList<>();
        List<EnuVector> estimateAfterWarmUp = new ArrayList<>();
        int falseConfirmedAfterWarmUp = 0;
        double worstGospaM = 0;
        for (int s = 0; s < scans; s++) {
            SimTime t = SimTime.ofSeconds(s);
            List<Detection> dets = new ArrayList<>();
            for (Target target : targets) {
                if (rng.nextDouble() < 0.9) {
                    dets.add(detect(t, "radar-1", target.at(s), rng));
                }
            }
            int clutter = poisson(rng, 20);
            for (int c = 0; c < clutter; c++) {
                dets.add(new Detection(
                        t,
                        "radar-1",
                        -60_000 + 180_000 * rng.nextDouble(),
                        -10_000 + 120_000 * rng.nextDouble(),
                        15_000 * rng.nextDouble(),
                        ISOTROPIC));
            }
            List<Track> tracks = tracker.process(t, dets);

            for (int k = 0; k < targets.size(); k++) {
                EnuVector truth = targets.get(k).at(s);
                Optional<Track> match = nearestConfirmed(tracks, truth, 500);
                if (s >= 8) {
                    assertThat(match).as("target %d confirmed by scan %d", k, s).isPresent();
                }
                if (match.isPresent()) {
                    TrackId previous = idOfTarget.putIfAbsent(k, match.get().id());
                    if (previous != null) {
                        assertThat(match.get().id())
                                .as("id of target %d at scan %d", k, s)
                                .isEqualTo(previous);
                    }
                    if (s >= warmUp) {
                        truthAfterWarmUp.add(truth);
                        estimateAfterWarmUp.add(position(match.get()));
                    }
                }
            }
            if (s >= warmUp) {
                List<EnuVector> truths =
                        targets.stream().map(x -> x.at(t.seconds())).toList();
                List<EnuVector> confirmed = tracks.stream()
                        .filter(Track::isConfirmed)
                        .map(MultiTargetTrackerTest::position)
                        .toList();
                falseConfirmedAfterWarmUp += (int) confirmed.stream()
                        .filter(p -> truths.stream().allMatch(x -> x.minus(p).norm() >= 500))
                        .count();
                worstGospaM = Math.max(
                        worstGospaM,
                        new Gospa(GOSPA_CUTOFF_M, 2).evaluate(truths, confirmed).distanceM());
            }
            assertThat(tracks).extracting(Track::hits).allMatch(h -> h >= 1);
            assertThat(tracks).filteredOn(tr -> tr.hits() < 3).allMatch(tr -> tr.status() == TrackStatus.TENTATIVE);
        }
        assertThat(falseConfirmedAfterWarmUp).isZero();
        // per axis the tracker must beat the raw 20 m plots by a quarter: 3-D RMSE < sqrt(3) * 0.75 * sigma
        double rmse = Rmse.positionM(truthAfterWarmUp, estimateAfterWarmUp);
        assertThat(rmse).as("3-D position RMSE after warm-up").isLessThan(Math.sqrt(3) * 0.75 * SIGMA_M);
        // a single missed or false target alone would cost c / sqrt(2): GOSPA below it means neither occurred
        assertThat(worstGospaM).isLessThan(GOSPA_CUTOFF_M / Math.sqrt(2));
    }

    /**
     * One ballistic missile at 2 km/s under gravity, seen through a radar-like covariance (30 m in range, 300 m
     * cross-range at ~100 km), at several scan periods: initiated from rest, confirmed on its third hit, never lost.
     */
    @ParameterizedTest
    @ValueSource(doubles = {1, 2, 5})
    void picksUpAndHoldsAFastBallisticTarget(double periodS) {
        RandomGenerator rng = new Well19937c(42);
        Target missile = new Target(new EnuVector(100_000, 20_000, 60_000), new EnuVector(-1800, -300, 800), -9.81);
        MultiTargetTracker tracker = new MultiTargetTracker(TrackerConfig.defaults());
        Optional<TrackId> id = Optional.empty();
        for (int s = 0; s < 20; s++) {
            SimTime t = SimTime.ofSeconds(s * periodS);
            EnuVector truth = missile.at(t.seconds());
            // radar at the origin: range along the line of sight, cross-range on the two orthogonal axes
            EnuVector u = truth.times(1 / truth.norm());
            EnuVector a = new EnuVector(-u.northM(), u.eastM(), 0);
            a = a.times(1 / a.norm());
            EnuVector b = new EnuVector(
                    u.northM() * a.upM() - u.upM() * a.northM(),
                    u.upM() * a.eastM() - u.eastM() * a.upM(),
                    u.eastM() * a.northM() - u.northM() * a.eastM());
            double sr = 30;
            double sc = 300;
            double[][] cov = new double[3][3];
            double[] uu = u.toArray();
            double[] aa = a.toArray();
            double[] bb = b.toArray();
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    cov[i][j] = sr * sr * uu[i] * uu[j] + sc * sc * (aa[i] * aa[j] + bb[i] * bb[j]);
                }
            }
            EnuVector z = truth.plus(u.times(sr * rng.nextGaussian()))
                    .plus(a.times(sc * rng.nextGaussian()))
                    .plus(b.times(sc * rng.nextGaussian()));
            List<Track> tracks =
                    tracker.process(t, List.of(new Detection(t, "radar", z.eastM(), z.northM(), z.upM(), cov)));

            assertThat(tracks).hasSize(1);
            Track track = tracks.get(0);
            assertThat(track.id()).isEqualTo(new TrackId(1));
            assertThat(track.isConfirmed()).isEqualTo(s >= 2);
            assertThat(track.consecutiveMisses()).isZero();
            if (s >= 2) {
                id = Optional.of(track.id());
            }
        }
        assertThat(id).hasValue(new TrackId(1));
    }

    @Test
    void tentativeUntilThirdHitThenDeletedAfterFiveMisses() {
        MultiTargetTracker tracker = new MultiTargetTracker(TrackerConfig.defaults());
        RandomGenerator rng = new Well19937c(5);
        Target drone = new Target(new EnuVector(1000, 2000, 300), new EnuVector(40, -30, 0), 0);
        for (int s = 0; s < 3; s++) {
            SimTime t = SimTime.ofSeconds(s);
            List<Track> tracks = tracker.process(t, List.of(detect(t, "r", drone.at(s), rng)));
            assertThat(tracks).hasSize(1);
            assertThat(tracks.get(0).hits()).isEqualTo(s + 1);
            assertThat(tracks.get(0).id()).isEqualTo(new TrackId(1));
            assertThat(tracks.get(0).status()).isEqualTo(s < 2 ? TrackStatus.TENTATIVE : TrackStatus.CONFIRMED);
        }
        for (int s = 3; s < 8; s++) {
            List<Track> tracks = tracker.process(SimTime.ofSeconds(s), List.of());
            if (s < 7) {
                assertThat(tracks)
                        .singleElement()
                        .satisfies(tr -> assertThat(tr.lastUpdate()).isEqualTo(SimTime.ofSeconds(2)));
                assertThat(tracks.get(0).consecutiveMisses()).isEqualTo(s - 2);
            } else {
                assertThat(tracks).isEmpty();
            }
        }
        // a new target gets a fresh id, never a reused one
        SimTime t = SimTime.ofSeconds(8);
        assertThat(tracker.process(t, List.of(detect(t, "r", drone.at(8), rng))))
                .extracting(Track::id)
                .containsExactly(new TrackId(2));
    }

    @Test
    void tentativeTrackFailsAfterTwoMissesWithThreeOfFour() {
        MultiTargetTracker tracker = new MultiTargetTracker(TrackerConfig.defaults());
        SimTime t0 = SimTime.ZERO;
        tracker.process(t0, List.of(new Detection(t0, "r", 0, 0, 0, ISOTROPIC)));
        assertThat(tracker.process(SimTime.ofSeconds(1), List.of())).hasSize(1);
        assertThat(tracker.process(SimTime.ofSeconds(2), List.of())).isEmpty();
    }

    /**
     * Two radars scanning alternately: target X is seen by both, target Y only by radar A. Y must still be confirmed
     * and kept (radar B's scans are no misses for a track B never saw), and X must have one track, not two.
     */
    @Test
    void fusesTwoSensorsWithPartialCoverage() {
        RandomGenerator rng = new Well19937c(11);
        Target x = new Target(new EnuVector(0, 0, 1000), new EnuVector(200, 0, 0), 0);
        Target y = new Target(new EnuVector(0, 30_000, 1000), new EnuVector(0, -50, 0), 0);
        MultiTargetTracker tracker = new MultiTargetTracker(TrackerConfig.defaults());
        List<Track> tracks = List.of();
        for (int s = 0; s < 30; s++) {
            double tS = 0.5 * s;
            SimTime t = SimTime.ofSeconds(tS);
            boolean radarA = s % 2 == 0;
            List<Detection> dets = new ArrayList<>();
            dets.add(detect(t, radarA ? "A" : "B", x.at(tS), rng));
            if (radarA) {
                dets.add(detect(t, "A", y.at(tS), rng));
            }
            tracks = s % 6 == 5
                    ? tracker.process(t, "B", List.of()) // an empty scan of radar B: no miss for Y
                    : tracker.process(t, dets);
            if (s >= 4) {
                assertThat(tracks).filteredOn(Track::isConfirmed).hasSize(2);
            }
        }
        assertThat(tracks).hasSize(2).allMatch(Track::isConfirmed);
        assertThat(tracks).extracting(Track::id).containsExactly(new TrackId(1), new TrackId(2));
        assertThat(nearestConfirmed(tracks, x.at(14.5), 200)).isPresent();
        assertThat(nearestConfirmed(tracks, y.at(14.5), 200)).isPresent();
    }

    @Test
    void rejectsOutOfSequenceScansButAcceptsEqualTimes() {
        MultiTargetTracker tracker = new MultiTargetTracker(TrackerConfig.defaults());
        SimTime t2 = SimTime.ofSeconds(2);
        tracker.process(t2, List.of(new Detection(t2, "A", 0, 0, 0, ISOTROPIC)));
        tracker.process(t2, List.of(new Detection(t2, "B", 10, 0, 0, ISOTROPIC)));
        List<Track> before = tracker.tracks();
        SimTime t1 = SimTime.ofSeconds(1);
        assertThatThrownBy(() -> tracker.process(t1, List.of())).isInstanceOfSatisfying(SteeldomeException.class, e -> {
            assertThat(e.code()).isEqualTo(TrackingError.OUT_OF_SEQUENCE_SCAN);
            assertThat(e.args()).containsExactly(t1, t2);
        });
        assertThat(tracker.tracks()).isEqualTo(before);
    }

    @Test
    void rejectsInvalidDetectionsAndConfig() {
        MultiTargetTracker tracker = new MultiTargetTracker(TrackerConfig.defaults());
        SimTime t = SimTime.ZERO;
        double[][] notPd = {{1, 0, 0}, {0, -1, 0}, {0, 0, 1}};
        assertThatThrownBy(() -> tracker.process(t, List.of(new Detection(t, "A", 0, 0, 0, notPd))))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(TrackingError.INVALID_DETECTION));
        assertThatThrownBy(() -> tracker.process(t, List.of(new Detection(t, "A", Double.NaN, 0, 0, ISOTROPIC))))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> tracker.process(t, "B", List.of(new Detection(t, "A", 0, 0, 0, ISOTROPIC))))
                .isInstanceOf(SteeldomeException.class);
        TrackerConfig d = TrackerConfig.defaults();
        assertThatThrownBy(() -> new TrackerConfig(d.motionModel(), 16.27, 5, 4, 5, 2000, 10_000))
                .isInstanceOfSatisfying(
                        SteeldomeException.class, e -> assertThat(e.code()).isEqualTo(TrackingError.INVALID_CONFIG));
        assertThatThrownBy(() ->
                        d.withMotionModel(new ConstantVelocity(2, ConstantVelocity.AccelerationNoise.DISCRETE, 1)))
                .isInstanceOf(SteeldomeException.class);
    }
}
