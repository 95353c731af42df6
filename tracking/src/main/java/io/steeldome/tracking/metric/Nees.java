package io.steeldome.tracking.metric;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.state.GaussianState;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Normalised estimation error squared {@code e^T P^-1 e} (Bar-Shalom, Li and Kirubarajan 2001, 5.4.2): chi-square
 * with n degrees of freedom for a consistent n-dimensional estimate. Average it over Monte Carlo runs with
 * {@link Anees}.
 */
public final class Nees {
    private Nees() {}

    /** {@code e^T P^-1 e}, solved through the Cholesky factor of the symmetrised P. */
    public static double of(RealVector error, RealMatrix covariance) {
        int n = error.getDimension();
        if (covariance.getRowDimension() != n || covariance.getColumnDimension() != n) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "NEES covariance", covariance.getRowDimension(), n);
        }
        RealMatrix p = covariance.add(covariance.transpose()).scalarMultiply(0.5);
        try {
            return error.dotProduct(new CholeskyDecomposition(p).getSolver().solve(error));
        } catch (MathIllegalArgumentException e) {
            throw new SteeldomeException(e, TrackingError.NOT_POSITIVE_DEFINITE, "NEES covariance", e.getMessage());
        }
    }

    /** NEES of {@code estimate} against the true state {@code truth} (same layout and length). */
    public static double of(RealVector truth, GaussianState estimate) {
        if (truth.getDimension() != estimate.dimension()) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "true state", truth.getDimension(), estimate.dimension());
        }
        return of(truth.subtract(estimate.mean()), estimate.covariance());
    }
}
