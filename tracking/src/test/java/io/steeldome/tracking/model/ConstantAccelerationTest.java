package io.steeldome.tracking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConstantAccelerationTest {

    /** Without noise the state follows p + v t + a t^2 / 2 exactly, and the first six entries are the CV layout. */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0, 3.7})
    void propagatesUniformAcceleration(double dtS) {
        ConstantAcceleration model = new ConstantAcceleration(1.0);
        RealVector x = MatrixUtils.createRealVector(new double[] {10, 20, 30, 100, -50, 5, 2, -9.8, 0.5});
        RealVector y = model.propagate(x, dtS);
        for (int axis = 0; axis < 3; axis++) {
            double p = x.getEntry(axis);
            double v = x.getEntry(3 + axis);
            double a = x.getEntry(6 + axis);
            assertThat(y.getEntry(axis)).isCloseTo(p + v * dtS + a * dtS * dtS / 2, within(1e-9));
            assertThat(y.getEntry(3 + axis)).isCloseTo(v + a * dtS, within(1e-12));
            assertThat(y.getEntry(6 + axis)).isCloseTo(a, within(0.0));
        }
        assertThat(model.components().subList(0, 6))
                .isEqualTo(LinearMotion.of(ConstantVelocity.continuousEnu(1)).components());
    }

    /**
     * Q = integral over [0, dt] of Phi(s) G q G^T Phi(s)^T ds with G = [0, 0, 1]^T, integrated numerically
     * (three-point Gauss-Legendre, exact for the degree-4 integrand) instead of the closed form.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.2, 1.0, 2.5})
    void processNoiseIsTheIntegratedWhiteJerk(double dtS) {
        double q = 3.0;
        RealMatrix closed = new ConstantAcceleration(q).processNoise(dtS);
        double[] nodes = {-Math.sqrt(0.6), 0, Math.sqrt(0.6)};
        double[] weights = {5.0 / 9, 8.0 / 9, 5.0 / 9};
        double[][] numeric = new double[3][3];
        for (int k = 0; k < 3; k++) {
            double s = dtS / 2 * (1 + nodes[k]);
            double w = dtS / 2 * weights[k];
            double[] g = {s * s / 2, s, 1}; // Phi(s) G: response of (p, v, a) to a jerk impulse s seconds ago
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    numeric[a][b] += w * q * g[a] * g[b];
                }
            }
        }
        for (int axis = 0; axis < 3; axis++) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    assertThat(closed.getEntry(3 * a + axis, 3 * b + axis))
                            .isCloseTo(numeric[a][b], within(1e-12 * (1 + Math.abs(numeric[a][b]))));
                }
            }
        }
        assertThat(closed.getEntry(0, 1)).isZero(); // axes independent
    }
}
