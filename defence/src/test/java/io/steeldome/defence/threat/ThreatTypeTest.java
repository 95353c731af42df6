package io.steeldome.defence.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
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
                ThreatType.STRIKE_AIRCRAFT)) {
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
