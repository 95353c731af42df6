package io.steeldome.defence.wta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import org.junit.jupiter.api.Test;

class WtaObjectiveTest {
    private static final double[] VALUES = {10, 5};
    private static final double[][] PK = {{0.5, 0.2}, {0.4, 0.9}};

    /** By hand: 10 (1 - 0.5)(1 - 0.4) + 5 (1 - 0.9) = 3 + 0.5. */
    @Test
    void oneShotEachMatchesHandComputation() {
        int[][] shots = {{1, 0}, {1, 1}};
        assertThat(WtaObjective.expectedSurvivingValue(VALUES, PK, shots)).isCloseTo(3.5, within(1e-12));
    }

    /** By hand: 10 (0.5)^2 + 5 (0.8)^1 (0.1)^2 = 2.5 + 0.04. */
    @Test
    void repeatedShotsMultiplySurvival() {
        int[][] shots = {{2, 1}, {0, 2}};
        assertThat(WtaObjective.expectedSurvivingValue(VALUES, PK, shots)).isCloseTo(2.54, within(1e-12));
    }

    @Test
    void noShotsLeaveAllValue() {
        assertThat(WtaObjective.expectedSurvivingValue(VALUES, PK, new int[2][2]))
                .isEqualTo(15);
    }

    @Test
    void rejectsMismatchedShapesAndNegativeShots() {
        assertThatThrownBy(() -> WtaObjective.expectedSurvivingValue(VALUES, PK, new int[1][2]))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> WtaObjective.expectedSurvivingValue(VALUES, PK, new int[2][3]))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> WtaObjective.expectedSurvivingValue(VALUES, PK, new int[][] {{-1, 0}, {0, 0}}))
                .isInstanceOf(SteeldomeException.class);
    }
}
