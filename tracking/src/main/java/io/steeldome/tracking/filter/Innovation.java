package io.steeldome.tracking.filter;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * A measurement residual {@code nu = z - H x} with its covariance {@code S = H P H^T + R}, Cholesky-factored once so
 * that gating, association costs and the gain all share one decomposition. Immutable; accessors copy.
 */
public final class Innovation {
    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private final RealVector residual;
    private final RealMatrix covariance;
    private final DecompositionSolver solver;
    private final double mahalanobisSquared;
    private final double logDeterminant;

    private Innovation(RealVector residual, RealMatrix covariance, CholeskyDecomposition cholesky) {
        this.residual = residual;
        this.covariance = covariance;
        this.solver = cholesky.getSolver();
        this.mahalanobisSquared = residual.dotProduct(solver.solve(residual));
        RealMatrix l = cholesky.getL();
        double logDet = 0;
        for (int i = 0; i < l.getRowDimension(); i++) {
            logDet += Math.log(l.getEntry(i, i));
        }
        this.logDeterminant = 2 * logDet;
    }

    /**
     * Factors {@code covariance} after symmetrising it.
     *
     * @throws SteeldomeException {@link TrackingError#NOT_POSITIVE_DEFINITE} if it is not positive definite
     */
    public static Innovation of(RealVector residual, RealMatrix covariance) {
        int m = residual.getDimension();
        if (covariance.getRowDimension() != m || covariance.getColumnDimension() != m) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "innovation covariance", covariance.getRowDimension(), m);
        }
        RealMatrix s = Covariances.symmetrised(covariance);
        return new Innovation(residual.copy(), s, Covariances.cholesky("innovation covariance S", s));
    }

    public RealVector residual() {
        return residual.copy();
    }

    /** The symmetrised innovation covariance S. */
    public RealMatrix covariance() {
        return covariance.copy();
    }

    public int dimension() {
        return residual.getDimension();
    }

    /** Squared Mahalanobis distance {@code nu^T S^-1 nu}, chi-square distributed with {@link #dimension()} dof. */
    public double mahalanobisSquared() {
        return mahalanobisSquared;
    }

    public double mahalanobis() {
        return Math.sqrt(mahalanobisSquared);
    }

    /** {@code ln |S|}. */
    public double logDeterminant() {
        return logDeterminant;
    }

    /** Gaussian log-likelihood {@code ln N(nu; 0, S)}. */
    public double logLikelihood() {
        return -0.5 * (mahalanobisSquared + logDeterminant + dimension() * LOG_TWO_PI);
    }

    /** {@code S^-1 b} through the Cholesky factor. */
    RealMatrix solve(RealMatrix b) {
        return solver.solve(b);
    }

    /** Shared symmetrisation and factoring, so failures always surface as a typed error. */
    static final class Covariances {
        private Covariances() {}

        static RealMatrix symmetrised(RealMatrix m) {
            return m.add(m.transpose()).scalarMultiply(0.5);
        }

        static CholeskyDecomposition cholesky(String what, RealMatrix symmetric) {
            try {
                return new CholeskyDecomposition(symmetric);
            } catch (MathIllegalArgumentException e) {
                throw new SteeldomeException(e, TrackingError.NOT_POSITIVE_DEFINITE, what, e.getMessage());
            }
        }
    }
}
