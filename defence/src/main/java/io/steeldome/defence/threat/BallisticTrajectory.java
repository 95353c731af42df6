package io.steeldome.defence.threat;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.time.SimTime;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * The true unpowered flight of a rocket or ballistic missile from launch to its aim point in a given flight time,
 * found by Newton shooting on the launch velocity (finite-difference Jacobian) through {@link BallisticPropagator}
 * and stored as a dense {@link EcefEphemeris}. The launch velocity stands for the burn-out velocity: the boost phase
 * is not modelled. See {@link BallisticPropagator} for the force model and the error of neglecting earth rotation.
 */
public final class BallisticTrajectory implements Trajectory {
    /** Ephemeris sample step, s. */
    static final double SAMPLE_STEP_S = 0.5;

    private static final double MISS_TOLERANCE_M = 1e-3;
    private static final int MAX_ITERATIONS = 30;
    private static final double FD_STEP_MPS = 1e-2;

    private final LocalFrame frame;
    private final EcefEphemeris ephemeris;
    private final GeodeticPoint impactPoint;

    private BallisticTrajectory(LocalFrame frame, EcefEphemeris ephemeris) {
        this.frame = frame;
        this.ephemeris = ephemeris;
        double[] end = ephemeris.finalState();
        this.impactPoint = Wgs84.toGeodetic(new EcefPoint(end[0], end[1], end[2]));
    }

    /** A vacuum trajectory (the demo's model). */
    public static BallisticTrajectory solve(
            LocalFrame frame, GeodeticPoint launch, GeodeticPoint aim, SimTime launchTime, double flightTimeS) {
        return solve(frame, launch, aim, launchTime, flightTimeS, BallisticPropagator.vacuum());
    }

    /**
     * The trajectory from {@code launch} that reaches {@code aim}'s ECEF position exactly {@code flightTimeS} after
     * {@code launchTime} under {@code propagator}'s forces.
     *
     * @throws SteeldomeException {@link ThreatError#SHOOTING_FAILED} if Newton shooting does not converge, or
     *     {@link ThreatError#ARC_BELOW_GROUND} if the arc dips below the lower of launch and aim heights (flight time
     *     too short for the range)
     */
    public static BallisticTrajectory solve(
            LocalFrame frame,
            GeodeticPoint launch,
            GeodeticPoint aim,
            SimTime launchTime,
            double flightTimeS,
            BallisticPropagator propagator) {
        Checks.positive("flightTimeS", flightTimeS, "s");
        EcefPoint r0 = Wgs84.toEcef(launch);
        EcefPoint rAim = Wgs84.toEcef(aim);
        RealVector target = MatrixUtils.createRealVector(new double[] {rAim.xM(), rAim.yM(), rAim.zM()});
        RealVector v = initialGuess(launch, aim, flightTimeS);
        double miss = Double.POSITIVE_INFINITY;
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            RealVector f = endPosition(propagator, r0, v, flightTimeS).subtract(target);
            miss = f.getNorm();
            if (miss < MISS_TOLERANCE_M) {
                double[] s0 = {r0.xM(), r0.yM(), r0.zM(), v.getEntry(0), v.getEntry(1), v.getEntry(2)};
                EcefEphemeris eph = propagator.sample(s0, launchTime, flightTimeS, SAMPLE_STEP_S);
                checkAboveGround(eph, launch, aim, flightTimeS);
                return new BallisticTrajectory(frame, eph);
            }
            RealMatrix jacobian = MatrixUtils.createRealMatrix(3, 3);
            for (int k = 0; k < 3; k++) {
                RealVector vk = v.copy();
                vk.addToEntry(k, FD_STEP_MPS);
                RealVector fk = endPosition(propagator, r0, vk, flightTimeS).subtract(target);
                jacobian.setColumnVector(k, fk.subtract(f).mapDivide(FD_STEP_MPS));
            }
            v = v.subtract(new LUDecomposition(jacobian).getSolver().solve(f));
        }
        throw new SteeldomeException(
                ThreatError.SHOOTING_FAILED,
                launch,
                aim,
                flightTimeS,
                miss,
                MAX_ITERATIONS,
                minimumEnergyFlightTimeS(launch, aim));
    }

    /**
     * The minimum-energy unpowered flight time between two points at the same radius r on a spherical earth, from
     * Kepler's equation: speed ratio nu = v^2 r / GM = 2 sin(psi/2) / (1 + sin(psi/2)) and flight-path angle
     * (pi - psi) / 4 for a central angle psi (Bate, Mueller & White, Fundamentals of Astrodynamics, sec. 6.2).
     * Tends to sqrt(2 R / g) for short ranges.
     */
    public static double minimumEnergyFlightTimeS(double groundRangeM) {
        Checks.positive("groundRangeM", groundRangeM, "m");
        return minimumEnergyTimeS(groundRangeM / Wgs84.MEAN_RADIUS_M, Wgs84.MEAN_RADIUS_M);
    }

    /** As {@link #minimumEnergyFlightTimeS(double)}, from the geocentric angle and mean radius of two points. */
    public static double minimumEnergyFlightTimeS(GeodeticPoint launch, GeodeticPoint aim) {
        double[] a = toArray(Wgs84.toEcef(launch));
        double[] b = toArray(Wgs84.toEcef(aim));
        double ra = norm(a);
        double rb = norm(b);
        double cross =
                norm(new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]});
        double psi = Math.atan2(cross, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]);
        if (!(psi > 0)) {
            throw new SteeldomeException(ThreatError.ZERO_LENGTH_ROUTE, launch, aim);
        }
        return minimumEnergyTimeS(psi, 0.5 * (ra + rb));
    }

    private static double minimumEnergyTimeS(double psiRad, double rM) {
        if (psiRad >= Math.PI) {
            throw new SteeldomeException(ThreatError.RANGE_TOO_LONG, psiRad * rM, Math.PI * rM);
        }
        double s = Math.sin(psiRad / 2);
        double nu = 2 * s / (1 + s);
        double gamma = (Math.PI - psiRad) / 4;
        double p = rM * nu * Math.cos(gamma) * Math.cos(gamma); // semi-latus rectum
        double a = rM / (2 - nu); // semi-major axis from the vis-viva equation
        double e = Math.sqrt(Math.max(0, 1 - p / a));
        double theta = Math.PI - psiRad / 2; // launch true anomaly; apogee at pi
        double ecc = 2 * Math.atan(Math.sqrt((1 - e) / (1 + e)) * Math.tan(theta / 2));
        double meanAnomaly = ecc - e * Math.sin(ecc);
        return 2 * (Math.PI - meanAnomaly) / Math.sqrt(Wgs84.GM_M3PS2 / (a * a * a));
    }

    @Override
    public LocalFrame frame() {
        return frame;
    }

    @Override
    public SimTime launchTime() {
        return ephemeris.startTime();
    }

    @Override
    public SimTime endTime() {
        return ephemeris.endTime();
    }

    @Override
    public EnuVector positionAt(SimTime time) {
        return frame.toEnu(ephemeris.positionAt(time));
    }

    @Override
    public EnuVector velocityAt(SimTime time) {
        double[] v = ephemeris.velocityAt(time);
        return frame.rotateFromEcef(v[0], v[1], v[2]);
    }

    @Override
    public EcefPoint positionEcefAt(SimTime time) {
        return ephemeris.positionAt(time);
    }

    @Override
    public GeodeticPoint impactPoint() {
        return impactPoint;
    }

    /** The launch (burn-out) velocity in the scenario ENU axes, m/s. */
    public EnuVector launchVelocity() {
        return velocityAt(launchTime());
    }

    /** The underlying ECEF samples. */
    public EcefEphemeris ephemeris() {
        return ephemeris;
    }

    /** Flat-earth guess in the launch's own ENU frame; the aim's "up" already carries the earth's curvature drop. */
    private static RealVector initialGuess(GeodeticPoint launch, GeodeticPoint aim, double timeS) {
        LocalFrame local = LocalFrame.at(launch);
        EnuVector d = local.toEnu(aim);
        double r = Wgs84.toEcef(launch).normM();
        double g = Wgs84.GM_M3PS2 / (r * r);
        EnuVector v = new EnuVector(d.eastM() / timeS, d.northM() / timeS, (d.upM() + 0.5 * g * timeS * timeS) / timeS);
        return MatrixUtils.createRealVector(local.rotateToEcef(v));
    }

    private static RealVector endPosition(BallisticPropagator p, EcefPoint r0, RealVector v, double timeS) {
        double[] s = p.propagate(
                new double[] {r0.xM(), r0.yM(), r0.zM(), v.getEntry(0), v.getEntry(1), v.getEntry(2)}, timeS);
        return MatrixUtils.createRealVector(new double[] {s[0], s[1], s[2]});
    }

    private static void checkAboveGround(EcefEphemeris eph, GeodeticPoint launch, GeodeticPoint aim, double timeS) {
        double floor = Math.min(launch.hM(), aim.hM()) - 1.0;
        SimTime start = eph.startTime();
        for (double t = SAMPLE_STEP_S; t < timeS - SAMPLE_STEP_S; t += SAMPLE_STEP_S) {
            double h = Wgs84.toGeodetic(eph.positionAt(start.shiftedBy(t))).hM();
            if (h < floor) {
                throw new SteeldomeException(
                        ThreatError.ARC_BELOW_GROUND,
                        timeS,
                        launch,
                        aim,
                        floor - h,
                        minimumEnergyFlightTimeS(launch, aim));
            }
        }
    }

    private static double[] toArray(EcefPoint p) {
        return new double[] {p.xM(), p.yM(), p.zM()};
    }

    private static double norm(double[] a) {
        return Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
    }
}
