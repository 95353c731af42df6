package io.steeldome.tracking.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.tracking.model.ConstantVelocity;
import io.steeldome.tracking.model.ConstantVelocity.AccelerationNoise;
import java.util.List;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PcrlbTest {

    private static RealMatrix scalar(double v) {
        return MatrixUtils.createRealMatrix(new double[][] {{v}});
    }

    /**
     * Random walk x' = x + w (variance q) observed with noise r: the bound's fixed point solves 1/P = 1/(P + q) + 1/r,
     * i.e. P = (-q + sqrt(q^2 + 4 q r)) / 2.
     */
    @ParameterizedTest
    @CsvSource({"1.0, 1.0", "0.01, 100.0", "50.0, 2.0"})
    void scalarRandomWalkReachesTheRiccatiFixedPoint(double q, double r) {
        RealMatrix j = scalar(1e-6);
        for (int k = 0; k < 2000; k++) {
            j = Pcrlb.nextInformation(j, scalar(1), scalar(q), scalar(1), scalar(r));
        }
        double expected = (-q + Math.sqrt(q * q + 4 * q * r)) / 2;
        assertThat(Pcrlb.bound(j).getEntry(0, 0)).isCloseTo(expected, within(1e-9 * (1 + expected)));
    }

    /**
     * Constant velocity with discrete white-noise acceleration, position measured with sigma_w: the steady-state
     * position bound is alpha sigma_w^2 with Kalata's alpha-beta gain alpha for the tracking index
     * lambda = sigma_a T^2 / sigma_w (Bar-Shalom, Li and Kirubarajan 2001, 6.5.3).
     */
    @ParameterizedTest
    @CsvSource({"0.1, 1.0", "1.0, 2.0", "8.0, 0.5"})
    void constantVelocityBoundMatchesKalataAlpha(double lambda, double periodS) {
        double sigmaW = 20;
        double sigmaA = lambda * sigmaW / (periodS * periodS);
        ConstantVelocity model = new ConstantVelocity(1, AccelerationNoise.DISCRETE, sigmaA);
        RealMatrix h = MatrixUtils.createRealMatrix(new double[][] {{1, 0}});
        List<RealMatrix> bounds = Pcrlb.linearBounds(
                model,
                h,
                scalar(sigmaW * sigmaW),
                MatrixUtils.createRealDiagonalMatrix(new double[] {1e6, 1e4}),
                periodS,
                3000);
        double root = Math.sqrt(lambda * lambda + 8 * lambda);
        double alpha = -(lambda * lambda + 8 * lambda - (lambda + 4) * root) / 8;
        assertThat(bounds).hasSize(3001);
        assertThat(bounds.get(3000).getEntry(0, 0)).isCloseTo(alpha * sigmaW * sigmaW, within(1e-6));
        assertThat(bounds.get(0).getEntry(0, 0)).isEqualTo(1e6);
    }
}
