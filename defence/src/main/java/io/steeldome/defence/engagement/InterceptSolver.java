package io.steeldome.defence.engagement;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.CoreError;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.effector.EffectorSpec;
import io.steeldome.defence.impact.PredictedPath;
import io.steeldome.defence.threat.ThreatClass;
import java.util.Objects;
import java.util.Optional;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathRuntimeException;

/**
 * Finds the earliest feasible intercept of a predicted threat path by one effector that is ordered to engage now.
 *
 * <p>With the launch at L = now + launchDelay and tau = t - L, an intercept at time t is feasible when the
 * interceptor can get there, g(tau) = tau - flyout(range(tau)) >= 0, and the point is inside the envelope (slant
 * range in [min, max for the class], altitude above the site in [min, max]), for t in (max(L, path start), path end).
 * Like an event detector, the window is sampled every {@code scanStepS}; in the first feasible step the boundary is
 * refined: the sign change of g with a bracketing Brent solver, an envelope entry by bisection. Feasible windows
 * shorter than the step can be missed. Altitude is the geodetic height above the site, so Earth curvature across
 * the scenario frame is accounted for. The solution's launch time is when the interceptor must leave to arrive at
 * the intercept time: now + launchDelay at a fly-out-limited intercept, later when the envelope entry binds (the
 * round is committed now and held). Stateless and thread-safe.
 */
public final class InterceptSolver {
    private static final int MAX_EVALUATIONS = 100;

    private final double scanStepS;
    private final double timeAccuracyS;

    /**
     * @param scanStepS sampling step of the feasibility scan (like an event detector's max check interval)
     * @param timeAccuracyS accuracy of the refined intercept time
     */
    public InterceptSolver(double scanStepS, double timeAccuracyS) {
        this.scanStepS = Checks.positive("scanStepS", scanStepS, "s");
        this.timeAccuracyS = Checks.positive("timeAccuracyS", timeAccuracyS, "s");
        if (timeAccuracyS >= scanStepS) {
            throw new SteeldomeException(CoreError.OUT_OF_RANGE, "timeAccuracyS", timeAccuracyS, 0, scanStepS, "s");
        }
    }

    /** 0.25 s scan, 0.1 ms accuracy. */
    public static InterceptSolver withDefaults() {
        return new InterceptSolver(0.25, 1e-4);
    }

    /**
     * The earliest feasible intercept if {@code effector} is ordered to engage at {@code now}, or empty when its
     * spec cannot engage {@code threat} or no feasible point exists before the path ends.
     *
     * @param frame the scenario ENU frame of {@code path}
     */
    public Optional<InterceptSolution> solve(
            Effector effector, LocalFrame frame, PredictedPath path, ThreatClass threat, SimTime now) {
        Objects.requireNonNull(effector, "effector");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(threat, "threat");
        Objects.requireNonNull(now, "now");
        EffectorSpec spec = effector.spec();
        if (!spec.canEngage(threat)) {
            return Optional.empty();
        }
        Geometry geo = new Geometry(effector, frame, path, threat, now.shiftedBy(spec.launchDelayS()));
        double startS = Math.max(0.0, path.startTime().secondsSince(geo.launch));
        // Stop short of the path end: an intercept at the end is one at impact.
        double lastS = path.endTime().secondsSince(geo.launch) - timeAccuracyS;
        if (!(startS <= lastS)) {
            return Optional.empty();
        }
        if (geo.feasible(startS)) {
            return Optional.of(geo.solution(startS));
        }
        double prevS = startS;
        for (long k = 1; prevS < lastS; k++) {
            double tauS = Math.min(startS + k * scanStepS, lastS);
            if (geo.feasible(tauS)) {
                return Optional.of(geo.solution(refine(geo, prevS, tauS)));
            }
            prevS = tauS;
        }
        return Optional.empty();
    }

    /** Earliest feasible tau in (lo, hi], given lo infeasible and hi feasible; returns a feasible point. */
    private double refine(Geometry geo, double lo, double hi) {
        double from = lo;
        if (geo.g(lo) < 0) {
            double root = reachRoot(geo, lo, hi);
            if (geo.feasible(root)) {
                return root;
            }
            from = root; // reachable from here on; the envelope entry comes later in the step
        }
        return bisect(geo, from, hi);
    }

    private double reachRoot(Geometry geo, double lo, double hi) {
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-12, timeAccuracyS, 0.0, 5);
        try {
            return solver.solve(MAX_EVALUATIONS, geo::g, lo, hi, AllowedSolution.ABOVE_SIDE);
        } catch (MathRuntimeException e) {
            throw new SteeldomeException(
                    e, CoreError.NO_CONVERGENCE, "intercept time solver", MAX_EVALUATIONS, hi - lo);
        }
    }

    private double bisect(Geometry geo, double infeasible, double feasible) {
        double lo = infeasible;
        double hi = feasible;
        while (hi - lo > timeAccuracyS) {
            double mid = 0.5 * (lo + hi);
            if (geo.feasible(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** Threat-to-site geometry as a function of tau = seconds after launch. */
    private static final class Geometry {
        private final EffectorSpec spec;
        private final LocalFrame frame;
        private final PredictedPath path;
        private final SimTime launch;
        private final EnuVector siteEnu;
        private final double siteHeightM;
        private final double maxRangeM;

        Geometry(Effector effector, LocalFrame frame, PredictedPath path, ThreatClass threat, SimTime launch) {
            this.spec = effector.spec();
            this.frame = frame;
            this.path = path;
            this.launch = launch;
            this.siteEnu = frame.toEnu(effector.site());
            this.siteHeightM = effector.site().hM();
            this.maxRangeM = spec.maxRangeM(threat);
        }

        EnuVector position(double tauS) {
            return path.positionAt(launch.shiftedBy(tauS));
        }

        /** tau as the path sees it, after rounding to whole nanoseconds, so g and the solution agree exactly. */
        double roundedTau(double tauS) {
            return launch.shiftedBy(tauS).secondsSince(launch);
        }

        double range(EnuVector p) {
            return p.minus(siteEnu).norm();
        }

        double altitude(EnuVector p) {
            return frame.toGeodetic(p).hM() - siteHeightM;
        }

        /** Time margin of the interceptor: >= 0 when it can be at the threat's position at tau. */
        double g(double tauS) {
            return roundedTau(tauS) - spec.flyoutTimeS(range(position(tauS)));
        }

        boolean feasible(double tauS) {
            EnuVector p = position(tauS);
            double r = range(p);
            return r >= spec.envelope().minRangeM()
                    && r <= maxRangeM
                    && roundedTau(tauS) - spec.flyoutTimeS(r) >= 0
                    && spec.envelope().containsAltitude(altitude(p));
        }

        InterceptSolution solution(double tauS) {
            SimTime t = launch.shiftedBy(tauS);
            EnuVector p = path.positionAt(t);
            double r = range(p);
            double flyoutS = spec.flyoutTimeS(r);
            // Launch so as to arrive at t: later than the earliest launch when the envelope entry binds.
            SimTime launchAt = t.shiftedBy(-flyoutS);
            return new InterceptSolution(launchAt.isBefore(launch) ? launch : launchAt, t, p, r, altitude(p), flyoutS);
        }
    }
}
