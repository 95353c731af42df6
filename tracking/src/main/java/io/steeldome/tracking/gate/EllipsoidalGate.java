package io.steeldome.tracking.gate;

import io.steeldome.core.error.Checks;
import io.steeldome.tracking.filter.Innovation;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Chi-square gate {@code nu^T S^-1 nu <= gamma}. A bounding-box test ({@code nu_i^2 <= gamma S_ii}, which every point
 * of the ellipsoid satisfies) runs first, so far-away pairs never pay for a factorisation.
 *
 * @param gamma threshold on the squared Mahalanobis distance, e.g. 16.27 = 99.9 % for 3 dof
 */
public record EllipsoidalGate(double gamma) {
    public EllipsoidalGate {
        Checks.positive("gamma", gamma, "");
    }

    /** The gate that accepts a true measurement with probability {@code probability} in {@code dof} dimensions. */
    public static EllipsoidalGate ofProbability(double probability, int dof) {
        Checks.inRange("gate probability", probability, 0, 1, "");
        Checks.positive("dof", dof, "");
        return new EllipsoidalGate(new ChiSquaredDistribution(dof).inverseCumulativeProbability(probability));
    }

    /** Cheap pre-check: false only if the pair is certainly outside the gate. */
    public boolean mayAccept(RealVector nu, RealMatrix s) {
        for (int i = 0; i < nu.getDimension(); i++) {
            double v = nu.getEntry(i);
            if (!(v * v <= gamma * s.getEntry(i, i))) {
                return false;
            }
        }
        return true;
    }

    /** Exact test on an already factored innovation. */
    public boolean accepts(Innovation innovation) {
        return innovation.mahalanobisSquared() <= gamma;
    }

    /** Box pre-check, then the exact test. */
    public boolean accepts(RealVector nu, RealMatrix s) {
        return mayAccept(nu, s) && accepts(Innovation.of(nu, s));
    }
}
