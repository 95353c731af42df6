package io.steeldome.tracking.metric;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.model.MotionModel;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Posterior Cramér-Rao lower bound for a linear Gaussian system {@code x' = F x + w}, {@code z = H x + v}, through the
 * information recursion of Tichavsky, Muravchik and Nehorai (1998):
 * {@code J_{k+1} = (Q + F J_k^-1 F^T)^-1 + H^T R^-1 H}, {@code J_0 = P_0^-1}. The bound on the error covariance of any
 * estimator is {@code J_k^-1}. Every inverse is taken through a Cholesky factorisation (the recursion needs the
 * information matrix itself, so the outer inverse is formed as a Cholesky solve against the identity); Q must be
 * positive definite.
 */
public final class Pcrlb {
    private Pcrlb() {}

    /** One step of the recursion: {@code J_k} to {@code J_{k+1}} with a measurement at step k+1. */
    public static RealMatrix nextInformation(
            RealMatrix information, RealMatrix f, RealMatrix q, RealMatrix h, RealMatrix r) {
        RealMatrix jInvFt = solver("information matrix J", information).solve(f.transpose());
        RealMatrix predictedCovariance = symmetrised(q.add(f.multiply(jInvFt)));
        RealMatrix predictedInformation = solver("Q + F J^-1 F^T", predictedCovariance)
                .solve(MatrixUtils.createRealIdentityMatrix(f.getRowDimension()));
        RealMatrix measurementInformation =
                h.transpose().multiply(solver("R", r).solve(h));
        return symmetrised(predictedInformation.add(measurementInformation));
    }

    /** The bound {@code J^-1} on the error covariance. */
    public static RealMatrix bound(RealMatrix information) {
        return symmetrised(solver("information matrix J", information)
                .solve(MatrixUtils.createRealIdentityMatrix(information.getRowDimension())));
    }

    /**
     * Bounds at steps 0..steps for a model sampled every {@code dtS} seconds with measurement matrix {@code h} and
     * noise {@code r} at steps 1..steps, starting from the prior covariance {@code initialCovariance}; element 0 is
     * {@code initialCovariance} itself.
     */
    public static List<RealMatrix> linearBounds(
            MotionModel model, RealMatrix h, RealMatrix r, RealMatrix initialCovariance, double dtS, int steps) {
        Checks.positive("dtS", dtS, "s");
        int n = model.dimension();
        if (h.getColumnDimension() != n || initialCovariance.getRowDimension() != n) {
            throw new SteeldomeException(TrackingError.DIMENSION_MISMATCH, "PCRLB matrices", h.getColumnDimension(), n);
        }
        RealMatrix f = model.transition(dtS);
        RealMatrix q = model.processNoise(dtS);
        RealMatrix j = bound(initialCovariance); // J_0 = P_0^-1
        List<RealMatrix> bounds = new ArrayList<>(steps + 1);
        bounds.add(initialCovariance.copy());
        for (int k = 1; k <= steps; k++) {
            j = nextInformation(j, f, q, h, r);
            bounds.add(bound(j));
        }
        return bounds;
    }

    /** {@code sqrt(trace)} of the position block (entries 0..2) of a bound: the lower bound on 3-D position RMSE, m. */
    public static double positionRmseBoundM(RealMatrix bound) {
        return Math.sqrt(bound.getEntry(0, 0) + bound.getEntry(1, 1) + bound.getEntry(2, 2));
    }

    private static DecompositionSolver solver(String what, RealMatrix m) {
        try {
            return new CholeskyDecomposition(symmetrised(m)).getSolver();
        } catch (MathIllegalArgumentException e) {
            throw new SteeldomeException(e, TrackingError.NOT_POSITIVE_DEFINITE, what, e.getMessage());
        }
    }

    private static RealMatrix symmetrised(RealMatrix m) {
        return m.add(m.transpose()).scalarMultiply(0.5);
    }
}
