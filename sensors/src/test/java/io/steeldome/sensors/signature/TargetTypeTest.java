package io.steeldome.sensors.signature;

import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.sensors.detection.Swerling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TargetTypeTest {

    @ParameterizedTest
    @EnumSource(TargetType.class)
    void typicalValueLiesInItsSpan(TargetType type) {
        assertThat(type.typicalRcsM2()).isBetween(type.minRcsM2(), type.maxRcsM2());
        assertThat(type.criticalDimensionM()).isPositive();
    }

    /** The values the brief and the cited sources give (m^2). */
    @Test
    void publishedPlanningValues() {
        assertThat(TargetType.SMALL_DRONE.typicalRcsM2()).isEqualTo(0.01);
        assertThat(TargetType.SHAHED_CLASS_DRONE.minRcsM2()).isEqualTo(0.1);
        assertThat(TargetType.SHAHED_CLASS_DRONE.maxRcsM2()).isEqualTo(0.5);
        assertThat(TargetType.CRUISE_MISSILE.typicalRcsM2()).isEqualTo(0.1);
        assertThat(TargetType.BALLISTIC_RV.minRcsM2()).isEqualTo(0.05);
        assertThat(TargetType.BALLISTIC_RV.maxRcsM2()).isEqualTo(0.1);
        assertThat(TargetType.FIGHTER.minRcsM2()).isEqualTo(1);
        assertThat(TargetType.FIGHTER.maxRcsM2()).isEqualTo(5);
        assertThat(TargetType.AIRLINER.minRcsM2()).isEqualTo(10);
        assertThat(TargetType.AIRLINER.maxRcsM2()).isEqualTo(100);
        assertThat(TargetType.PERSON.typicalRcsM2()).isEqualTo(1);
        assertThat(TargetType.VEHICLE.typicalRcsM2()).isEqualTo(10);
        // dominant-scatterer bodies are chi-square 4 (case 3); many-scatterer ones Rayleigh (case 1)
        assertThat(TargetType.BALLISTIC_RV.swerling()).isEqualTo(Swerling.CASE_3);
        assertThat(TargetType.AIRLINER.swerling()).isEqualTo(Swerling.CASE_1);
    }
}
