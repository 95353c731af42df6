package io.steeldome.defence.threat;

import static io.steeldome.defence.threat.DemoGeometry.FRAME;
import static io.steeldome.defence.threat.DemoGeometry.GROUND_M;
import static io.steeldome.defence.threat.DemoGeometry.TOWN;
import static io.steeldome.defence.threat.DemoGeometry.fromTown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.time.SimTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaypointTrajectoryTest {
    private static final SimTime T0 = SimTime.ofSeconds(50);
    private static final GeodeticPoint LAUNCH = fromTown(110, 180_000);
    private static final GeodeticPoint TURN = fromTown(140, 60_000);
    private static final List<GeodeticPoint> ROUTE = List.of(LAUNCH, TURN, TOWN);
    private static final WaypointTrajectory SHAHED =
            WaypointTrajectory.forType(ThreatType.SHAHED_136, FRAME, ROUTE, T0, GROUND_M);

    @Test
    void durationIsPathLengthOverGroundSpeed() {
        double lengthM = Geodesy.distanceM(LAUNCH, TURN) + Geodesy.distanceM(TURN, TOWN);
        double speed = 185 / 3.6;
        assertThat(SHAHED.endTime().secondsSince(T0)).isCloseTo(lengthM / speed, within(1e-6));
        assertThat(SHAHED.pathLengthM()).isCloseTo(lengthM, within(1e-6));
    }

    @Test
    void startsOverLaunchPassesTheWaypointAndEndsOnTheAim() {
        GeodeticPoint start = Wgs84.toGeodetic(SHAHED.positionEcefAt(T0));
        assertThat(Geodesy.distanceM(start, LAUNCH)).isLessThan(1e-3);
        assertThat(start.hM()).isCloseTo(GROUND_M + 1000, within(1e-6));

        double atTurnS = Geodesy.distanceM(LAUNCH, TURN) / (185 / 3.6);
        GeodeticPoint turn = Wgs84.toGeodetic(SHAHED.positionEcefAt(T0.shiftedBy(atTurnS)));
        assertThat(Geodesy.distanceM(turn, TURN)).isLessThan(1e-2);
        assertThat(turn.hM()).isCloseTo(GROUND_M + 1000, within(1e-6));

        assertThat(SHAHED.positionAt(SHAHED.endTime()).norm()).isLessThan(1.0);
        assertThat(SHAHED.impactPoint()).isEqualTo(TOWN);
    }

    @Test
    void divesAtTheTypesAngleAndLandsOnTheAim() {
        // 1000 m drop at 45 degrees: the dive covers the last 1000 m of ground distance
        double diveS = SHAHED.endTime().secondsSince(SHAHED.diveStartTime());
        assertThat(diveS * 185 / 3.6).isCloseTo(1000, within(1e-3));
        SimTime midDive = SHAHED.diveStartTime().shiftedBy(diveS / 2);
        EnuVector v = SHAHED.velocityAt(midDive);
        assertThat(Math.toDegrees(Math.atan2(-v.upM(), v.horizontalNorm()))).isCloseTo(45, within(0.1));
        assertThat(Wgs84.toGeodetic(SHAHED.positionEcefAt(midDive)).hM()).isCloseTo(GROUND_M + 500, within(1e-3));
    }

    /** The analytic velocity agrees with a central difference of positions on every leg and in the dive. */
    @Test
    void velocityMatchesFiniteDifferences() {
        double total = SHAHED.endTime().secondsSince(T0);
        for (double f : new double[] {0.1, 0.45, 0.7, 0.95, 0.9995}) {
            SimTime t = T0.shiftedBy(f * total);
            EnuVector fd = SHAHED.positionAt(t.shiftedBy(0.05))
                    .minus(SHAHED.positionAt(t.shiftedBy(-0.05)))
                    .times(10);
            EnuVector v = SHAHED.velocityAt(t);
            assertThat(v.minus(fd).norm()).as("at fraction %s", f).isLessThan(0.05);
            assertThat(fd.norm()).isCloseTo(185 / 3.6 * (f > 0.999 ? Math.sqrt(2) : 1), within(0.1));
        }
    }

    @Test
    void rejectsBadRoutes() {
        assertThatThrownBy(() -> WaypointTrajectory.of(FRAME, List.of(TOWN), T0, 50, 3000, 0.5))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("at least 2");
        assertThatThrownBy(() -> WaypointTrajectory.of(FRAME, List.of(TOWN, TOWN), T0, 50, 3000, 0.5))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("zero length");
        assertThatThrownBy(() -> WaypointTrajectory.forType(ThreatType.SCUD_B, FRAME, ROUTE, T0, GROUND_M))
                .isInstanceOf(SteeldomeException.class);
    }
}
