package io.steeldome.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.terrain.ElevationRaster;
import io.steeldome.core.time.SimTime;
import io.steeldome.defence.threat.TerrainFollowingProfile;
import io.steeldome.defence.threat.Trajectory;
import io.steeldome.sim.scenario.GeoPosition;
import io.steeldome.sim.scenario.LatLon;
import io.steeldome.sim.scenario.ThreatConfig;
import io.steeldome.sim.scenario.ThreatKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With terrain, cruise missiles and helicopters fly their cruise height above the DEM (the shared ridge fixture: a
 * 300 m wall across a 1000 m plain); other air-breathers, and every threat without terrain, keep a constant height.
 */
class TerrainFollowingThreatTest {
    private static final ElevationRaster DEM = RidgeFixture.dem();
    private static final LocalFrame FRAME =
            LocalFrame.at(GeodeticPoint.ofDegrees(RidgeFixture.SITE_LAT, RidgeFixture.LON, RidgeFixture.GROUND_M));

    private static ThreatConfig threat(ThreatKind kind, OptionalDouble cruiseHeightM) {
        return new ThreatConfig(
                "t",
                kind,
                new GeoPosition(RidgeFixture.LAUNCH_LAT, RidgeFixture.LON, RidgeFixture.GROUND_M),
                new LatLon(39.96, RidgeFixture.LON),
                0,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                cruiseHeightM,
                List.of(),
                Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({"CRUISE_MISSILE, 100", "HELICOPTER, 50", "CRUISE_MISSILE, 30"})
    void followersClearTheRidgeByTheirCruiseHeightAndClimbNoSteeperThanTheLimit(ThreatKind kind, double aglM) {
        var truth = World.truth(
                threat(kind, OptionalDouble.of(RidgeFixture.GROUND_M + aglM)),
                FRAME,
                RidgeFixture.GROUND_M,
                Optional.of(DEM));
        Trajectory traj = truth.trajectory();
        double speed = kind.threatType().speedMps();
        double endS = traj.endTime().secondsSince(SimTime.ZERO);
        double stepS = 10.0 / speed; // every 10 m of ground
        double minMargin = Double.POSITIVE_INFINITY;
        double maxSlope = 0;
        double overWall = Double.NaN;
        GeodeticPoint prev = Wgs84.toGeodetic(traj.positionEcefAt(SimTime.ZERO));
        double diveS = endS - 2_000 / speed; // the last 2 km: terminal dive onto the aim
        for (double t = stepS; t < diveS; t += stepS) {
            GeodeticPoint p = Wgs84.toGeodetic(traj.positionEcefAt(SimTime.ofSeconds(t)));
            double ground = DEM.sample(p).orElseThrow();
            minMargin = Math.min(minMargin, p.hM() - ground - aglM);
            maxSlope = Math.max(maxSlope, Math.abs(p.hM() - prev.hM()) / 10.0);
            if (ground == RidgeFixture.WALL_M) {
                overWall = Double.isNaN(overWall) ? p.hM() : Math.min(overWall, p.hM());
            }
            prev = p;
        }
        assertThat(minMargin).isGreaterThan(-0.01);
        assertThat(maxSlope).isLessThanOrEqualTo(Math.tan(TerrainFollowingProfile.DEFAULT_MAX_CLIMB_RAD) + 1e-6);
        assertThat(overWall).isCloseTo(RidgeFixture.WALL_M + aglM, within(1.0));
        GeodeticPoint start = Wgs84.toGeodetic(traj.positionEcefAt(SimTime.ofSeconds(10)));
        assertThat(start.hM()).isCloseTo(RidgeFixture.GROUND_M + aglM, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"CRUISE_MISSILE, true", "SHAHED_DRONE, false", "AIRCRAFT, false"})
    void onlyFollowersChangeWithTerrainAndNothingChangesWithout(ThreatKind kind, boolean follows) {
        ThreatConfig c = threat(kind, OptionalDouble.of(RidgeFixture.GROUND_M + 100));
        Trajectory smooth =
                World.truth(c, FRAME, RidgeFixture.GROUND_M, Optional.empty()).trajectory();
        Trajectory withDem =
                World.truth(c, FRAME, RidgeFixture.GROUND_M, Optional.of(DEM)).trajectory();
        double overWallS = RidgeFixture.meridianArcM(RidgeFixture.LAUNCH_LAT, 40.10)
                / kind.threatType().speedMps();
        double hSmooth = Wgs84.toGeodetic(smooth.positionEcefAt(SimTime.ofSeconds(overWallS)))
                .hM();
        double hDem = Wgs84.toGeodetic(withDem.positionEcefAt(SimTime.ofSeconds(overWallS)))
                .hM();
        assertThat(hSmooth).isCloseTo(RidgeFixture.GROUND_M + 100, within(1e-6));
        assertThat(hDem).isCloseTo(follows ? RidgeFixture.WALL_M + 100 : RidgeFixture.GROUND_M + 100, within(1.0));
        assertThat(withDem.endTime()).isEqualTo(smooth.endTime());
    }
}
