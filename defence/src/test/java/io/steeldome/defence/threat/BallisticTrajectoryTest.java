package io.steeldome.defence.threat;

import static io.steeldome.defence.threat.DemoGeometry.FRAME;
import static io.steeldome.defence.threat.DemoGeometry.GROUND_M;
import static io.steeldome.defence.threat.DemoGeometry.TOWN;
import static io.steeldome.defence.threat.DemoGeometry.fromTown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.time.SimTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BallisticTrajectoryTest {
    private static final SimTime T0 = SimTime.ofSeconds(100);

    /**
     * Flat-earth vacuum parabola over range R in time T: horizontal speed R/T, vertical launch speed g T/2, apogee
     * g T^2/8 at T/2. Curvature and the 1/r^2 fall-off change these by O(h/R_earth + R/R_earth) ~ 1e-3 at 5 km.
     * Point-mass gravity also pulls toward the geocentre, which lies off the geodetic vertical by the difference
     * of geodetic and geocentric latitude (tan psi = (1 - e^2) tan phi, ~0.19 deg here): a horizontal
     * acceleration g sin(phi - psi) that shifts the horizontal launch speed by up to g sin(phi - psi) T / 2.
     */
    @ParameterizedTest
    @CsvSource({"90, 5000, 30", "200, 5000, 40", "315, 2000, 20"})
    void shortRangeShotMatchesTheFlatEarthParabola(double azimuthDeg, double rangeM, double flightTimeS) {
        GeodeticPoint launch = fromTown(azimuthDeg, rangeM);
        BallisticTrajectory traj = BallisticTrajectory.solve(FRAME, launch, TOWN, T0, flightTimeS);
        double r = Wgs84.toEcef(launch).normM();
        double g = Wgs84.GM_M3PS2 / (r * r);

        EnuVector v0 = toLocal(launch, traj, traj.launchTime());
        double phi = launch.latRad();
        double deflection = phi - Math.atan((1 - Wgs84.E2) * Math.tan(phi));
        double tiltMps = g * Math.sin(deflection) * flightTimeS / 2;
        assertThat(v0.horizontalNorm()).isCloseTo(rangeM / flightTimeS, within(rangeM / flightTimeS * 2e-3 + tiltMps));
        assertThat(v0.upM()).isCloseTo(g * flightTimeS / 2, within(g * flightTimeS / 2 * 2e-3));

        double apogeeM = 0;
        double apogeeTimeS = 0;
        for (double t = 0; t <= flightTimeS; t += 0.01) {
            double h = Wgs84.toGeodetic(traj.positionEcefAt(T0.shiftedBy(t))).hM() - GROUND_M;
            if (h > apogeeM) {
                apogeeM = h;
                apogeeTimeS = t;
            }
        }
        double expected = g * flightTimeS * flightTimeS / 8;
        assertThat(apogeeM).isCloseTo(expected, within(expected * 3e-3));
        assertThat(apogeeTimeS).isCloseTo(flightTimeS / 2, within(0.05));
        assertThat(Geodesy.distanceM(launch, traj.impactPoint())).isCloseTo(rangeM, within(1.0));
    }

    @Test
    void impactIsWithinOneMetreOfTheAimAndTimesMatch() {
        GeodeticPoint launch = fromTown(120, 300_000).withHeight(1300);
        double tof = ThreatType.SCUD_B.nominalFlightTimeS(300_000);
        BallisticTrajectory traj = BallisticTrajectory.solve(FRAME, launch, TOWN, T0, tof);

        assertThat(Wgs84.toEcef(traj.impactPoint()).distanceM(Wgs84.toEcef(TOWN)))
                .isLessThan(1.0);
        assertThat(traj.positionAt(traj.endTime()).norm()).isLessThan(1.0);
        assertThat(traj.positionEcefAt(T0).distanceM(Wgs84.toEcef(launch))).isLessThan(1e-6);
        assertThat(traj.launchTime()).isEqualTo(T0);
        assertThat(traj.endTime().secondsSince(T0)).isCloseTo(tof, within(1e-6));
        // clamped outside the flight
        assertThat(traj.positionAt(T0.shiftedBy(-5))).isEqualTo(traj.positionAt(T0));
        assertThat(traj.positionAt(traj.endTime().shiftedBy(5)).norm()).isLessThan(1.0);
    }

    /** Scud-B at 300 km: ~80-90 km apogee in open sources; our unpowered arc must land in 70-110 km. */
    @Test
    void srbmApogeeAt300KmIsRealistic() {
        GeodeticPoint launch = fromTown(120, 300_000);
        double tof = ThreatType.SCUD_B.nominalFlightTimeS(300_000);
        assertThat(tof).isBetween(240.0, 330.0);
        BallisticTrajectory traj = BallisticTrajectory.solve(FRAME, launch, TOWN, T0, tof);
        double apogeeM = 0;
        for (double t = 0; t <= tof; t += 1) {
            apogeeM = Math.max(
                    apogeeM,
                    Wgs84.toGeodetic(traj.positionEcefAt(T0.shiftedBy(t))).hM());
        }
        assertThat(apogeeM).isBetween(70_000.0, 110_000.0);
        double speed = traj.launchVelocity().norm();
        assertThat(speed).isBetween(1_500.0, 1_900.0);
    }

    /** Specific orbital energy v^2/2 - GM/r is a constant of vacuum point-mass motion. */
    @Test
    void srbmConservesEnergyInVacuum() {
        GeodeticPoint launch = fromTown(120, 300_000);
        BallisticTrajectory traj = BallisticTrajectory.solve(FRAME, launch, TOWN, T0, 280);
        double e0 = energy(traj, T0);
        for (double t = 0.25; t <= 280; t += 3.7) { // between samples too: tests the interpolation
            assertThat(energy(traj, T0.shiftedBy(t))).isCloseTo(e0, within(Math.abs(e0) * 1e-6));
        }
        double[] s0 = traj.ephemeris().stateAt(T0);
        double[] s1 = BallisticPropagator.vacuum().propagate(s0, 280);
        assertThat(energy(s1)).isCloseTo(energy(s0), within(Math.abs(energy(s0)) * 1e-10));
    }

    /** Brute force around the Kepler formula: the launch speed needed for a fixed range is least at T_minE. */
    @ParameterizedTest
    @CsvSource({"20000", "300000"})
    void minimumEnergyTimeMinimisesLaunchSpeed(double rangeM) {
        GeodeticPoint launch = fromTown(90, rangeM).withHeight(GROUND_M);
        double tMin = BallisticTrajectory.minimumEnergyFlightTimeS(launch, TOWN);
        double vMin = launchSpeed(launch, tMin);
        assertThat(launchSpeed(launch, 0.97 * tMin)).isGreaterThan(vMin);
        assertThat(launchSpeed(launch, 1.03 * tMin)).isGreaterThan(vMin);
        assertThat(BallisticTrajectory.minimumEnergyFlightTimeS(rangeM)).isCloseTo(tMin, within(tMin * 2e-3));
    }

    @Test
    void minimumEnergyTimeTendsToTheFlatEarthLimit() {
        double g = Wgs84.GM_M3PS2 / (Wgs84.MEAN_RADIUS_M * Wgs84.MEAN_RADIUS_M);
        assertThat(BallisticTrajectory.minimumEnergyFlightTimeS(1_000))
                .isCloseTo(Math.sqrt(2 * 1000 / g), within(1e-3));
    }

    @Test
    void dragNeedsAFasterLaunchAndStillHitsTheAim() {
        GeodeticPoint launch = fromTown(100, 20_000);
        double tof = ThreatType.GRAD_122MM.nominalFlightTimeS(20_000);
        BallisticTrajectory vacuum = BallisticTrajectory.solve(FRAME, launch, TOWN, T0, tof);
        BallisticTrajectory draggy =
                BallisticTrajectory.solve(FRAME, launch, TOWN, T0, tof, BallisticPropagator.withDrag(2_000));
        assertThat(Wgs84.toEcef(draggy.impactPoint()).distanceM(Wgs84.toEcef(TOWN)))
                .isLessThan(1.0);
        assertThat(draggy.launchVelocity().norm())
                .isGreaterThan(vacuum.launchVelocity().norm() + 5);
        assertThat(draggy.velocityAt(draggy.endTime()).norm())
                .isLessThan(vacuum.velocityAt(vacuum.endTime()).norm());
    }

    @Test
    void rejectsAnArcThroughTheGround() {
        GeodeticPoint launch = fromTown(120, 300_000);
        assertThatThrownBy(() -> BallisticTrajectory.solve(FRAME, launch, TOWN, T0, 20))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("below the ground");
    }

    private static double launchSpeed(GeodeticPoint launch, double tofS) {
        return BallisticTrajectory.solve(FRAME, launch, TOWN, T0, tofS)
                .launchVelocity()
                .norm();
    }

    private static EnuVector toLocal(GeodeticPoint at, BallisticTrajectory traj, SimTime time) {
        double[] v = traj.ephemeris().velocityAt(time);
        return LocalFrame.at(at).rotateFromEcef(v[0], v[1], v[2]);
    }

    private static double energy(BallisticTrajectory traj, SimTime t) {
        EcefPoint p = traj.positionEcefAt(t);
        double[] v = traj.ephemeris().velocityAt(t);
        return energy(new double[] {p.xM(), p.yM(), p.zM(), v[0], v[1], v[2]});
    }

    private static double energy(double[] s) {
        double r = Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
        return 0.5 * (s[3] * s[3] + s[4] * s[4] + s[5] * s[5]) - Wgs84.GM_M3PS2 / r;
    }
}
