package io.steeldome.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.defence.threat.Trajectory;
import io.steeldome.sim.scenario.GeoPosition;
import io.steeldome.sim.scenario.LatLon;
import io.steeldome.sim.scenario.ThreatConfig;
import io.steeldome.sim.scenario.ThreatKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * {@code ballisticCoefficientKgM2} on a ballistic threat: the round still reaches its aim in the same flight time, but
 * drag makes it leave faster and arrive slower than in vacuum (energy lost to the air), the more so the lower beta.
 */
class BallisticDragThreatTest {
    private static final LocalFrame FRAME = LocalFrame.at(GeodeticPoint.ofDegrees(39.5, 44.1, 1600));

    private static Trajectory rocket(OptionalDouble betaKgM2) {
        ThreatConfig t = new ThreatConfig(
                "r",
                ThreatKind.GRAD_ROCKET,
                new GeoPosition(39.37, 44.10, 1800),
                new LatLon(39.547, 44.084),
                0,
                OptionalDouble.of(70),
                betaKgM2,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                List.of(),
                Optional.empty());
        return World.truth(t, FRAME, 1625, Optional.empty()).trajectory();
    }

    private static double speed(Trajectory t, boolean atLaunch) {
        var v = t.velocityAt(atLaunch ? t.launchTime() : t.endTime());
        return Math.sqrt(v.eastM() * v.eastM() + v.northM() * v.northM() + v.upM() * v.upM());
    }

    @Test
    void dragCostsEnergyButTheRoundStillHitsItsAimOnTime() {
        Trajectory vacuum = rocket(OptionalDouble.empty());
        Trajectory light = rocket(OptionalDouble.of(3_000));
        Trajectory draggy = rocket(OptionalDouble.of(1_000));
        GeodeticPoint aim = GeodeticPoint.ofDegrees(39.547, 44.084, 1625);
        for (Trajectory t : List.of(vacuum, light, draggy)) {
            assertThat(t.endTime().secondsSince(t.launchTime())).isCloseTo(70, within(1e-6));
            assertThat(Wgs84.toEcef(t.impactPoint()).distanceM(Wgs84.toEcef(aim)))
                    .isLessThan(1.0);
        }
        assertThat(speed(light, true)).isGreaterThan(speed(vacuum, true));
        assertThat(speed(draggy, true)).isGreaterThan(speed(light, true));
        assertThat(speed(light, false)).isLessThan(speed(vacuum, false));
        assertThat(speed(draggy, false)).isLessThan(speed(light, false));
    }
}
