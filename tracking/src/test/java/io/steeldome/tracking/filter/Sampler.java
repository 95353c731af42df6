package io.steeldome.tracking.filter;

import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.random.RandomGenerator;

/** Test-side Gaussian draws {@code L n}, {@code n ~ N(0, I)}, {@code L L^T = C}, from a seeded generator. */
public final class Sampler {
    private Sampler() {}

    /** A draw from N(0, covariance); covariance must be positive definite. */
    public static RealVector draw(RandomGenerator rng, RealMatrix covariance) {
        RealMatrix l = new CholeskyDecomposition(covariance).getL();
        return l.operate(standard(rng, covariance.getRowDimension()));
    }

    /** A draw from N(0, diag(sigma^2)). */
    public static RealVector draw(RandomGenerator rng, double... sigma) {
        RealVector v = standard(rng, sigma.length);
        for (int i = 0; i < sigma.length; i++) {
            v.setEntry(i, v.getEntry(i) * sigma[i]);
        }
        return v;
    }

    private static RealVector standard(RandomGenerator rng, int n) {
        RealVector v = MatrixUtils.createRealVector(n);
        for (int i = 0; i < n; i++) {
            v.setEntry(i, rng.nextGaussian());
        }
        return v;
    }
}
