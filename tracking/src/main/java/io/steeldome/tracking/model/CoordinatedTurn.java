package io.steeldome.tracking.model;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import java.util.List;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Horizontal coordinated turn with unknown turn rate (Bar-Shalom, Li and Kirubarajan 2001, 11.7.1) plus a
 * constant-velocity vertical channel, in the 3-D ENU frame. The state is
 * {@code [eastM, northM, upM, eastMps, northMps, upMps, turnRateRadps]}: the first six entries are the
 * {@link io.steeldome.tracking.state.StateLayout}, and a positive turn rate turns counter-clockwise seen from above
 * (a left turn). Over a step the horizontal velocity rotates by {@code omega dt} at constant speed.
 *
 * <p>Noise: continuous white acceleration of density {@code accelerationDensityM2PerS3} on each axis (the
 * {@link ConstantVelocity.AccelerationNoise#CONTINUOUS} blocks) and a turn-rate random walk of density
 * {@code turnRateDensityRad2PerS3}. For {@code |omega dt|} below 1e-3 the trigonometric ratios are replaced by their
 * Taylor series, so {@code omega = 0} is exactly the constant-velocity model and never divides by zero.
 *
 * @param accelerationDensityM2PerS3 q in m^2/s^3
 * @param turnRateDensityRad2PerS3 q_omega in rad^2/s^3
 */
public record CoordinatedTurn(double accelerationDensityM2PerS3, double turnRateDensityRad2PerS3)
        implements NonlinearMotionModel {
    private static final int DIM = 7;
    private static final int OMEGA = 6;
    private static final double SERIES_BELOW = 1e-3;
    private static final List<StateComponent> COMPONENTS = List.of(
            StateComponent.EAST,
            StateComponent.NORTH,
            StateComponent.UP,
            StateComponent.V_EAST,
            StateComponent.V_NORTH,
            StateComponent.V_UP,
            StateComponent.TURN_RATE);

    public CoordinatedTurn {
        Checks.nonNegative("accelerationDensityM2PerS3", accelerationDensityM2PerS3, "m^2/s^3");
        Checks.nonNegative("turnRateDensityRad2PerS3", turnRateDensityRad2PerS3, "rad^2/s^3");
    }

    @Override
    public int dimension() {
        return DIM;
    }

    @Override
    public List<StateComponent> components() {
        return COMPONENTS;
    }

    @Override
    public RealVector propagate(RealVector x, double dtS) {
        checkState(x);
        Checks.nonNegative("dtS", dtS, "s");
        Turn t = new Turn(x.getEntry(OMEGA), dtS);
        double ve = x.getEntry(3);
        double vn = x.getEntry(4);
        double vu = x.getEntry(5);
        return MatrixUtils.createRealVector(new double[] {
            x.getEntry(0) + t.a * ve - t.b * vn,
            x.getEntry(1) + t.b * ve + t.a * vn,
            x.getEntry(2) + dtS * vu,
            t.cos * ve - t.sin * vn,
            t.sin * ve + t.cos * vn,
            vu,
            x.getEntry(OMEGA)
        });
    }

    @Override
    public RealMatrix jacobian(RealVector x, double dtS) {
        checkState(x);
        Checks.nonNegative("dtS", dtS, "s");
        Turn t = new Turn(x.getEntry(OMEGA), dtS);
        double ve = x.getEntry(3);
        double vn = x.getEntry(4);
        RealMatrix f = MatrixUtils.createRealIdentityMatrix(DIM);
        f.setEntry(0, 3, t.a);
        f.setEntry(0, 4, -t.b);
        f.setEntry(1, 3, t.b);
        f.setEntry(1, 4, t.a);
        f.setEntry(2, 5, dtS);
        f.setEntry(3, 3, t.cos);
        f.setEntry(3, 4, -t.sin);
        f.setEntry(4, 3, t.sin);
        f.setEntry(4, 4, t.cos);
        f.setEntry(0, OMEGA, t.da * ve - t.db * vn);
        f.setEntry(1, OMEGA, t.db * ve + t.da * vn);
        f.setEntry(3, OMEGA, -dtS * (t.sin * ve + t.cos * vn));
        f.setEntry(4, OMEGA, dtS * (t.cos * ve - t.sin * vn));
        return f;
    }

    @Override
    public RealMatrix processNoise(double dtS) {
        Checks.nonNegative("dtS", dtS, "s");
        double q = accelerationDensityM2PerS3;
        RealMatrix m = MatrixUtils.createRealMatrix(DIM, DIM);
        for (int i = 0; i < 3; i++) {
            m.setEntry(i, i, q * dtS * dtS * dtS / 3);
            m.setEntry(i, 3 + i, q * dtS * dtS / 2);
            m.setEntry(3 + i, i, q * dtS * dtS / 2);
            m.setEntry(3 + i, 3 + i, q * dtS);
        }
        m.setEntry(OMEGA, OMEGA, turnRateDensityRad2PerS3 * dtS);
        return m;
    }

    private static void checkState(RealVector x) {
        if (x.getDimension() != DIM) {
            throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, "state", x.getDimension(), DIM);
        }
    }

    /**
     * The turn ratios {@code a = sin(w T)/w}, {@code b = (1 - cos(w T))/w} and their derivatives in w, by series near
     * {@code w T = 0} where the closed forms cancel catastrophically.
     */
    private static final class Turn {
        final double sin;
        final double cos;
        final double a;
        final double b;
        final double da;
        final double db;

        Turn(double omega, double t) {
            double wt = omega * t;
            sin = Math.sin(wt);
            cos = Math.cos(wt);
            if (Math.abs(wt) < SERIES_BELOW) {
                double w2 = omega * omega;
                double t2 = t * t;
                a = t * (1 - w2 * t2 / 6 + w2 * w2 * t2 * t2 / 120);
                b = omega * t2 * (0.5 - w2 * t2 / 24 + w2 * w2 * t2 * t2 / 720);
                da = omega * t2 * t * (-1.0 / 3 + w2 * t2 / 30);
                db = t2 * (0.5 - w2 * t2 / 8 + w2 * w2 * t2 * t2 / 144);
            } else {
                a = sin / omega;
                b = (1 - cos) / omega;
                da = (wt * cos - sin) / (omega * omega);
                db = (wt * sin - (1 - cos)) / (omega * omega);
            }
        }
    }
}
