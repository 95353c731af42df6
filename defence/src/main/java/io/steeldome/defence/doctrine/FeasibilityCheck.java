package io.steeldome.defence.doctrine;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.engagement.InterceptSolver;
import java.util.ArrayList;
import java.util.List;

/**
 * Before a run or a deployment: which effectors can reach none of the expected threats, and which threats no
 * effector can reach. "Can reach" is geometric and optimistic: some point of the threat's path lies inside the
 * effector's envelope (slant range up to its max range against the class, altitude) with the interceptor able to get
 * there, the engage order given as early as needed (as if the threat were tracked from its launch). A threat
 * flagged here cannot be engaged in the run whatever the sensors do; one not flagged may still leak (late
 * detection, too little time). Stateless.
 */
public final class FeasibilityCheck {
    /** The engage order is placed this long before the path starts, so only geometry limits the result. */
    private static final double ORDER_LEAD_S = 3_600;
    /** Samples along a path for the closest-approach figure of a warning. */
    private static final int APPROACH_SAMPLES = 400;

    private final InterceptSolver solver;

    public FeasibilityCheck(InterceptSolver solver) {
        this.solver = solver;
    }

    public FeasibilityCheck() {
        this(InterceptSolver.withDefaults());
    }

    public List<FeasibilityWarning> check(LocalFrame frame, List<Effector> effectors, List<PlannedThreat> threats) {
        boolean[][] reach = new boolean[effectors.size()][threats.size()];
        for (int e = 0; e < effectors.size(); e++) {
            for (int t = 0; t < threats.size(); t++) {
                PlannedThreat th = threats.get(t);
                reach[e][t] = solver.solve(
                                effectors.get(e),
                                frame,
                                th.path(),
                                th.threatClass(),
                                th.path().startTime().shiftedBy(-ORDER_LEAD_S))
                        .isPresent();
            }
        }
        List<FeasibilityWarning> out = new ArrayList<>();
        if (threats.isEmpty()) {
            return out;
        }
        for (int e = 0; e < effectors.size(); e++) {
            boolean any = false;
            for (int t = 0; t < threats.size(); t++) {
                any |= reach[e][t];
            }
            if (!any) {
                Effector eff = effectors.get(e);
                out.add(new FeasibilityWarning.EffectorReachesNoThreat(
                        eff.id(), eff.spec().layerName(), closestApproachM(frame, eff, threats)));
            }
        }
        for (int t = 0; t < threats.size(); t++) {
            boolean any = false;
            int capable = 0;
            for (int e = 0; e < effectors.size(); e++) {
                any |= reach[e][t];
                if (effectors.get(e).spec().canEngage(threats.get(t).threatClass())) {
                    capable++;
                }
            }
            if (!any && !effectors.isEmpty()) {
                PlannedThreat th = threats.get(t);
                out.add(new FeasibilityWarning.ThreatOutOfReach(th.id(), th.threatClass(), capable));
            }
        }
        return out;
    }

    private static double closestApproachM(LocalFrame frame, Effector e, List<PlannedThreat> threats) {
        EnuVector site = frame.toEnu(e.site());
        double best = Double.NaN;
        for (PlannedThreat t : threats) {
            if (!e.spec().canEngage(t.threatClass())) {
                continue;
            }
            SimTime start = t.path().startTime();
            double spanS = t.path().endTime().secondsSince(start);
            for (int k = 0; k <= APPROACH_SAMPLES; k++) {
                double d = t.path()
                        .positionAt(start.shiftedBy(spanS * k / APPROACH_SAMPLES))
                        .minus(site)
                        .norm();
                if (!(d >= best)) {
                    best = d;
                }
            }
        }
        return best;
    }
}
