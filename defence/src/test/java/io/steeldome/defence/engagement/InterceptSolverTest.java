package io.steeldome.defence.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.effector.Effector;
import io.steeldome.defence.effector.EffectorSpec;
import io.steeldome.defence.effector.Flyout;
import io.steeldome.defence.threat.ThreatClass;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterceptSolverTest {
    /** Near Doğubayazıt (39.55 N, 44.08 E, ~1,600 m); the effector stands at the scenario origin. */
    private static final GeodeticPoint SITE = GeodeticPoint.ofDegrees(39.55, 44.08, 1_600);

    private static final LocalFrame FRAME = LocalFrame.at(SITE);
    private static final SimTime NOW = SimTime.ofSeconds(100);
    private static final InterceptSolver SOLVER = InterceptSolver.withDefaults();

    private static EffectorSpec.Builder spec(Flyout flyout, double launchDelayS) {
        return EffectorSpec.builder("TEST")
                .envelope(0, 100_000, -1_000, 30_000)
                .flyout(flyout)
                .launchDelayS(launchDelayS)
                .pk(ThreatClass.ROCKET, 0.9)
                .pk(ThreatClass.AIRCRAFT, 0.9)
                .pk(ThreatClass.BALLISTIC_MISSILE, 0.5)
                .magazine(4)
                .reloadS(60)
                .costPerShotUsd(1);
    }

    private static Optional<InterceptSolution> solve(EffectorSpec spec, LinearPath path, ThreatClass threat) {
        return SOLVER.solve(new Effector("E1", SITE, spec), FRAME, path, threat, NOW);
    }

    /** Direction from the site at elevation {@code elevRad} and azimuth {@code azRad} (clockwise from north). */
    private static EnuVector direction(double azRad, double elevRad) {
        return new EnuVector(
                Math.cos(elevRad) * Math.sin(azRad), Math.cos(elevRad) * Math.cos(azRad), Math.sin(elevRad));
    }

    /**
     * Head-on threat at speed v, interceptor at constant speed u: after launch the gap D0 = D - v d closes at u + v,
     * so the intercept comes tau = D0 / (u + v) after launch, at range u tau.
     */
    @ParameterizedTest
    @CsvSource({
        "20000, 300, 1000, 2, 0.0, 0.3",
        "20000, 300, 1000, 2, 2.0, 0.0",
        "60000, 2000, 1500, 5, 1.0, 1.0",
        "8000, 50, 700, 0, 4.0, 0.05",
        "45000, 900, 1200, 9, 5.5, 0.6"
    })
    void headOnMatchesClosingSpeed(double dM, double vMps, double uMps, double delayS, double azRad, double elevRad) {
        EnuVector start = direction(azRad, elevRad).times(dM);
        LinearPath path = LinearPath.towards(NOW, start, EnuVector.ZERO, vMps);
        InterceptSolution s = solve(spec(Flyout.constantSpeed(uMps), delayS).build(), path, ThreatClass.ROCKET)
                .orElseThrow();

        double tauS = (dM - vMps * delayS) / (uMps + vMps);
        SimTime earliestLaunch = NOW.shiftedBy(delayS);
        assertThat(s.interceptTime().secondsSince(earliestLaunch)).isCloseTo(tauS, within(1e-3));
        assertThat(s.launchTime().secondsSince(earliestLaunch)).isBetween(0.0, 1e-3);
        assertThat(s.rangeM()).isCloseTo(uMps * tauS, within(1e-3 * (uMps + vMps)));
        assertThat(s.timeOfFlightS()).isCloseTo(s.flyoutS(), within(1e-8));
        assertThat(s.interceptPointEnu().norm()).isCloseTo(s.rangeM(), within(1e-6));
    }

    /** With a boost phase the coast law t = tb / 2 + r / u gives tau = (u tb / 2 + D0) / (u + v). */
    @Test
    void headOnWithBoostPhase() {
        double tb = 4;
        double u = 800;
        double v = 400;
        LinearPath path = LinearPath.towards(NOW, direction(0.7, 0.2).times(30_000), EnuVector.ZERO, v);
        InterceptSolution s = solve(spec(new Flyout(tb, u), 3).build(), path, ThreatClass.ROCKET)
                .orElseThrow();
        double d0 = 30_000 - v * 3;
        assertThat(s.interceptTime().secondsSince(NOW.shiftedBy(3)))
                .isCloseTo((u * tb / 2 + d0) / (u + v), within(1e-3));
    }

    /**
     * Vertical fall 15 km east of the site from 10 km up, interceptor 1,000 m/s launched after 1 s. It meets the
     * threat when (1000 tau)^2 = 15000^2 + (10000 - w (tau + 1))^2, a quadratic in tau. At w = 1,000 m/s the
     * threat lands after 10 s, before any interceptor can cover the 15 km: infeasible.
     */
    @Test
    void offAxisFallMatchesQuadraticAndFastFallIsTooLate() {
        EffectorSpec spec = spec(Flyout.constantSpeed(1000), 1).build();
        EnuVector top = new EnuVector(15_000, 0, 10_000);
        EnuVector ground = new EnuVector(15_000, 0, 0);

        double w = 300;
        InterceptSolution s = solve(spec, LinearPath.towards(NOW, top, ground, w), ThreatClass.ROCKET)
                .orElseThrow();
        double h0 = 10_000 - w; // height at launch
        double a = 1e6 - w * w;
        double b = 2 * h0 * w;
        double c = -(15_000.0 * 15_000 + h0 * h0);
        double tau = (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
        assertThat(s.interceptTime().secondsSince(NOW.shiftedBy(1))).isCloseTo(tau, within(1e-3));

        assertThat(solve(spec, LinearPath.towards(NOW, top, ground, 1000), ThreatClass.ROCKET))
                .isEmpty();
    }

    /**
     * A fast interceptor could reach a 60 km-away threat long before it enters the 25 km envelope, so the earliest
     * intercept is the envelope entry, (D0 - 25 km) / v after launch. A class range override moves it.
     */
    @Test
    void envelopeEntryBindsWhenInterceptorIsFast() {
        EffectorSpec spec = spec(Flyout.constantSpeed(3000), 0)
                .envelope(0, 25_000, -1_000, 30_000)
                .maxRangeM(ThreatClass.BALLISTIC_MISSILE, 10_000)
                .build();
        LinearPath path = LinearPath.towards(NOW, direction(2.0, 0.1).times(60_000), EnuVector.ZERO, 300);
        InterceptSolution air = solve(spec, path, ThreatClass.AIRCRAFT).orElseThrow();
        assertThat(air.interceptTime().secondsSince(NOW)).isCloseTo(35_000 / 300.0, within(1e-3));
        assertThat(air.rangeM()).isCloseTo(25_000, within(0.5));
        // The round is held: launched 25 km / 3 km/s before the intercept, not at once.
        assertThat(air.launchTime().secondsSince(NOW)).isCloseTo(35_000 / 300.0 - 25_000 / 3000.0, within(1e-3));
        InterceptSolution bm = solve(spec, path, ThreatClass.BALLISTIC_MISSILE).orElseThrow();
        assertThat(bm.interceptTime().secondsSince(NOW)).isCloseTo(50_000 / 300.0, within(1e-3));
    }

    @Test
    void crossingBeyondMaxRangeIsInfeasible() {
        EffectorSpec spec = spec(Flyout.constantSpeed(800), 5)
                .envelope(1_000, 25_000, 30, 15_000)
                .build();
        // East-west pass at 5 km altitude, closest approach 30 km (outside) or 20 km (inside) north of the site.
        assertThat(solve(spec, crossing(30_000, 5_000), ThreatClass.AIRCRAFT)).isEmpty();
        assertThat(solve(spec, crossing(20_000, 5_000), ThreatClass.AIRCRAFT)).isPresent();
    }

    @Test
    void crossingAboveMaxAltitudeIsInfeasible() {
        EffectorSpec spec = spec(Flyout.constantSpeed(800), 5)
                .envelope(1_000, 25_000, 30, 15_000)
                .build();
        assertThat(solve(spec, crossing(5_000, 18_000), ThreatClass.AIRCRAFT)).isEmpty();
        InterceptSolution s =
                solve(spec, crossing(5_000, 12_000), ThreatClass.AIRCRAFT).orElseThrow();
        assertThat(s.altitudeM()).isBetween(12_000.0, 12_100.0); // plus Earth curvature, <50 m at 25 km
    }

    /** Head-on from 6 km at 300 m/s, interceptor 300 m/s, no delay: the meeting point is 3 km out. */
    @Test
    void minimumRangeRule() {
        LinearPath path = LinearPath.towards(NOW, direction(1.0, 0.3).times(6_000), EnuVector.ZERO, 300);
        EffectorSpec.Builder b = spec(Flyout.constantSpeed(300), 0);
        assertThat(solve(b.envelope(5_000, 25_000, -1_000, 15_000).build(), path, ThreatClass.ROCKET))
                .isEmpty();
        InterceptSolution s = solve(b.envelope(2_000, 25_000, -1_000, 15_000).build(), path, ThreatClass.ROCKET)
                .orElseThrow();
        assertThat(s.rangeM()).isCloseTo(3_000, within(0.5));
    }

    @Test
    void noSolutionWhenClassNotEngageableOrLaunchAfterImpact() {
        LinearPath path = LinearPath.towards(NOW, direction(1.0, 0.3).times(6_000), EnuVector.ZERO, 300); // 20 s
        assertThat(solve(spec(Flyout.constantSpeed(1000), 0).build(), path, ThreatClass.CRUISE_MISSILE))
                .isEmpty();
        assertThat(solve(spec(Flyout.constantSpeed(1000), 25).build(), path, ThreatClass.ROCKET))
                .isEmpty();
    }

    /**
     * Seeded random approaches against an independent brute-force scan every 5 ms of the same feasibility rules: the
     * solver's time must be the first feasible scan time to within one scan step.
     */
    @Test
    void earliestTimeMatchesDenseScan() {
        SplittableRandom rnd = new SplittableRandom(20_240_601L);
        EffectorSpec spec =
                spec(new Flyout(3, 900), 4).envelope(1_500, 30_000, 50, 15_000).build();
        int feasibleCases = 0;
        int infeasibleCases = 0;
        for (int i = 0; i < 40; i++) {
            double az = rnd.nextDouble(0, 2 * Math.PI);
            EnuVector start = direction(az, 0)
                    .times(rnd.nextDouble(15_000, 80_000))
                    .plus(new EnuVector(0, 0, rnd.nextDouble(500, 14_000)));
            EnuVector aim = new EnuVector(rnd.nextDouble(-40_000, 40_000), rnd.nextDouble(-40_000, 40_000), 0);
            LinearPath path = LinearPath.towards(NOW, start, aim, rnd.nextDouble(80, 1_200));

            Optional<InterceptSolution> s = solve(spec, path, ThreatClass.AIRCRAFT);
            Optional<Double> dense = denseEarliest(spec, path);
            assertThat(s.isPresent()).as("case %d", i).isEqualTo(dense.isPresent());
            if (s.isPresent()) {
                feasibleCases++;
                assertThat(s.get().interceptTime().secondsSince(NOW.shiftedBy(spec.launchDelayS())))
                        .as("case %d", i)
                        .isCloseTo(dense.get(), within(0.006));
            } else {
                infeasibleCases++;
            }
        }
        assertThat(feasibleCases).isGreaterThanOrEqualTo(10);
        assertThat(infeasibleCases).isGreaterThanOrEqualTo(5);
    }

    private static Optional<Double> denseEarliest(EffectorSpec spec, LinearPath path) {
        SimTime launch = NOW.shiftedBy(spec.launchDelayS());
        double endS = path.endTime().secondsSince(launch);
        for (double tau = 0.005; tau < endS; tau += 0.005) {
            EnuVector p = path.positionAt(launch.shiftedBy(tau));
            double r = p.norm();
            double alt = FRAME.toGeodetic(p).hM() - SITE.hM();
            if (r >= spec.envelope().minRangeM()
                    && r <= spec.envelope().maxRangeM()
                    && alt >= spec.envelope().minAltitudeM()
                    && alt <= spec.envelope().maxAltitudeM()
                    && spec.flyout().flyoutTimeS(r) <= tau) {
                return Optional.of(tau);
            }
        }
        return Optional.empty();
    }

    private static LinearPath crossing(double offsetNorthM, double upM) {
        return LinearPath.towards(
                NOW, new EnuVector(-80_000, offsetNorthM, upM), new EnuVector(80_000, offsetNorthM, upM), 250);
    }
}
