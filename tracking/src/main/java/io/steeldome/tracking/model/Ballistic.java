package io.steeldome.tracking.model;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.units.Units;
import io.steeldome.tracking.error.TrackingError;
import java.util.List;
import java.util.OptionalDouble;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Unpowered flight of a rocket or re-entry vehicle in the scenario's ENU frame, state {@code [E, N, U, vE, vN, vU]}:
 * constant gravity along -Up, optional drag {@code a = -rho(h) |v| v / (2 beta)} with an exponential atmosphere, and
 * continuous white-acceleration noise as {@link ConstantVelocity}'s for what the model leaves out.
 *
 * <p>Flat-earth gravity: over a prediction of a few seconds the direction error (0.9 deg per 100 km from the frame
 * origin) moves a 2 km/s missile by centimetres; for long extrapolations use the defence module's ECEF propagator.
 * Without drag the motion is propagated exactly; with drag by RK4 in steps of at most {@value #MAX_STEP_S} s and the
 * Jacobian by central differences.
 *
 * @param gravityMps2 magnitude of gravity, m/s^2
 * @param ballisticCoefficientKgPerM2 mass / (drag coefficient x area), kg/m^2; empty for vacuum flight
 * @param originHeightM height of the frame origin above sea level, m (the atmosphere is referenced to sea level)
 * @param processNoise white-acceleration density q, m^2/s^3
 */
public record Ballistic(
        double gravityMps2, OptionalDouble ballisticCoefficientKgPerM2, double originHeightM, double processNoise)
        implements NonlinearMotionModel {
    /** Sea-level air density, kg/m^3 (US Standard Atmosphere 1976). */
    public static final double SEA_LEVEL_DENSITY_KGPM3 = 1.225;
    /** Density scale height of the exponential atmosphere, m. */
    public static final double SCALE_HEIGHT_M = 7200;

    static final double MAX_STEP_S = 0.1;
    private static final int DIM = 6;
    private static final List<StateComponent> COMPONENTS = List.of(
            StateComponent.EAST,
            StateComponent.NORTH,
            StateComponent.UP,
            StateComponent.V_EAST,
            StateComponent.V_NORTH,
            StateComponent.V_UP);

    public Ballistic {
        Checks.positive("gravityMps2", gravityMps2, "m/s^2");
        ballisticCoefficientKgPerM2.ifPresent(b -> Checks.positive("ballisticCoefficientKgPerM2", b, "kg/m^2"));
        Checks.finite("originHeightM", originHeightM);
        Checks.nonNegative("processNoise", processNoise, "m^2/s^3");
    }

    /** Vacuum flight under standard gravity. */
    public static Ballistic vacuum(double processNoise) {
        return new Ballistic(Units.STANDARD_GRAVITY_MPS2, OptionalDouble.empty(), 0, processNoise);
    }

    /** Flight with drag of ballistic coefficient {@code betaKgPerM2}. */
    public static Ballistic withDrag(double betaKgPerM2, double originHeightM, double processNoise) {
        return new Ballistic(Units.STANDARD_GRAVITY_MPS2, OptionalDouble.of(betaKgPerM2), originHeightM, processNoise);
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
        check(x, dtS);
        double[] s = x.toArray();
        if (ballisticCoefficientKgPerM2.isEmpty()) {
            double g = gravityMps2;
            return MatrixUtils.createRealVector(new double[] {
                s[0] + s[3] * dtS,
                s[1] + s[4] * dtS,
                s[2] + s[5] * dtS - 0.5 * g * dtS * dtS,
                s[3],
                s[4],
                s[5] - g * dtS
            });
        }
        int steps = Math.max(1, (int) Math.ceil(dtS / MAX_STEP_S));
        double h = dtS / steps;
        for (int i = 0; i < steps; i++) {
            s = rk4(s, h);
        }
        return MatrixUtils.createRealVector(s);
    }

    @Override
    public RealMatrix jacobian(RealVector x, double dtS) {
        check(x, dtS);
        if (ballisticCoefficientKgPerM2.isEmpty()) {
            return ConstantVelocity.continuousEnu(processNoise).transition(dtS); // gravity is additive
        }
        RealMatrix j = MatrixUtils.createRealMatrix(DIM, DIM);
        for (int k = 0; k < DIM; k++) {
            double step = k < 3 ? 1.0 : 0.01; // m and m/s: well above rounding, well inside the nonlinearity
            RealVector plus = x.copy();
            RealVector minus = x.copy();
            plus.addToEntry(k, step);
            minus.addToEntry(k, -step);
            j.setColumnVector(
                    k, propagate(plus, dtS).subtract(propagate(minus, dtS)).mapDivide(2 * step));
        }
        return j;
    }

    @Override
    public RealMatrix processNoise(double dtS) {
        return ConstantVelocity.continuousEnu(processNoise).processNoise(dtS);
    }

    /** Acceleration of the state {@code s}: gravity plus drag. */
    private double[] derivative(double[] s) {
        double speed = Math.sqrt(s[3] * s[3] + s[4] * s[4] + s[5] * s[5]);
        double rho = SEA_LEVEL_DENSITY_KGPM3 * Math.exp(-(s[2] + originHeightM) / SCALE_HEIGHT_M);
        double k = rho * speed / (2 * ballisticCoefficientKgPerM2.getAsDouble());
        return new double[] {s[3], s[4], s[5], -k * s[3], -k * s[4], -gravityMps2 - k * s[5]};
    }

    private double[] rk4(double[] s, double h) {
        double[] k1 = derivative(s);
        double[] k2 = derivative(axpy(s, k1, h / 2));
        double[] k3 = derivative(axpy(s, k2, h / 2));
        double[] k4 = derivative(axpy(s, k3, h));
        double[] out = new double[DIM];
        for (int i = 0; i < DIM; i++) {
            out[i] = s[i] + h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
        return out;
    }

    private static double[] axpy(double[] s, double[] d, double a) {
        double[] out = new double[DIM];
        for (int i = 0; i < DIM; i++) {
            out[i] = s[i] + a * d[i];
        }
        return out;
    }

    private static void check(RealVector x, double dtS) {
        if (x.getDimension() != DIM) {
            throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, "ballistic state", x.getDimension(), DIM);
        }
        Checks.nonNegative("dtS", dtS, "s");
    }
}
