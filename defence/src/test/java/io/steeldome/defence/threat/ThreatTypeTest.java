package io.steeldome.defence.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.time.SimTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreatTypeTest {
    @Test
    void presetsCarryTheirPublishedFigures() {
        assertThat(ThreatType.GRAD_122MM.threatClass()).isEqualTo(ThreatClass.ROCKET);
        assertThat(ThreatType.GRAD_122MM.speedMps()).isEqualTo(690);
        assertThat(ThreatType.SCUD_B.maxRangeM()).isEqualTo(300_000);
        assertThat(ThreatType.SHAHED_136.speedMps()).isCloseTo(51.39, within(0.01)); // 185 km/h
        assertThat(ThreatType.SHAHED_136.rcsM2()).isEqualTo(0.1);
        for (ThreatType t : List.of(
                ThreatType.GRAD_122MM,
                ThreatType.GRAD_122MM_EXTENDED,
                ThreatType.SCUD_B,
                ThreatType.SHAHED_136,
                ThreatType.CRUISE_MISSILE,
                ThreatType.STRIKE_AIRCRAFT,
                ThreatType.SCUD_C,
                ThreatType.ATTACK_HELICOPTER)) {
            assertThat(t.isBallistic()).isEqualTo(t.cruiseHeightAglM() == 0);
        }
    }

    /** Scud-B: ~5 min total flight in open sources, of which ~1 min boost; the unpowered part is ~4-5 min. */
    @Test
    void nominalFlightTimesAreSensible() {
        assertThat(ThreatType.SCUD_B.nominalFlightTimeS(300_000)).isBetween(250.0, 300.0);
        assertThat(ThreatType.GRAD_122MM.nominalFlightTimeS(20_000)).isCloseTo(63.9, within(0.5));
        assertThatThrownBy(() -> ThreatType.SHAHED_136.nominalFlightTimeS(10_000))
                .isInstanceOf(SteeldomeException.class);
    }

    /**
     * The 300-450 km band: over 450 km the Scud-C/Shahab-2 preset's arc has a ~110 km apogee (the minimum-energy
     * figure from Bate, Mueller & White, computed independently: 110.5 km, 309.8 s) and ~310 s of unpowered flight,
     * ~6 min with the ~60 s boost; its burn-out speed reaches 500 km. Scud-B keeps its 300 km figures.
     */
    @Test
    void longerRangeSrbmCoversTheThreeHundredToFourHundredFiftyKilometreBand() {
        assertThat(ThreatType.SCUD_C.threatClass()).isEqualTo(ThreatClass.BALLISTIC_MISSILE);
        assertThat(ThreatType.SCUD_C.maxRangeM()).isEqualTo(500_000);
        assertThat(ThreatType.SCUD_C.nominalFlightTimeS(450_000)).isCloseTo(309.8, within(1.0));
        GeodeticPoint aim = DemoGeometry.TOWN;
        GeodeticPoint launch = DemoGeometry.fromTown(135, 450_000);
        double flightS = ThreatType.SCUD_C.nominalFlightTimeS(450_000);
        BallisticTrajectory t = BallisticTrajectory.solve(DemoGeometry.FRAME, launch, aim, SimTime.ZERO, flightS);
        double apogee = 0;
        for (double s = 0; s < flightS; s += 1) {
            apogee = Math.max(
                    apogee,
                    Wgs84.toGeodetic(t.positionEcefAt(SimTime.ofSeconds(s))).hM());
        }
        assertThat(apogee - DemoGeometry.GROUND_M).isBetween(95_000.0, 125_000.0);
        assertThat(flightS + 60).isBetween(330.0, 400.0); // ~6 min with the boost
        assertThat(t.launchVelocity().norm()).isLessThanOrEqualTo(ThreatType.SCUD_C.speedMps());
    }

    /** The attack helicopter is a low, slow aircraft: below the kinematic classifier's drone speed limit. */
    @Test
    void helicopterIsALowSlowAircraft() {
        ThreatType h = ThreatType.ATTACK_HELICOPTER;
        assertThat(h.threatClass()).isEqualTo(ThreatClass.AIRCRAFT);
        assertThat(h.speedMps()).isCloseTo(75, within(0.01)); // 270 km/h
        assertThat(h.cruiseHeightAglM()).isEqualTo(50);
        assertThat(h.unitCostUsd()).isZero();
        assertThat(h.isBallistic()).isFalse();
    }

    @Test
    void rejectsInconsistentProfiles() {
        assertThatThrownBy(() -> ThreatType.ballistic("x", ThreatClass.ONE_WAY_ATTACK_DRONE, 1, 1, 1, 1))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> ThreatType.airBreathing("x", ThreatClass.ROCKET, 1, 1, 1, 1, 0.5))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> ThreatType.ballistic(" ", ThreatClass.ROCKET, 1, 1, 1, 1))
                .isInstanceOf(SteeldomeException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> ThreatType.ballistic("x", ThreatClass.ROCKET, -1, 1, 1, 1))
                .isInstanceOf(SteeldomeException.class);
    }
}
