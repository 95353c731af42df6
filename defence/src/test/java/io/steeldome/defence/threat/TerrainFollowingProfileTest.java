package io.steeldome.defence.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.time.SimTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Terrain following over a synthetic landscape defined analytically in a local frame: a plain at 1600 m, a broad
 * ridge (900 m high, Gaussian of 2.5 km width: slopes up to 17 degrees) and a narrow peak (300 m, 400 m wide: up to
 * 31 degrees) across a 60 km cruise-missile route. The path must keep its clearance above the true ground at every
 * point of the flight (sampled every 5 m, far finer than the profile's 50 m), climb and descend no more steeply
 * than the limit, and hug the terrain (come back down to the clearance on the plain and pass the crests within a
 * few metres of it).
 */
class TerrainFollowingProfileTest {
    private static final double PLAIN_M = 1_600;
    private static final GeodeticPoint CENTRE = GeodeticPoint.ofDegrees(39.5, 44.0, PLAIN_M);
    private static final LocalFrame LOCAL = LocalFrame.at(CENTRE);
    private static final GroundHeight RIDGES = p -> {
        double x = LOCAL.toEnu(p.withHeight(PLAIN_M)).eastM();
        return PLAIN_M + 900 * Math.exp(-sq((x + 8_000) / 2_500)) + 300 * Math.exp(-sq((x - 12_000) / 400));
    };
    private static final GeodeticPoint WEST = LOCAL.toGeodetic(new EnuVector(-30_000, 1_000, 0));
    private static final GeodeticPoint TURN = LOCAL.toGeodetic(new EnuVector(0, -2_000, 0));
    private static final GeodeticPoint AIM =
            LOCAL.toGeodetic(new EnuVector(30_000, 0, 0)).withHeight(PLAIN_M);

    @ParameterizedTest(name = "clearance {0} m, climb limit {1} deg")
    @CsvSource({"100, 15", "50, 10", "30, 25", "150, 5"})
    void clearsTheGroundEverywhereAndRespectsTheClimbLimit(double clearanceM, double limitDeg) {
        List<GeodeticPoint> route = List.of(WEST, TURN, AIM);
        double limit = Math.toRadians(limitDeg);
        TerrainFollowingProfile profile =
                TerrainFollowingProfile.along(route, RIDGES, clearanceM, limit, TerrainFollowingProfile.DEFAULT_STEP_M);
        WaypointTrajectory traj =
                WaypointTrajectory.terrainFollowing(LOCAL, route, SimTime.ZERO, 240, profile, Math.toRadians(30));
        double diveS = traj.diveStartTime().secondsSince(SimTime.ZERO);
        double minMargin = Double.POSITIVE_INFINITY;
        double maxAngle = 0;
        double stepS = 5.0 / 240;
        for (double t = 0; t + stepS < diveS; t += stepS) {
            SimTime now = SimTime.ofSeconds(t);
            GeodeticPoint p = Wgs84.toGeodetic(traj.positionEcefAt(now));
            double margin = p.hM() - RIDGES.heightM(p) - clearanceM;
            minMargin = Math.min(minMargin, margin);
            EnuVector v = traj.velocityAt(now);
            GeodeticPoint q = Wgs84.toGeodetic(traj.positionEcefAt(now.shiftedBy(stepS)));
            double climb = Math.atan2(q.hM() - p.hM(), 5.0); // 5 m of ground distance
            maxAngle = Math.max(maxAngle, Math.abs(climb));
            double[] ecef = LOCAL.rotateToEcef(v);
            double up =
                    LocalFrame.at(p).rotateFromEcef(ecef[0], ecef[1], ecef[2]).upM();
            assertThat(Math.abs(up) / 240).isLessThanOrEqualTo(Math.tan(limit) + 1e-6);
        }
        assertThat(minMargin).isGreaterThan(-0.5); // never below ground + clearance (interpolation noise < 0.5 m)
        assertThat(minMargin).isLessThan(2.0); // and it does come down to it
        assertThat(maxAngle).isLessThanOrEqualTo(limit + 1e-4);
        // on the plain well before the first ridge it flies exactly at the clearance
        GeodeticPoint start = Wgs84.toGeodetic(traj.positionEcefAt(SimTime.ofSeconds(5)));
        assertThat(start.hM()).isCloseTo(PLAIN_M + clearanceM, within(1e-6));
        assertThat(traj.endTime().secondsSince(SimTime.ZERO)).isCloseTo(profile.lengthM() / 240, within(1e-9));
        assertThat(traj.impactPoint()).isEqualTo(AIM);
    }

    /** The broad ridge's crest is passed at the clearance: smoothing only adds height on the slopes. */
    @ParameterizedTest
    @CsvSource({"100", "300"})
    void crestIsPassedAtTheClearance(double clearanceM) {
        List<GeodeticPoint> route = List.of(WEST, AIM);
        TerrainFollowingProfile profile = TerrainFollowingProfile.along(route, RIDGES, clearanceM);
        double best = Double.POSITIVE_INFINITY;
        for (double s = 0; s < profile.lengthM(); s += 5) {
            GeodeticPoint p = new TerrainFollowingProfile.Legs(route).pointAt(s);
            double x = LOCAL.toEnu(p.withHeight(PLAIN_M)).eastM();
            if (Math.abs(x + 8_000) < 100) {
                best = Math.min(best, profile.heightAt(s) - RIDGES.heightM(p));
            }
        }
        assertThat(best).isCloseTo(clearanceM, within(5.0));
    }

    @ParameterizedTest
    @CsvSource({"0, 15", "-5, 15", "100, 0", "100, 90"})
    void rejectsBadParameters(double clearanceM, double limitDeg) {
        assertThatThrownBy(() -> TerrainFollowingProfile.along(
                        List.of(WEST, AIM), RIDGES, clearanceM, Math.toRadians(limitDeg), 50))
                .isInstanceOf(SteeldomeException.class);
    }

    private static double sq(double x) {
        return x * x;
    }
}
