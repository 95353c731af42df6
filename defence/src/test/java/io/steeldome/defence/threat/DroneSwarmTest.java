package io.steeldome.defence.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.time.SimTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Swarm geometry measured independently of how it was built: the cross-track distance between neighbours is found
 * by brute-force minimisation of the geodesic distance (GeographicLib's inverse problem, through core's Geodesy)
 * from points of one member's route to the other's legs; arrival times from the members' own trajectories.
 */
class DroneSwarmTest {
    // Salmas area -> north, a 25 degree turn, -> Dogubayazit (the demo's drone geometry), heights as flown
    private static final GeodeticPoint LAUNCH = GeodeticPoint.ofDegrees(38.20, 44.77, 1_350);
    private static final GeodeticPoint TURN = GeodeticPoint.ofDegrees(38.80, 44.55, 1_600);
    private static final GeodeticPoint TURN2 = GeodeticPoint.ofDegrees(39.30, 44.35, 1_600);
    private static final GeodeticPoint AIM = GeodeticPoint.ofDegrees(39.547, 44.084, 1_625);
    private static final List<GeodeticPoint> ROUTE = List.of(LAUNCH, TURN, TURN2, AIM);
    private static final double SPEED = 50;

    @ParameterizedTest(name = "{0} members {1} m apart")
    @CsvSource({"2, 300", "5, 500", "8, 150", "3, 2000"})
    void neighboursFlyTheGivenLateralSpacingApart(int count, double spacingM) {
        List<DroneSwarm.Member> members =
                new DroneSwarm(count, spacingM, DroneSwarm.Arrival.STAGGERED, 10).members(ROUTE, SPEED);
        assertThat(members).hasSize(count);
        for (int k = 0; k + 1 < count; k++) {
            List<GeodeticPoint> a = members.get(k).route();
            List<GeodeticPoint> b = members.get(k + 1).route();
            for (int leg = 0; leg < ROUTE.size() - 1; leg++) {
                for (double f : new double[] {0.25, 0.5, 0.75}) {
                    GeodeticPoint q = along(b.get(leg), b.get(leg + 1), f);
                    double d = distanceToLeg(q, a.get(leg), a.get(leg + 1));
                    assertThat(d).isCloseTo(spacingM, within(0.005 * spacingM + 0.5));
                }
            }
            // member k is left of member k + 1: seen along the first leg, b lies to the right of a
            double az = Geodesy.inverse(LAUNCH, TURN).azimuth1Rad();
            double toB = Geodesy.inverse(a.get(0), b.get(0)).azimuth1Rad();
            assertThat(Math.sin(toB - az)).isGreaterThan(0.99);
        }
        // centred on the route: the line's ends are equally far from the centre line's launch
        double left = Geodesy.distanceM(LAUNCH, members.get(0).route().get(0));
        double right = Geodesy.distanceM(LAUNCH, members.get(count - 1).route().get(0));
        assertThat(left).isCloseTo((count - 1) * spacingM / 2, within(1e-3));
        assertThat(right).isCloseTo(left, within(1e-3));
        // heights are kept
        assertThat(members.get(0).route().get(1).hM()).isEqualTo(1_600);
    }

    @ParameterizedTest(name = "{0} members {1} m apart")
    @CsvSource({"5, 500", "12, 300", "4, 3000"})
    void simultaneousArrivalLandsEveryMemberAtTheSameTime(int count, double spacingM) {
        List<DroneSwarm.Member> members =
                new DroneSwarm(count, spacingM, DroneSwarm.Arrival.SIMULTANEOUS, 0).members(ROUTE, SPEED);
        SimTime first = SimTime.ofSeconds(-3_000);
        double arrival = Double.NaN;
        double minDelay = Double.POSITIVE_INFINITY;
        double maxDelay = 0;
        for (DroneSwarm.Member m : members) {
            WaypointTrajectory t = WaypointTrajectory.of(
                    DemoGeometry.FRAME, m.route(), first.shiftedBy(m.launchDelayS()), SPEED, 2_400, 0.7);
            double end = t.endTime().secondsSince(first);
            if (Double.isNaN(arrival)) {
                arrival = end;
            }
            assertThat(end).isCloseTo(arrival, within(1e-3));
            assertThat(m.flightTimeS()).isCloseTo(t.pathLengthM() / SPEED, within(1e-6));
            minDelay = Math.min(minDelay, m.launchDelayS());
            maxDelay = Math.max(maxDelay, m.launchDelayS());
        }
        assertThat(minDelay).isEqualTo(0); // the longest route launches first, at the swarm's launch time
        // the route turns left twice, so the right-hand (outer) members fly farther: the launches really are staggered
        assertThat(maxDelay).isGreaterThan(0.1 * (count - 1) * spacingM / SPEED);
        assertThat(members.get(count - 1).launchDelayS()).isEqualTo(0);
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "6, 45", "3, 0"})
    void staggeredLaunchesAreIntervalApart(int count, double intervalS) {
        List<DroneSwarm.Member> members =
                new DroneSwarm(count, 250, DroneSwarm.Arrival.STAGGERED, intervalS).members(ROUTE, SPEED);
        for (DroneSwarm.Member m : members) {
            assertThat(m.launchDelayS()).isEqualTo(m.index() * intervalS);
            assertThat(m.arrivalS()).isCloseTo(m.launchDelayS() + m.flightTimeS(), within(1e-9));
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 100, STAGGERED, 0", "3, -1, STAGGERED, 0", "3, 100, STAGGERED, -2", "3, 100, SIMULTANEOUS, 5"})
    void rejectsBadValues(int count, double spacingM, DroneSwarm.Arrival arrival, double intervalS) {
        assertThatThrownBy(() -> new DroneSwarm(count, spacingM, arrival, intervalS))
                .isInstanceOf(SteeldomeException.class);
    }

    private static GeodeticPoint along(GeodeticPoint from, GeodeticPoint to, double fraction) {
        var g = Geodesy.inverse(from, to);
        return Geodesy.direct(from, g.azimuth1Rad(), fraction * g.distanceM());
    }

    /** Smallest geodesic distance from q to the geodesic segment from a to b: golden-section search. */
    private static double distanceToLeg(GeodeticPoint q, GeodeticPoint a, GeodeticPoint b) {
        double lo = 0;
        double hi = 1;
        double g = (Math.sqrt(5) - 1) / 2;
        for (int k = 0; k < 100; k++) {
            double m1 = hi - g * (hi - lo);
            double m2 = lo + g * (hi - lo);
            if (Geodesy.distanceM(q, along(a, b, m1)) < Geodesy.distanceM(q, along(a, b, m2))) {
                hi = m2;
            } else {
                lo = m1;
            }
        }
        return Geodesy.distanceM(q, along(a, b, 0.5 * (lo + hi)));
    }
}
