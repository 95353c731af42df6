package io.steeldome.tracking.tracker;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.associate.Association;
import io.steeldome.tracking.associate.Gating;
import io.steeldome.tracking.associate.GnnAssociator;
import io.steeldome.tracking.delete.MissDeleter;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.filter.ExtendedKalmanFilter;
import io.steeldome.tracking.filter.GaussianFilter;
import io.steeldome.tracking.filter.Imm;
import io.steeldome.tracking.filter.ImmState;
import io.steeldome.tracking.filter.UnscentedKalmanFilter;
import io.steeldome.tracking.gate.EllipsoidalGate;
import io.steeldome.tracking.initiate.MOfNConfirmation;
import io.steeldome.tracking.initiate.SinglePointInitiator;
import io.steeldome.tracking.measurement.CartesianPosition;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.model.CoordinatedTurn;
import io.steeldome.tracking.model.LinearMotion;
import io.steeldome.tracking.model.NonlinearMotionModel;
import io.steeldome.tracking.model.StateComponent;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.state.StateLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Centralised GNN multi-target tracker whose tracks run a general filter: an EKF or UKF on the base motion model, or
 * a CV + coordinated-turn IMM (EKF in each mode). Track management is that of {@link MultiTargetTracker}, rule for
 * rule: predict every track to the scan time, associate by global nearest neighbour on the predicted (for the IMM:
 * combined) states, confirmed tracks first and tentative tracks on the leftovers, update or coast, M-of-N or
 * consecutive-miss confirmation, deletion after misses or a too-wide position, single-point initiation on the unused
 * detections, and per-sensor miss counting (a miss counts only if the scanning sensor has detected the track before).
 *
 * <p>IMM tracks are also deleted, whatever their status, once their speed exceeds the configuration's
 * {@link TrackerConfig#maxSpeedMps()}: the guard against the CT mode's EKF diverging (see {@code Mixture#plausible}).
 * IMM tracks start with both modes at probability 1/2 from the single-point CV state; the CT mode's turn rate
 * starts at 0 with {@link FilteredTrackerConfig.ImmModels#initialTurnRateSigmaRadPerS()}. Published states are the
 * 6-D {@link StateLayout} states (for the IMM: the moment-matched combination).
 *
 * <p>Slower than {@link MultiTargetTracker} (Hipparchus matrices per track instead of fixed-size kernels); with the
 * EKF and Cartesian plots it gives the same tracks up to rounding. Track ids are issued from 1 upwards and never
 * reused. Confined to one thread; {@link #tracks()} returns an immutable snapshot.
 */
public final class FilteredMultiTargetTracker implements Tracker {
    private static final List<StateComponent> CV_COMPONENTS = List.of(
            StateComponent.EAST,
            StateComponent.NORTH,
            StateComponent.UP,
            StateComponent.V_EAST,
            StateComponent.V_NORTH,
            StateComponent.V_UP);
    private static final int CT_DIM = 7;

    private final FilteredTrackerConfig config;
    private final GnnAssociator associator;
    private final SinglePointInitiator initiator;
    private final MOfNConfirmation confirmation;
    private final MissDeleter deleter;
    private final Estimator estimator;

    private final List<LiveTrack> live = new ArrayList<>();
    private long nextId = 1;
    private Optional<SimTime> lastScan = Optional.empty();
    private List<Track> snapshot = List.of();
    /** Scratch for validating detection covariances. */
    public FilteredMultiTargetTracker(FilteredTrackerConfig config) {
        TrackerConfig base = config.base();
        this.config = config;
        this.associator = new GnnAssociator(new EllipsoidalGate(base.gateChiSquare()), Gating.INDEXED);
        this.initiator = new SinglePointInitiator(base.maxSpeedMps());
        this.confirmation = new MOfNConfirmation(base.confirmHits(), base.confirmWindowScans());
        this.deleter = new MissDeleter(base.maxConsecutiveMisses(), base.maxPositionSigmaM());
        NonlinearMotionModel motion = new LinearMotion(base.motionModel(), CV_COMPONENTS);
        this.estimator = switch (config.filter()) {
            case EKF -> new Single(new ExtendedKalmanFilter(), motion);
            case UKF -> new Single(new UnscentedKalmanFilter(), motion);
            case IMM -> new Mixture(config.imm(), base.maxSpeedMps());
        };
    }

    public FilteredTrackerConfig config() {
        return config;
    }

    /**
     * Processes one scan; the detections are treated as taken at {@code time} (their own time stamps are not used).
     *
     * @throws SteeldomeException {@link TrackingError#OUT_OF_SEQUENCE_SCAN} if {@code time} is before the last scan,
     *     {@link TrackingError#INVALID_DETECTION} for a non-finite position or a covariance that is not positive
     *     definite
     */
    @Override
    public List<Track> process(SimTime time, List<Detection> detections) {
        return run(time, ScanIntake.sensorsOf(detections), detections);
    }

    /**
     * Processes one scan of sensor {@code sensorId}, which may be empty; every detection must come from that sensor.
     */
    public List<Track> process(SimTime time, String sensorId, List<Detection> detections) {
        return run(time, ScanIntake.singleSensor(sensorId, detections), detections);
    }

    @Override
    public List<Track> tracks() {
        return snapshot;
    }

    /** IMM mode probabilities [CV, CT] of a live track; empty for an unknown id or a non-IMM tracker. */
    public Optional<double[]> modeProbabilities(TrackId id) {
        for (LiveTrack t : live) {
            if (t.id.equals(id) && t.estimate instanceof ImmEstimate imm) {
                return Optional.of(imm.state().modeProbabilities());
            }
        }
        return Optional.empty();
    }

    /** @param scanSensors sensors that scanned; empty means unknown (every track counts a miss) */
    private List<Track> run(SimTime time, Set<String> scanSensors, List<Detection> detections) {
        ScanIntake.requireInSequence(lastScan, time);
        ScanIntake.validateAll(detections);
        lastScan = Optional.of(time);

        for (LiveTrack t : live) {
            t.predicted = estimator.predict(t.estimate, time);
        }
        int[] detectionOfTrack = new int[live.size()];
        Arrays.fill(detectionOfTrack, -1);
        boolean[] used = new boolean[detections.size()];
        associateStage(TrackStatus.CONFIRMED, detections, detectionOfTrack, used);
        associateStage(TrackStatus.TENTATIVE, detections, detectionOfTrack, used);

        List<LiveTrack> survivors = new ArrayList<>(live.size());
        for (int i = 0; i < live.size(); i++) {
            LiveTrack t = live.get(i);
            if (detectionOfTrack[i] >= 0) {
                Detection d = detections.get(detectionOfTrack[i]);
                t.estimate = estimator.update(t.predicted, d);
                t.hits++;
                t.consecutiveMisses = 0;
                t.lastUpdate = time;
                t.sensors.add(d.sensorId());
            } else {
                t.estimate = t.predicted;
                if (scanSensors.isEmpty() || scanSensors.stream().anyMatch(t.sensors::contains)) {
                    t.misses++;
                    t.consecutiveMisses++;
                }
            }
            if (!estimator.plausible(t.estimate)) {
                continue;
            }
            if (t.status == TrackStatus.TENTATIVE) {
                if (confirmation.isConfirmed(t.hits)) {
                    t.status = TrackStatus.CONFIRMED;
                } else if (tentativeFailed(t)) {
                    continue;
                }
                t.publish();
            } else if (deleter.shouldDelete(t.publish())) {
                continue;
            }
            survivors.add(t);
        }
        for (int d = 0; d < detections.size(); d++) {
            if (!used[d]) {
                Detection det = detections.get(d);
                LiveTrack t = new LiveTrack(new TrackId(nextId++), estimator.start(initiator.initiate(det, time)));
                t.lastUpdate = time;
                t.sensors.add(det.sensorId());
                t.status = confirmation.isConfirmed(t.hits) ? TrackStatus.CONFIRMED : TrackStatus.TENTATIVE;
                t.publish();
                survivors.add(t);
            }
        }
        live.clear();
        live.addAll(survivors);
        List<Track> tracks = new ArrayList<>(live.size());
        for (LiveTrack t : live) {
            tracks.add(t.published);
        }
        snapshot = List.copyOf(tracks);
        return snapshot;
    }

    /** Associates the tracks of {@code status} with the detections not yet {@code used}; marks what it assigns. */
    private void associateStage(
            TrackStatus status, List<Detection> detections, int[] detectionOfTrack, boolean[] used) {
        List<Integer> trackIdx = new ArrayList<>();
        List<GaussianState> predicted = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            LiveTrack t = live.get(i);
            if (t.status == status) {
                trackIdx.add(i);
                predicted.add(t.predicted.combined());
            }
        }
        List<Integer> detIdx = new ArrayList<>();
        List<Detection> free = new ArrayList<>();
        for (int d = 0; d < used.length; d++) {
            if (!used[d]) {
                detIdx.add(d);
                free.add(detections.get(d));
            }
        }
        if (predicted.isEmpty() || free.isEmpty()) {
            return;
        }
        Association association = associator.associate(predicted, free);
        for (int k = 0; k < predicted.size(); k++) {
            OptionalInt assigned = association.detectionFor(k);
            if (assigned.isPresent()) {
                int d = detIdx.get(assigned.getAsInt());
                detectionOfTrack[trackIdx.get(k)] = d;
                used[d] = true;
            }
        }
    }

    private boolean tentativeFailed(LiveTrack t) {
        int k = config.base().tentativeMaxConsecutiveMisses();
        return k > 0 ? t.consecutiveMisses >= k : confirmation.hasFailed(t.hits, t.misses);
    }

    /** What a track carries: a Gaussian or an IMM state; {@link #combined()} is the 6-D estimate. */
    private sealed interface Estimate permits GaussianEstimate, ImmEstimate {
        GaussianState combined();
    }

    private record GaussianEstimate(GaussianState state) implements Estimate {
        @Override
        public GaussianState combined() {
            return state;
        }
    }

    private record ImmEstimate(ImmState state) implements Estimate {
        @Override
        public GaussianState combined() {
            return state.combined();
        }
    }

    /** Starts, predicts and updates the estimates of one filter kind. */
    private sealed interface Estimator permits Single, Mixture {
        Estimate start(GaussianState cvState);

        Estimate predict(Estimate e, SimTime time);

        Estimate update(Estimate predicted, Detection d);

        /** False for an estimate that no longer describes a real target; its track is then deleted. */
        boolean plausible(Estimate e);
    }

    /** One Gaussian filter on one motion model. */
    private record Single(GaussianFilter filter, NonlinearMotionModel motion) implements Estimator {
        @Override
        public Estimate start(GaussianState cvState) {
            return new GaussianEstimate(cvState);
        }

        @Override
        public Estimate predict(Estimate e, SimTime time) {
            return new GaussianEstimate(filter.predict(((GaussianEstimate) e).state(), motion, time));
        }

        @Override
        public Estimate update(Estimate predicted, Detection d) {
            GaussianState x = ((GaussianEstimate) predicted).state();
            return new GaussianEstimate(filter.update(x, d.position(), CartesianPosition.of(d.covariance()))
                    .posterior());
        }

        @Override
        public boolean plausible(Estimate e) {
            return true;
        }
    }

    /** The CV + CT IMM. */
    private static final class Mixture implements Estimator {
        private final Imm imm;
        private final double turnRateVariance;
        private final double maxSpeedMps;

        Mixture(FilteredTrackerConfig.ImmModels m, double maxSpeedMps) {
            this.maxSpeedMps = maxSpeedMps;
            double p = m.switchProbability();
            this.imm = new Imm(
                    new ExtendedKalmanFilter(),
                    List.of(
                            LinearMotion.of(ConstantVelocity.continuousEnu(m.cvProcessNoiseM2PerS3())),
                            new CoordinatedTurn(m.ctAccelerationDensityM2PerS3(), m.turnRateDensityRad2PerS3())),
                    new double[][] {{1 - p, p}, {p, 1 - p}});
            this.turnRateVariance = m.initialTurnRateSigmaRadPerS() * m.initialTurnRateSigmaRadPerS();
        }

        @Override
        public Estimate start(GaussianState cvState) {
            RealVector x = cvState.mean().append(0.0);
            RealMatrix p = MatrixUtils.createRealMatrix(CT_DIM, CT_DIM);
            p.setSubMatrix(cvState.covariance().getData(), 0, 0);
            p.setEntry(CT_DIM - 1, CT_DIM - 1, turnRateVariance);
            GaussianState ct = GaussianState.of(cvState.time(), x, p);
            return new ImmEstimate(imm.start(List.of(cvState, ct), new double[] {0.5, 0.5}));
        }

        @Override
        public Estimate predict(Estimate e, SimTime time) {
            return new ImmEstimate(imm.predict(((ImmEstimate) e).state(), time));
        }

        @Override
        public Estimate update(Estimate predicted, Detection d) {
            return new ImmEstimate(
                    imm.update(((ImmEstimate) predicted).state(), d.position(), CartesianPosition.of(d.covariance())));
        }

        /**
         * The CT mode's EKF can diverge after a sharp turn seen at a long revisit: a large turn rate and a large speed
         * give nearly the same displacement per scan as the true ones, so position plots keep updating a track whose
         * speed runs away (seen on real ADS-B data at 10 s: 120 m/s to 9 km/s in two scans). A track faster than the
         * fastest target the tracker is configured for is therefore deleted.
         */
        @Override
        public boolean plausible(Estimate e) {
            GaussianState x = e.combined();
            double speed = Math.sqrt(x.meanAt(StateLayout.V_EAST) * x.meanAt(StateLayout.V_EAST)
                    + x.meanAt(StateLayout.V_NORTH) * x.meanAt(StateLayout.V_NORTH)
                    + x.meanAt(StateLayout.V_UP) * x.meanAt(StateLayout.V_UP));
            return speed <= maxSpeedMps;
        }
    }

    /** Mutable bookkeeping of one live track; never leaves this class. */
    private static final class LiveTrack {
        final TrackId id;
        final Set<String> sensors = new HashSet<>();
        /** Current estimate and its prediction to the scan being processed. */
        Estimate estimate;

        Estimate predicted;
        TrackStatus status = TrackStatus.TENTATIVE;
        SimTime lastUpdate;
        int hits = 1;
        int misses;
        int consecutiveMisses;
        /** The last published snapshot. */
        Track published;

        LiveTrack(TrackId id, Estimate estimate) {
            this.id = id;
            this.estimate = estimate;
            this.predicted = estimate;
            this.lastUpdate = estimate.combined().time();
        }

        /** Builds, stores and returns the snapshot of the current estimate and counters. */
        Track publish() {
            published = new Track(id, estimate.combined(), status, lastUpdate, hits, consecutiveMisses);
            return published;
        }
    }
}
