package io.steeldome.tracking.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.state.GaussianState;
import java.util.Arrays;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeesTest {

    /** Diagonal: 1^2/1 + 2^2/4 = 2. Correlated: P = [[2, 1], [1, 2]], P^-1 = [[2, -1], [-1, 2]] / 3, e = (1, 1): 2/3. */
    @Test
    void matchesHandComputedQuadraticForms() {
        assertThat(Nees.of(
                        MatrixUtils.createRealVector(new double[] {1, 2}),
                        MatrixUtils.createRealDiagonalMatrix(new double[] {1, 4})))
                .isCloseTo(2, within(1e-14));
        assertThat(Nees.of(
                        MatrixUtils.createRealVector(new double[] {1, 1}),
                        MatrixUtils.createRealMatrix(new double[][] {{2, 1}, {1, 2}})))
                .isCloseTo(2.0 / 3, within(1e-14));
        GaussianState estimate = GaussianState.of(SimTime.ZERO, new double[] {10, 20}, new double[][] {{4, 0}, {0, 9}});
        assertThat(Nees.of(MatrixUtils.createRealVector(new double[] {12, 17}), estimate))
                .isCloseTo(1 + 1, within(1e-14));
    }

    /**
     * Interval ends against printed chi-square tables (NIST/SEMATECH e-Handbook 1.3.6.7.4 for 10 dof): 2.5 % and 97.5 %
     * points 3.247 and 20.483 for 10 dof, 162.728 and 241.058 for 200 dof; divided by the number of runs.
     */
    @ParameterizedTest
    @CsvSource({"10, 1, 3.247, 20.483", "5, 2, 1.6235, 10.2415", "200, 1, 162.728, 241.058", "4, 50, 3.25456, 4.82116"})
    void intervalMatchesChiSquareTables(int dimension, int runs, double lower, double upper) {
        double[] nees = new double[runs];
        Arrays.fill(nees, dimension);
        Anees a = Anees.of(nees, dimension, 0.95);
        assertThat(a.value()).isCloseTo(dimension, within(1e-12));
        assertThat(a.lowerBound()).isCloseTo(lower, within(1e-3 * lower));
        assertThat(a.upperBound()).isCloseTo(upper, within(1e-4 * upper));
        assertThat(a.consistent()).isTrue();
    }

    @Test
    void flagsInconsistentAverages() {
        double[] tooLarge = new double[100];
        Arrays.fill(tooLarge, 4.0);
        assertThat(Anees.of(tooLarge, 3, 0.95).consistent()).isFalse();
        double[] tooSmall = new double[100];
        Arrays.fill(tooSmall, 2.0);
        assertThat(Anees.of(tooSmall, 3, 0.95).consistent()).isFalse();
        assertThatThrownBy(() -> Nees.of(
                        MatrixUtils.createRealVector(new double[] {1, 1}),
                        MatrixUtils.createRealMatrix(new double[][] {{1, 2}, {2, 1}})))
                .isInstanceOf(SteeldomeException.class);
    }
}
