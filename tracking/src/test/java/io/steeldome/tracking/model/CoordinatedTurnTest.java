package io.steeldome.tracking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.units.Units;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatedTurnTest {
    private static final CoordinatedTurn MODEL = new CoordinatedTurn(2.0, 1e-4);

    private static RealVector state(double ve, double vn, double vu, double omega) {
        return MatrixUtils.createRealVector(new double[] {1000, -2000, 3000, ve, vn, vu, omega});
    }

    /** With turn rate 0 (and vanishingly small) f, F and Q are the constant-velocity ones: no 0/0 anywhere. */
    @ParameterizedTest
    @CsvSource({"0.0, 0.1", "0.0, 1.0", "0.0, 7.5", "1e-12, 1.0", "-1e-13, 4.0"})
    void zeroTurnRateIsConstantVelocity(double omega, double dtS) {
        RealVector x = state(230, -140, 12, omega);
        ConstantVelocity cv = ConstantVelocity.continuousEnu(2.0);
        RealVector expected = cv.transition(dtS).operate(x.getSubVector(0, 6));

        RealVector propagated = MODEL.propagate(x, dtS);
        RealMatrix f = MODEL.jacobian(x, dtS);
        RealMatrix q = MODEL.processNoise(dtS);

        for (int i = 0; i < 6; i++) {
            assertThat(propagated.getEntry(i)).isCloseTo(expected.getEntry(i), within(1e-9));
            for (int j = 0; j < 6; j++) {
                assertThat(f.getEntry(i, j)).isCloseTo(cv.transition(dtS).getEntry(i, j), within(1e-12));
                assertThat(q.getEntry(i, j)).isCloseTo(cv.processNoise(dtS).getEntry(i, j), within(1e-12));
            }
        }
        assertThat(propagated.getEntry(6)).isEqualTo(omega);
        // d(east)/d(omega) at omega = 0 is -vn dt^2 / 2: turning left pushes an eastbound target north
        assertThat(f.getEntry(0, 6)).isCloseTo(140 * dtS * dtS / 2, within(1e-9 * dtS * dtS));
        assertThat(f.getEntry(1, 6)).isCloseTo(230 * dtS * dtS / 2, within(1e-9 * dtS * dtS));
    }

    /** After one full period 2 pi / omega the target is back where it started with the same velocity. */
    @ParameterizedTest
    @ValueSource(doubles = {0.16344, -0.16344, 0.02, 1.3})
    void fullPeriodReturnsToStart(double omega) {
        RealVector x = state(300, 0, 0, omega);
        RealVector after = MODEL.propagate(x, 2 * Math.PI / Math.abs(omega));
        for (int i = 0; i < 7; i++) {
            assertThat(after.getEntry(i)).isCloseTo(x.getEntry(i), within(1e-8 * (1 + Math.abs(x.getEntry(i)))));
        }
    }

    /**
     * A 5 g left turn at 300 m/s from heading east: radius R = v / omega, after a quarter period the target is at
     * (+R, +R) from the start heading north, after half a period at (0, +2R) heading west (circle geometry).
     */
    @Test
    void quarterAndHalfTurnFollowTheCircle() {
        double v = 300;
        double omega = 5 * Units.STANDARD_GRAVITY_MPS2 / v;
        double radius = v / omega;
        RealVector x = state(v, 0, 0, omega);

        RealVector quarter = MODEL.propagate(x, Math.PI / 2 / omega);
        assertThat(quarter.getEntry(0) - 1000).isCloseTo(radius, within(1e-6));
        assertThat(quarter.getEntry(1) + 2000).isCloseTo(radius, within(1e-6));
        assertThat(quarter.getEntry(3)).isCloseTo(0, within(1e-9));
        assertThat(quarter.getEntry(4)).isCloseTo(v, within(1e-9));

        RealVector half = MODEL.propagate(x, Math.PI / omega);
        assertThat(half.getEntry(0) - 1000).isCloseTo(0, within(1e-6));
        assertThat(half.getEntry(1) + 2000).isCloseTo(2 * radius, within(1e-6));
        assertThat(half.getEntry(3)).isCloseTo(-v, within(1e-9));
    }

    /** Ten steps of dt/10 land where one step of dt does: the turn is exact, not a first-order approximation. */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, -0.05, 1e-5})
    void stepsCompose(double omega) {
        RealVector x = state(250, 80, -10, omega);
        RealVector stepped = x;
        for (int i = 0; i < 10; i++) {
            stepped = MODEL.propagate(stepped, 0.4);
        }
        RealVector once = MODEL.propagate(x, 4.0);
        for (int i = 0; i < 7; i++) {
            assertThat(stepped.getEntry(i))
                    .isCloseTo(once.getEntry(i), within(1e-8 * (1 + Math.abs(once.getEntry(i)))));
        }
    }

    /** Analytic Jacobian against central finite differences, on both sides of the series switch at |omega dt| = 1e-3. */
    @ParameterizedTest
    @CsvSource({
        "0.0, 1.0",
        "1e-4, 1.0",
        "9.9e-4, 1.0",
        "1.01e-3, 1.0",
        "0.16344, 1.0",
        "-0.4, 2.5",
        "1.2, 0.5",
        "0.05, 10.0"
    })
    void jacobianMatchesFiniteDifferences(double omega, double dtS) {
        RealVector x = state(230, -140, 12, omega);
        RealMatrix analytic = MODEL.jacobian(x, dtS);
        double[] steps = {1e-3, 1e-3, 1e-3, 1e-4, 1e-4, 1e-4, 1e-7};
        for (int j = 0; j < 7; j++) {
            RealVector plus = x.copy();
            RealVector minus = x.copy();
            plus.addToEntry(j, steps[j]);
            minus.addToEntry(j, -steps[j]);
            RealVector column = MODEL.propagate(plus, dtS)
                    .subtract(MODEL.propagate(minus, dtS))
                    .mapDivide(2 * steps[j]);
            for (int i = 0; i < 7; i++) {
                double tolerance = 1e-6 * (1 + Math.abs(column.getEntry(i)));
                assertThat(analytic.getEntry(i, j))
                        .as("dF[%d]/dx[%d]", i, j)
                        .isCloseTo(column.getEntry(i), within(tolerance));
            }
        }
    }

    @Test
    void rejectsWrongStateAndNegativeStep() {
        assertThatThrownBy(() -> MODEL.propagate(MatrixUtils.createRealVector(new double[6]), 1))
                .isInstanceOf(SteeldomeException.class);
        assertThatThrownBy(() -> MODEL.propagate(state(1, 1, 1, 0), -1)).isInstanceOf(SteeldomeException.class);
    }
}
