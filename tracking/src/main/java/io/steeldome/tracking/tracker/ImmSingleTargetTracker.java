package io.steeldome.tracking.tracker;

import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.filter.ExtendedKalmanFilter;
import io.steeldome.tracking.filter.GaussianFilter;
import io.steeldome.tracking.filter.Imm;
import io.steeldome.tracking.filter.ImmState;
import io.steeldome.tracking.filter.Innovation;
import io.steeldome.tracking.gate.EllipsoidalGate;
import io.steeldome.tracking.measurement.CartesianPosition;
import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.model.CoordinatedTurn;
import io.steeldome.tracking.model.LinearMotion;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.state.StateLayout;
import java.util.List;
import java.util.Optional;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * One manoeuvring target followed by a CV + coordinated-turn IMM with nearest-neighbour association: each scan the
 * plot with the smallest Mahalanobis distance inside the gate updates it, clutter elsewhere is ignored. It starts from
 * two plots consistent with a maximum speed and drops the track after a run of misses. For several targets use
 * {@link FilteredMultiTargetTracker}; this one stays as the minimal reference wiring of {@link Imm}. Confined to one
 * thread.
 */
public final class ImmSingleTargetTracker {
    private static final double GATE_CHI2_3D = 16.27; // 99.9 % for 3 degrees of freedom
    private static final int MAX_MISSES = 5;

    private final Imm imm;
    private final GaussianFilter filter = new ExtendedKalmanFilter();
    private final EllipsoidalGate gate = new EllipsoidalGate(GATE_CHI2_3D);
    private final double maxSpeedMps;
    private final double turnRateSigmaRadPerS;
    private Optional<ImmState> state = Optional.empty();
    private Optional<Detection> firstPlot = Optional.empty();
    private int misses;

    /**
     * @param cvProcessNoise CV mode's white-acceleration density, m^2/s^3 (quiet: straight flight)
     * @param ctProcessNoise CT mode's acceleration density, m^2/s^3
     * @param turnRateDensity CT mode's turn-rate noise density, rad^2/s^3
     * @param switchProbability probability per scan of leaving a mode
     */
    public ImmSingleTargetTracker(
            double cvProcessNoise,
            double ctProcessNoise,
            double turnRateDensity,
            double switchProbability,
            double maxSpeedMps) {
        double stay = 1 - switchProbability;
        this.imm = new Imm(
                filter,
                List.of(
                        LinearMotion.of(ConstantVelocity.continuousEnu(cvProcessNoise)),
                        new CoordinatedTurn(ctProcessNoise, turnRateDensity)),
                new double[][] {{stay, switchProbability}, {switchProbability, stay}});
        this.maxSpeedMps = maxSpeedMps;
        this.turnRateSigmaRadPerS = Math.toRadians(3); // a standard-rate turn
    }

    /** Processes one scan; returns the combined 6-D estimate when a track exists. */
    public Optional<GaussianState> process(SimTime time, List<Detection> detections) {
        if (state.isEmpty()) {
            initiate(time, detections);
            return state.map(ImmState::combined);
        }
        ImmState predicted = imm.predict(state.get(), time);
        Detection best = null;
        double bestD2 = Double.POSITIVE_INFINITY;
        for (Detection d : detections) {
            Innovation nu = filter.innovation(predicted.combined(), d.position(), CartesianPosition.of(d.covariance()));
            if (gate.accepts(nu) && nu.mahalanobisSquared() < bestD2) {
                bestD2 = nu.mahalanobisSquared();
                best = d;
            }
        }
        if (best == null) {
            misses++;
            state = misses > MAX_MISSES ? Optional.empty() : Optional.of(predicted);
            return state.map(ImmState::combined);
        }
        misses = 0;
        state = Optional.of(imm.update(predicted, best.position(), CartesianPosition.of(best.covariance())));
        return state.map(ImmState::combined);
    }

    /** The mode probabilities [CV, CT] of the current track, if any. */
    public Optional<double[]> modeProbabilities() {
        return state.map(ImmState::modeProbabilities);
    }

    /** Two-point start: a plot, then the nearest plot the next scan within reach at {@code maxSpeedMps}. */
    private void initiate(SimTime time, List<Detection> detections) {
        if (firstPlot.isPresent()) {
            Detection a = firstPlot.get();
            double dt = time.secondsSince(a.time());
            Detection best = null;
            double bestDist = maxSpeedMps * dt;
            for (Detection d : detections) {
                double dist = d.position().subtract(a.position()).getNorm();
                if (dt > 0 && dist <= bestDist) {
                    bestDist = dist;
                    best = d;
                }
            }
            if (best != null) {
                state = Optional.of(start(time, a, best, dt));
                firstPlot = Optional.empty();
                misses = 0;
                return;
            }
        }
        firstPlot = detections.isEmpty() ? Optional.empty() : Optional.of(detections.get(0));
    }

    private ImmState start(SimTime time, Detection a, Detection b, double dt) {
        RealVector p = b.position();
        RealVector v = b.position().subtract(a.position()).mapDivide(dt);
        RealMatrix rA = a.covariance();
        RealMatrix rB = b.covariance();
        RealMatrix cv = MatrixUtils.createRealMatrix(StateLayout.DIM, StateLayout.DIM);
        cv.setSubMatrix(rB.getData(), 0, 0);
        cv.setSubMatrix(rB.scalarMultiply(1 / dt).getData(), 0, 3);
        cv.setSubMatrix(rB.scalarMultiply(1 / dt).getData(), 3, 0);
        cv.setSubMatrix(rA.add(rB).scalarMultiply(1 / (dt * dt)).getData(), 3, 3);
        RealVector x6 = p.append(v);
        RealMatrix ct = MatrixUtils.createRealMatrix(7, 7);
        ct.setSubMatrix(cv.getData(), 0, 0);
        ct.setEntry(6, 6, turnRateSigmaRadPerS * turnRateSigmaRadPerS);
        return imm.start(
                List.of(GaussianState.of(time, x6, cv), GaussianState.of(time, x6.append(0.0), ct)),
                new double[] {0.5, 0.5});
    }
}
