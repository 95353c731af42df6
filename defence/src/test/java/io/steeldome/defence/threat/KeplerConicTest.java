package io.steeldome.defence.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.time.SimTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance: a drag-free ballistic trajectory matches the closed-form solution. {@link BallisticPropagator} is
 * inertial point-mass gravity (no earth rotation, no J2; see its Javadoc), so the exact flight is a Keplerian conic.
 * From the integrated trajectory's initial ECEF state alone, the two-body formulas (Bate, Mueller & White,
 * Fundamentals of Astrodynamics, ch. 1-2 and 4) give the apogee radius r_a = a (1 + e), the range angle from the
 * launch radius to the impact radius, and the time of flight from Kepler's equation. The integrated apogee,
 * impact and flight time must agree within 0.5 % (the acceptance figure); they agree far better.
 */
class KeplerConicTest {
    private static final double GM = Wgs84.GM_M3PS2;
    private static final GeodeticPoint LAUNCH = GeodeticPoint.ofDegrees(38.2, 45.9, 1_400);
    private static final LocalFrame FRAME = LocalFrame.at(GeodeticPoint.ofDegrees(39.5467, 44.0847, 1_600));
    private static final SimTime T0 = SimTime.ofSeconds(5);

    @ParameterizedTest(name = "{0} m on azimuth {1} deg, loft {2}")
    @CsvSource({
        "20000, 315, 1.0",
        "20000, 20, 1.3",
        "50000, 300, 1.0",
        "100000, 90, 1.1",
        "200000, 180, 1.0",
        "300000, 315, 1.1",
        "450000, 315, 1.0",
        "450000, 45, 1.2"
    })
    void vacuumTrajectoryIsTheKeplerConic(double rangeM, double azimuthDeg, double loft) {
        GeodeticPoint aim =
                Geodesy.direct(LAUNCH, Math.toRadians(azimuthDeg), rangeM).withHeight(1_600);
        double flightS = loft * BallisticTrajectory.minimumEnergyFlightTimeS(LAUNCH, aim);
        BallisticTrajectory traj = BallisticTrajectory.solve(FRAME, LAUNCH, aim, T0, flightS);
        double[] s0 = traj.ephemeris().stateAt(T0);
        double[] r0 = {s0[0], s0[1], s0[2]};
        double[] v0 = {s0[3], s0[4], s0[5]};

        // closed form: energy, angular momentum, semi-major axis, eccentricity
        double rr0 = norm(r0);
        double energy = 0.5 * dot(v0, v0) - GM / rr0;
        double a = -GM / (2 * energy);
        double h = norm(cross(r0, v0));
        double p = h * h / GM;
        double e = Math.sqrt(1 - p / a);
        double apogeeRadius = a * (1 + e);
        double[] end = traj.ephemeris().finalState();
        double[] r1 = {end[0], end[1], end[2]};
        double rr1 = norm(r1);
        double nu0 = Math.acos((p / rr0 - 1) / e); // ascending: true anomaly in (0, pi)
        double nu1 = 2 * Math.PI - Math.acos((p / rr1 - 1) / e); // descending: in (pi, 2 pi)
        double rangeAngle = nu1 - nu0;
        double keplerTimeS = timeSincePerigee(nu1, a, e) - timeSincePerigee(nu0, a, e);

        // the integrated flight
        double integratedApogee = maxRadius(traj.ephemeris(), T0, flightS);
        double integratedAngle = Math.atan2(norm(cross(r0, r1)), dot(r0, r1));

        double apogeeHeight = apogeeRadius - rr0;
        assertThat(integratedApogee - rr0).isCloseTo(apogeeHeight, within(0.005 * apogeeHeight));
        assertThat(integratedAngle).isCloseTo(rangeAngle, within(0.005 * rangeAngle));
        assertThat(flightS).isCloseTo(keplerTimeS, within(0.005 * keplerTimeS));
        // what it really achieves: millimetres on the apogee and the impact, microseconds on the time
        assertThat(integratedApogee - apogeeRadius).isCloseTo(0, within(0.01));
        assertThat((integratedAngle - rangeAngle) * rr1).isCloseTo(0, within(0.01));
        assertThat(flightS - keplerTimeS).isCloseTo(0, within(1e-5));
    }

    /** Time from perigee to true anomaly nu on an ellipse, from Kepler's equation. */
    private static double timeSincePerigee(double nu, double a, double e) {
        double ecc = 2 * Math.atan(Math.sqrt((1 - e) / (1 + e)) * Math.tan(nu / 2));
        if (nu > Math.PI) {
            ecc += 2 * Math.PI; // tan(nu/2) < 0 past apogee: continue the eccentric anomaly past pi
        }
        return (ecc - e * Math.sin(ecc)) / Math.sqrt(GM / (a * a * a));
    }

    /** Largest geocentric radius of the sampled flight, refined by golden-section search around the best sample. */
    private static double maxRadius(EcefEphemeris eph, SimTime start, double durationS) {
        double bestT = 0;
        double best = 0;
        for (double t = 0; t <= durationS; t += 0.5) {
            double r = eph.positionAt(start.shiftedBy(t)).normM();
            if (r > best) {
                best = r;
                bestT = t;
            }
        }
        double lo = Math.max(0, bestT - 0.5);
        double hi = Math.min(durationS, bestT + 0.5);
        double g = (Math.sqrt(5) - 1) / 2;
        for (int k = 0; k < 80; k++) {
            double m1 = hi - g * (hi - lo);
            double m2 = lo + g * (hi - lo);
            if (eph.positionAt(start.shiftedBy(m1)).normM()
                    < eph.positionAt(start.shiftedBy(m2)).normM()) {
                lo = m1;
            } else {
                hi = m2;
            }
        }
        return eph.positionAt(start.shiftedBy(0.5 * (lo + hi))).normM();
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
