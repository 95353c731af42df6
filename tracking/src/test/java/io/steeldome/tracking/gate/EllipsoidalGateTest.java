package io.steeldome.tracking.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EllipsoidalGateTest {

    /** A random, strongly correlated SPD matrix with variances spanning several decades. */
    private static RealMatrix randomCovariance(RandomGenerator rng, int dof) {
        RealMatrix a = MatrixUtils.createRealMatrix(dof, dof);
        for (int i = 0; i < dof; i++) {
            for (int j = 0; j < dof; j++) {
                a.setEntry(i, j, rng.nextGaussian() * Math.pow(10, i));
            }
        }
        return a.multiplyTransposed(a)
                .add(MatrixUtils.createRealIdentityMatrix(dof).scalarMultiply(0.01));
    }

    /** Acceptance of true measurements nu ~ N(0, S) matches chi-square table quantiles (Abramowitz and Stegun 26.8). */
    @ParameterizedTest
    @CsvSource({
        "1, 3.841, 0.95",
        "2, 5.991, 0.95",
        "2, 9.210, 0.99",
        "3, 7.815, 0.95",
        "3, 11.345, 0.99",
        "3, 16.266, 0.999"
    })
    void acceptanceFractionMatchesChiSquareTable(int dof, double gamma, double probability) {
        RandomGenerator rng = new Well19937c(20_240_000L + dof * 1000L + (long) (gamma * 10));
        RealMatrix s = randomCovariance(rng, dof);
        RealMatrix l = new CholeskyDecomposition(s).getL();
        EllipsoidalGate gate = new EllipsoidalGate(gamma);
        int n = 40_000;
        int accepted = 0;
        for (int k = 0; k < n; k++) {
            RealVector z = MatrixUtils.createRealVector(dof);
            for (int i = 0; i < dof; i++) {
                z.setEntry(i, rng.nextGaussian());
            }
            if (gate.accepts(l.operate(z), s)) {
                accepted++;
            }
        }
        double tolerance = 4 * Math.sqrt(probability * (1 - probability) / n) + 5e-4;
        assertThat(accepted / (double) n).isCloseTo(probability, within(tolerance));
    }

    @Test
    void thresholdFromProbabilityMatchesTable() {
        assertThat(EllipsoidalGate.ofProbability(0.999, 3).gamma()).isCloseTo(16.266, within(1e-3));
        assertThat(EllipsoidalGate.ofProbability(0.95, 2).gamma()).isCloseTo(5.991, within(1e-3));
    }

    /** The bounding box never rejects a point inside the ellipsoid, and the full test is exactly d^2 <= gamma. */
    @Test
    void boxPreCheckNeverRejectsAnAcceptedPoint() {
        RandomGenerator rng = new Well19937c(77);
        EllipsoidalGate gate = new EllipsoidalGate(9.0);
        int inside = 0;
        for (int k = 0; k < 5000; k++) {
            RealMatrix s = randomCovariance(rng, 3);
            RealVector nu = MatrixUtils.createRealVector(3);
            for (int i = 0; i < 3; i++) {
                nu.setEntry(i, 4 * rng.nextGaussian() * Math.sqrt(s.getEntry(i, i)));
            }
            double d2 = nu.dotProduct(new LUDecomposition(s).getSolver().solve(nu));
            if (d2 <= 9.0) {
                inside++;
                assertThat(gate.mayAccept(nu, s)).isTrue();
            }
            if (Math.abs(d2 - 9.0) > 1e-9 * 9.0) {
                assertThat(gate.accepts(nu, s)).isEqualTo(d2 <= 9.0);
            }
        }
        assertThat(inside).isBetween(100, 4900);
    }
}
