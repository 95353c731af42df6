package io.steeldome.defence.impact;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.threat.BallisticPropagator;
import io.steeldome.defence.threat.EcefEphemeris;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.state.StateLayout;
import java.util.Optional;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.util.MerweUnscentedTransform;

/**
 * Predicts where and when a tracked threat comes down, from its track estimate only (never from truth). The ground
 * is the surface {@code groundHeightM} above the WGS-84 ellipsoid until a terrain model exists.
 *
 * <p>Ballistic tracks: the 6-D ENU state is propagated drag-free under the same point-mass gravity as the truth
 * ({@link BallisticPropagator}) to its first descending crossing of the ground height. The impact mean and covariance
 * come from the unscented transform over the 13 Merwe sigma points of the state (alpha 1, beta 2, kappa 0: all
 * weights non-negative, so the covariance stays positive semi-definite; points at +/-sqrt(6) sigma). Drag is not
 * modelled, so against a real rocket the prediction overshoots by the drag deceleration over the remaining flight.
 *
 * <p>Level-flying threats: {@link #straightLinePath} continues the present velocity. Their "impact" is the closest
 * approach to each asset, which the evaluator computes.
 *
 * <p>Stateless and thread-safe.
 */
public final class ImpactPredictor {
    /** Default longest ballistic flight searched for an impact, s (a 1000 km MRBM flies ~12 min). */
    public static final double DEFAULT_MAX_FLIGHT_S = 1_200;

    private static final double SAMPLE_STEP_S = 0.5;
    private static final double UT_ALPHA = 1.0;
    private static final double UT_BETA = 2.0;
    private static final double UT_KAPPA = 0.0;

    private final LocalFrame frame;
    private final double groundHeightM;
    private final double maxFlightS;
    private final BallisticPropagator propagator = BallisticPropagator.vacuum();

    public ImpactPredictor(LocalFrame frame, double groundHeightM) {
        this(frame, groundHeightM, DEFAULT_MAX_FLIGHT_S);
    }

    public ImpactPredictor(LocalFrame frame, double groundHeightM, double maxFlightS) {
        this.frame = frame;
        this.groundHeightM = Checks.finite("groundHeightM", groundHeightM);
        this.maxFlightS = Checks.positive("maxFlightS", maxFlightS, "s");
    }

    public LocalFrame frame() {
        return frame;
    }

    public double groundHeightM() {
        return groundHeightM;
    }

    /**
     * The unscented-transform impact estimate of a ballistic track; empty if the mean or any sigma point does not
     * come down through the ground height within the maximum flight time (e.g. a state below the ground, or one
     * climbing too fast to be a ballistic threat).
     */
    public Optional<ImpactPrediction> predictImpact(GaussianState state) {
        checkState(state);
        MerweUnscentedTransform ut = new MerweUnscentedTransform(StateLayout.DIM, UT_ALPHA, UT_BETA, UT_KAPPA);
        RealMatrix cov = state.covariance();
        cov = cov.add(cov.transpose()).scalarMultiply(0.5);
        RealVector[] sigma = ut.unscentedTransform(state.mean(), cov);
        RealVector[] impacts = new RealVector[sigma.length];
        for (int i = 0; i < sigma.length; i++) {
            Optional<double[]> hit = impactOf(sigma[i].toArray());
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            impacts[i] = MatrixUtils.createRealVector(hit.get());
        }
        RealVector mean = ut.getUnscentedMeanState(impacts);
        RealMatrix c = ut.getUnscentedCovariance(impacts, mean);
        double off = 0.5 * (c.getEntry(0, 1) + c.getEntry(1, 0));
        double[][] enCov = {{c.getEntry(0, 0), off}, {off, c.getEntry(1, 1)}};
        SimTime when = state.time().shiftedBy(mean.getEntry(2));
        EnuVector where = new EnuVector(mean.getEntry(0), mean.getEntry(1), mean.getEntry(3));
        return Optional.of(new ImpactPrediction(when, where, enCov, Math.sqrt(Math.max(0, c.getEntry(2, 2)))));
    }

    /**
     * One deterministic propagation of an ENU state {@code [e, n, u, ve, vn, vu]} to the ground: {@code [eastM,
     * northM, secondsToImpact, upM]} of the impact, or empty if it does not come down in time. Public so that
     * tests and Monte Carlo studies can propagate samples through exactly the predictor's model.
     */
    public Optional<double[]> impactOf(double[] stateEnu) {
        return propagator
                .toHeight(toEcefState(stateEnu), groundHeightM, maxFlightS)
                .map(c -> {
                    double[] s = c.stateEcef();
                    EnuVector p = frame.toEnu(new EcefPoint(s[0], s[1], s[2]));
                    return new double[] {p.eastM(), p.northM(), c.elapsedS(), p.upM()};
                });
    }

    /** The gravity-only path of the track mean from the track time to its impact; empty if it does not come down. */
    public Optional<BallisticPath> ballisticPath(GaussianState state) {
        checkState(state);
        if (!aboveGround(state.mean().toArray())) {
            return Optional.empty();
        }
        Optional<EcefEphemeris> eph = propagator.sampleToHeight(
                toEcefState(state.mean().toArray()), state.time(), groundHeightM, maxFlightS, SAMPLE_STEP_S);
        return eph.map(e -> new BallisticPath(frame, e));
    }

    /**
     * Constant-velocity continuation of the track mean for {@code horizonS}, cut short where it descends through
     * the ground height (a drone's terminal dive, say).
     */
    public StraightLinePath straightLinePath(GaussianState state, double horizonS) {
        checkState(state);
        Checks.positive("horizonS", horizonS, "s");
        double[] m = state.mean().toArray();
        EnuVector p = new EnuVector(m[StateLayout.EAST], m[StateLayout.NORTH], m[StateLayout.UP]);
        EnuVector v = new EnuVector(m[StateLayout.V_EAST], m[StateLayout.V_NORTH], m[StateLayout.V_UP]);
        double endS = horizonS;
        double h0 = heightAboveGround(p);
        if (h0 > 0 && heightAboveGround(p.plus(v.times(horizonS))) < 0) {
            endS = new BrentSolver(1e-6).solve(100, t -> heightAboveGround(p.plus(v.times(t))), 0, horizonS);
        }
        return new StraightLinePath(state.time(), p, v, state.time().shiftedBy(endS));
    }

    /** Geodetic height of a scenario ENU point above the ground-height surface, m. */
    public double heightAboveGround(EnuVector p) {
        return Wgs84.toGeodetic(frame.toEcef(p)).hM() - groundHeightM;
    }

    private boolean aboveGround(double[] stateEnu) {
        return heightAboveGround(new EnuVector(stateEnu[0], stateEnu[1], stateEnu[2])) > 0;
    }

    private double[] toEcefState(double[] s) {
        EcefPoint p = frame.toEcef(new EnuVector(s[StateLayout.EAST], s[StateLayout.NORTH], s[StateLayout.UP]));
        double[] v =
                frame.rotateToEcef(new EnuVector(s[StateLayout.V_EAST], s[StateLayout.V_NORTH], s[StateLayout.V_UP]));
        return new double[] {p.xM(), p.yM(), p.zM(), v[0], v[1], v[2]};
    }

    private static void checkState(GaussianState state) {
        if (state.dimension() != StateLayout.DIM) {
            throw new SteeldomeException(ImpactError.BAD_STATE, StateLayout.DIM, state.dimension());
        }
    }
}
