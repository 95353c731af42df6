package io.steeldome.tracking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.model.ConstantVelocity.AccelerationNoise;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstantVelocityTest {

    /**
     * Continuous white-noise acceleration is a proper continuous-time model, so propagating over t1 then t2 must give
     * the same covariance as over t1 + t2: Q(t1 + t2) = F(t2) Q(t1) F(t2)^T + Q(t2). Also F(t1 + t2) = F(t2) F(t1).
     */
    @ParameterizedTest
    @CsvSource({"1, 0.3, 0.7, 5", "2, 1.0, 2.5, 100", "3, 4.0, 0.25, 0.01"})
    void continuousNoiseComposesOverTime(int axes, double t1, double t2, double q) {
        ConstantVelocity cv = new ConstantVelocity(axes, AccelerationNoise.CONTINUOUS, q);
        RealMatrix f2 = cv.transition(t2);
        RealMatrix composed =
                f2.multiply(cv.processNoise(t1)).multiplyTransposed(f2).add(cv.processNoise(t2));
        RealMatrix direct = cv.processNoise(t1 + t2);
        assertThat(composed.subtract(direct).getNorm1()).isLessThan(1e-12 * direct.getNorm1());
        assertThat(f2.multiply(cv.transition(t1))
                        .subtract(cv.transition(t1 + t2))
                        .getNorm1())
                .isLessThan(1e-12);
    }

    /** Discrete model: Q = G G^T sigma_a^2 with G = [T^2/2, T] per axis (Bar-Shalom 6.3.2). */
    @Test
    void discreteNoiseIsRankOnePerAxis() {
        double t = 2;
        double s = 3;
        RealMatrix q = ConstantVelocity.discreteEnu(s).processNoise(t);
        double g0 = t * t / 2;
        double g1 = t;
        for (int axis = 0; axis < 3; axis++) {
            assertThat(q.getEntry(axis, axis)).isEqualTo(g0 * g0 * s * s);
            assertThat(q.getEntry(axis, axis + 3)).isEqualTo(g0 * g1 * s * s);
            assertThat(q.getEntry(axis + 3, axis + 3)).isEqualTo(g1 * g1 * s * s);
        }
        assertThat(q.getEntry(0, 1)).isZero();
        assertThat(q.getEntry(0, 4)).isZero();
    }

    @Test
    void validatesArguments() {
        assertThatThrownBy(() -> new ConstantVelocity(4, AccelerationNoise.CONTINUOUS, 1))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> ConstantVelocity.continuousEnu(-1)).isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> ConstantVelocity.continuousEnu(1).transition(-0.1))
                .isInstanceOf(SteeldomeException.class);
    }
}
