package io.steeldome.defence.threat;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.time.SimTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.StepNormalizer;
import org.hipparchus.ode.sampling.StepNormalizerBounds;
import org.hipparchus.ode.sampling.StepNormalizerMode;

/**
 * Unpowered flight in ECEF under point-mass gravity (GM of WGS-84), optionally with drag in an exponential
 * atmosphere, integrated by Dormand-Prince 8(5,3). States are {@code [x, y, z, vx, vy, vz]} in m and m/s.
 *
 * <p>Earth rotation is neglected: the Coriolis (2 Omega x v, at most ~0.25 m/s^2 at 1.7 km/s) and centrifugal
 * (Omega^2 r, ~0.03 m/s^2) terms are dropped, and so are J2 and higher harmonics (~0.03 m/s^2). Without them the
 * pull is toward the geocentre, 0.19 deg off the geodetic vertical at 39.5 deg N: a spurious northward 0.033 m/s^2
 * in local axes, which the real field (normal gravity) does not have. For a trajectory
 * pinned at launch and aim (the shooting problem) a constant unmodelled acceleration a bends the path by at most
 * a T^2 / 8 at mid-flight: ~2.5 km for a 280 s, 300 km SRBM arc and ~35 m for a 65 s rocket arc. The truth
 * trajectories and the impact predictor share this model, so prediction tests are self-consistent; against the
 * real earth, an open-ended prediction over the last t seconds errs by about a t^2 / 2 (~45 m for 30 s of an
 * SRBM's descent, ~0.2 km for 60 s).
 *
 * <p>Thread-safe: every call builds its own integrator.
 */
public final class BallisticPropagator {
    /** Sea-level density of the exponential atmosphere, kg/m^3 (US Standard Atmosphere 1976). */
    public static final double SEA_LEVEL_DENSITY_KGPM3 = 1.225;
    /** Density scale height of the exponential atmosphere, m (a fit to the lower 30 km of the 1976 standard). */
    public static final double DENSITY_SCALE_HEIGHT_M = 7_200;

    private static final double[] ABS_TOL = {1e-5, 1e-5, 1e-5, 1e-8, 1e-8, 1e-8};
    private static final double[] REL_TOL = {1e-12, 1e-12, 1e-12, 1e-12, 1e-12, 1e-12};

    private final double ballisticCoefficientKgPerM2; // m / (Cd A); infinite = vacuum

    private BallisticPropagator(double ballisticCoefficientKgPerM2) {
        this.ballisticCoefficientKgPerM2 = ballisticCoefficientKgPerM2;
    }

    /** Point-mass gravity only. */
    public static BallisticPropagator vacuum() {
        return new BallisticPropagator(Double.POSITIVE_INFINITY);
    }

    /**
     * Gravity plus drag {@code -rho v |v| / (2 beta)} in a still exponential atmosphere.
     *
     * @param ballisticCoefficientKgPerM2 beta = m / (Cd A), e.g. ~1000-3000 kg/m^2 for artillery rockets
     */
    public static BallisticPropagator withDrag(double ballisticCoefficientKgPerM2) {
        return new BallisticPropagator(
                Checks.positive("ballisticCoefficientKgPerM2", ballisticCoefficientKgPerM2, "kg/m^2"));
    }

    public boolean hasDrag() {
        return Double.isFinite(ballisticCoefficientKgPerM2);
    }

    /** The state after {@code durationS} seconds (which may be negative, to propagate backwards). */
    public double[] propagate(double[] stateEcef, double durationS) {
        check(stateEcef);
        Checks.finite("durationS", durationS);
        if (durationS == 0) {
            return stateEcef.clone();
        }
        return integrator(durationS)
                .integrate(equations(), new ODEState(0, stateEcef.clone()), durationS)
                .getPrimaryState();
    }

    /** Samples every {@code sampleStepS} (plus the final state) over {@code durationS} > 0 from {@code start}. */
    public EcefEphemeris sample(double[] stateEcef, SimTime start, double durationS, double sampleStepS) {
        check(stateEcef);
        Checks.positive("durationS", durationS, "s");
        Checks.positive("sampleStepS", sampleStepS, "s");
        DormandPrince853Integrator integrator = integrator(durationS);
        List<Double> times = new ArrayList<>();
        List<double[]> states = new ArrayList<>();
        integrator.addStepHandler(sampler(sampleStepS, times, states));
        integrator.integrate(equations(), new ODEState(0, stateEcef.clone()), durationS);
        return ephemeris(start, times, states);
    }

    /**
     * The first descending crossing of the geodetic height {@code heightM} within {@code maxDurationS}, sampled
     * every {@code sampleStepS}; empty if the flight does not come down through that height in time.
     */
    public Optional<EcefEphemeris> sampleToHeight(
            double[] stateEcef, SimTime start, double heightM, double maxDurationS, double sampleStepS) {
        check(stateEcef);
        Checks.positive("maxDurationS", maxDurationS, "s");
        Checks.positive("sampleStepS", sampleStepS, "s");
        DormandPrince853Integrator integrator = integrator(maxDurationS);
        HeightCrossing crossing = new HeightCrossing(Checks.finite("heightM", heightM));
        integrator.addEventDetector(crossing);
        List<Double> times = new ArrayList<>();
        List<double[]> states = new ArrayList<>();
        integrator.addStepHandler(sampler(sampleStepS, times, states));
        integrator.integrate(equations(), new ODEState(0, stateEcef.clone()), maxDurationS);
        if (!crossing.occurred || times.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(ephemeris(start, times, states));
    }

    /** Where and after how long the flight first comes down through {@code heightM}; no sampling. */
    public Optional<Crossing> toHeight(double[] stateEcef, double heightM, double maxDurationS) {
        check(stateEcef);
        Checks.positive("maxDurationS", maxDurationS, "s");
        DormandPrince853Integrator integrator = integrator(maxDurationS);
        HeightCrossing crossing = new HeightCrossing(Checks.finite("heightM", heightM));
        integrator.addEventDetector(crossing);
        ODEStateAndDerivative end = integrator.integrate(equations(), new ODEState(0, stateEcef.clone()), maxDurationS);
        return crossing.occurred ? Optional.of(new Crossing(end.getTime(), end.getPrimaryState())) : Optional.empty();
    }

    /**
     * A height crossing.
     *
     * @param elapsedS time from the initial state, s
     * @param stateEcef [x, y, z, vx, vy, vz] at the crossing
     */
    public record Crossing(double elapsedS, double[] stateEcef) {
        public Crossing {
            stateEcef = stateEcef.clone();
        }

        @Override
        public double[] stateEcef() {
            return stateEcef.clone();
        }
    }

    private OrdinaryDifferentialEquation equations() {
        final double beta = ballisticCoefficientKgPerM2;
        return new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 6;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double r2 = y[0] * y[0] + y[1] * y[1] + y[2] * y[2];
                double k = -Wgs84.GM_M3PS2 / (r2 * Math.sqrt(r2));
                double ax = k * y[0];
                double ay = k * y[1];
                double az = k * y[2];
                if (Double.isFinite(beta)) {
                    double h = Wgs84.toGeodetic(new EcefPoint(y[0], y[1], y[2])).hM();
                    double rho = SEA_LEVEL_DENSITY_KGPM3 * Math.exp(-Math.max(h, -1_000) / DENSITY_SCALE_HEIGHT_M);
                    double v = Math.sqrt(y[3] * y[3] + y[4] * y[4] + y[5] * y[5]);
                    double d = -rho * v / (2 * beta);
                    ax += d * y[3];
                    ay += d * y[4];
                    az += d * y[5];
                }
                return new double[] {y[3], y[4], y[5], ax, ay, az};
            }
        };
    }

    private static DormandPrince853Integrator integrator(double spanS) {
        return new DormandPrince853Integrator(1e-9, Math.max(1.0, Math.abs(spanS)), ABS_TOL, REL_TOL);
    }

    private static StepNormalizer sampler(double stepS, List<Double> times, List<double[]> states) {
        return new StepNormalizer(
                stepS,
                (s, isLast) -> {
                    int last = times.size() - 1;
                    if (last >= 0 && s.getTime() < times.get(last) + 1e-6) { // a final point on a multiple
                        if (isLast && last > 0) {
                            times.set(last, s.getTime());
                            states.set(last, s.getPrimaryState());
                        }
                        return;
                    }
                    times.add(s.getTime());
                    states.add(s.getPrimaryState());
                },
                StepNormalizerMode.MULTIPLES,
                StepNormalizerBounds.BOTH);
    }

    private static EcefEphemeris ephemeris(SimTime start, List<Double> times, List<double[]> states) {
        double[] t = new double[times.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = times.get(i);
        }
        return new EcefEphemeris(start, t, states.toArray(new double[0][]));
    }

    private static void check(double[] stateEcef) {
        if (stateEcef.length != 6) {
            throw new IllegalArgumentException(
                    "ECEF state must be [x, y, z, vx, vy, vz], got length " + stateEcef.length);
        }
        for (int i = 0; i < 6; i++) {
            Checks.finite("stateEcef[" + i + "]", stateEcef[i]);
        }
    }

    /** g = geodetic height - target; stops on the first descending zero, ignores ascending ones. */
    private static final class HeightCrossing implements ODEEventDetector {
        private final double heightM;
        private boolean occurred;

        HeightCrossing(double heightM) {
            this.heightM = heightM;
        }

        @Override
        public AdaptableInterval getMaxCheckInterval() {
            return AdaptableInterval.of(0.5); // heights change < 1.5 km in 0.5 s, and only one crossing fits
        }

        @Override
        public int getMaxIterationCount() {
            return 100;
        }

        @Override
        public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
            return new BracketingNthOrderBrentSolver(1e-10, 1e-10, 5);
        }

        @Override
        public ODEEventHandler getHandler() {
            return (s, detector, increasing) -> {
                if (increasing) {
                    return Action.CONTINUE;
                }
                occurred = true;
                return Action.STOP;
            };
        }

        @Override
        public double g(ODEStateAndDerivative s) {
            double[] y = s.getPrimaryState();
            return Wgs84.toGeodetic(new EcefPoint(y[0], y[1], y[2])).hM() - heightM;
        }
    }
}
