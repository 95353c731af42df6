package io.steeldome.tracking.measurement;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * A 3-D position plot in the scenario's ENU frame, {@code z = [eastM, northM, upM]}: h selects the first three state
 * entries. This is what a {@link io.steeldome.tracking.tracker.Detection} carries.
 */
public final class CartesianPosition implements MeasurementModel {
    private static final int DIM = 3;
    private final RealMatrix noiseM2;

    private CartesianPosition(RealMatrix noiseM2) {
        this.noiseM2 = noiseM2;
    }

    /** With covariance {@code noiseM2} (3x3, m^2). */
    public static CartesianPosition of(RealMatrix noiseM2) {
        if (noiseM2.getRowDimension() != DIM || noiseM2.getColumnDimension() != DIM) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "position covariance", noiseM2.getRowDimension(), DIM);
        }
        return new CartesianPosition(noiseM2.copy());
    }

    /** With independent errors of standard deviation {@code sigmaM} on each axis. */
    public static CartesianPosition isotropic(double sigmaM) {
        Checks.positive("sigmaM", sigmaM, "m");
        return new CartesianPosition(MatrixUtils.createRealIdentityMatrix(DIM).scalarMultiply(sigmaM * sigmaM));
    }

    @Override
    public int dimension() {
        return DIM;
    }

    @Override
    public RealVector expected(RealVector x) {
        Geometry.checkState(x, DIM);
        return x.getSubVector(0, DIM);
    }

    @Override
    public RealMatrix jacobian(RealVector x) {
        Geometry.checkState(x, DIM);
        RealMatrix h = MatrixUtils.createRealMatrix(DIM, x.getDimension());
        for (int i = 0; i < DIM; i++) {
            h.setEntry(i, i, 1);
        }
        return h;
    }

    @Override
    public RealMatrix noise() {
        return noiseM2.copy();
    }
}
