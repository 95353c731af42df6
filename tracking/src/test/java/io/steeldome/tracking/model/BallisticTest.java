package io.steeldome.tracking.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.steeldome.core.time.SimTime;
import io.steeldome.core.units.Units;
import io.steeldome.tracking.filter.ExtendedKalmanFilter;
import io.steeldome.tracking.filter.GaussianFilter;
import io.steeldome.tracking.measurement.CartesianPosition;
import io.steeldome.tracking.state.GaussianState;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BallisticTest {
    private static final double G = Units.STANDARD_GRAVITY_MPS2;

    @Test
    void vacuumFlightIsTheParabola() {
        RealVector x = MatrixUtils.createRealVector(new double[] {10, 20, 30, 100, 50, 300});
        RealVector y = Ballistic.vacuum(0).propagate(x, 10);
        // p + v t + g t^2 / 2 and v + g t, g = (0, 0, -9.80665)
        assertThat(y.toArray())
                .containsExactly(
                        new double[] {1010, 520, 30 + 3000 - 0.5 * G * 100, 100, 50, 300 - G * 10}, within(1e-9));
    }

    @Test
    void vacuumJacobianIsExactForTheAffineMap() {
        Ballistic b = Ballistic.vacuum(1);
        RealVector x = MatrixUtils.createRealVector(new double[] {0, 0, 5000, 200, -100, 50});
        RealVector d = MatrixUtils.createRealVector(new double[] {3, -2, 7, 0.5, 0.25, -1});
        RealMatrix f = b.jacobian(x, 4);
        RealVector lhs = b.propagate(x.add(d), 4).subtract(b.propagate(x, 4));
        assertThat(lhs.subtract(f.operate(d)).getNorm()).isLessThan(1e-9);
    }

    /**
     * A body falling from rest through air of nearly constant density reaches v(t) = vT tanh(g t / vT) with terminal
     * speed vT = sqrt(2 beta g / rho). Over 3 s it drops ~40 m, so density changes by < 0.6 %.
     */
    @Test
    void verticalFallWithDragFollowsTheTanhLaw() {
        double beta = 50;
        Ballistic b = Ballistic.withDrag(beta, 0, 0);
        RealVector y = b.propagate(MatrixUtils.createRealVector(new double[] {0, 0, 0, 0, 0, 0}), 3);
        double vT = Math.sqrt(2 * beta * G / Ballistic.SEA_LEVEL_DENSITY_KGPM3);
        double expected = vT * Math.tanh(G * 3 / vT);
        assertThat(-y.getEntry(5)).isCloseTo(expected, within(0.01 * expected));
        assertThat(-y.getEntry(5)).isLessThan(G * 3 * 0.8); // clearly slower than in vacuum
    }

    @Test
    void negligibleDragReducesToVacuum() {
        RealVector x = MatrixUtils.createRealVector(new double[] {0, 0, 20_000, 800, 0, 500});
        RealVector vac = Ballistic.vacuum(0).propagate(x, 20);
        RealVector dragless = new Ballistic(G, OptionalDouble.of(1e15), 0, 0).propagate(x, 20);
        assertThat(dragless.subtract(vac).getNorm()).isLessThan(1e-6);
    }

    /** An EKF with the ballistic model follows a rocket's parabola more closely than a CV filter does. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void ballisticFilterBeatsConstantVelocityOnARocket(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double sigma = 30;
        GaussianFilter ekf = new ExtendedKalmanFilter();
        NonlinearMotionModel ballistic = Ballistic.vacuum(1);
        NonlinearMotionModel cv = LinearMotion.of(ConstantVelocity.continuousEnu(1));
        double[] v0 = {0, 600, 500};
        RealMatrix p0 = MatrixUtils.createRealDiagonalMatrix(new double[] {900, 900, 900, 400, 400, 400});
        RealVector x0 = MatrixUtils.createRealVector(new double[] {0, 0, 0, v0[0], v0[1], v0[2]});
        GaussianState b = GaussianState.of(SimTime.ZERO, x0, p0);
        GaussianState c = GaussianState.of(SimTime.ZERO, x0, p0);
        CartesianPosition meas = CartesianPosition.isotropic(sigma);
        double sqB = 0;
        double sqC = 0;
        int n = 0;
        for (int k = 1; k <= 90; k++) {
            double t = k;
            double[] truth = {0, v0[1] * t, v0[2] * t - 0.5 * G * t * t};
            RealVector z = MatrixUtils.createRealVector(new double[] {
                truth[0] + sigma * rnd.nextGaussian(),
                truth[1] + sigma * rnd.nextGaussian(),
                truth[2] + sigma * rnd.nextGaussian()
            });
            SimTime time = SimTime.ofSeconds(t);
            b = ekf.update(ekf.predict(b, ballistic, time), z, meas).posterior();
            c = ekf.update(ekf.predict(c, cv, time), z, meas).posterior();
            if (k > 10) {
                sqB += sq(b.meanAt(0) - truth[0]) + sq(b.meanAt(1) - truth[1]) + sq(b.meanAt(2) - truth[2]);
                sqC += sq(c.meanAt(0) - truth[0]) + sq(c.meanAt(1) - truth[1]) + sq(c.meanAt(2) - truth[2]);
                n++;
            }
        }
        double rmseB = Math.sqrt(sqB / n);
        double rmseC = Math.sqrt(sqC / n);
        assertThat(rmseB).isLessThan(sigma);
        assertThat(rmseB).isLessThan(0.7 * rmseC);
    }

    private static double sq(double v) {
        return v * v;
    }
}
