package io.steeldome.tracking.state;

import io.steeldome.core.time.SimTime;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * A Gaussian estimate at a time: mean and covariance. For 3-D tracks the state is
 * {@code [eastM, northM, upM, eastMps, northMps, upMps]} in the scenario's local ENU frame (see {@link StateLayout}).
 * Immutable: the constructor and accessors copy, so callers can never alias the internals.
 */
public final class GaussianState {
    private final SimTime time;
    private final RealVector mean;
    private final RealMatrix covariance;

    private GaussianState(SimTime time, RealVector mean, RealMatrix covariance) {
        this.time = time;
        this.mean = mean;
        this.covariance = covariance;
    }

    public static GaussianState of(SimTime time, RealVector mean, RealMatrix covariance) {
        int n = mean.getDimension();
        if (covariance.getRowDimension() != n || covariance.getColumnDimension() != n) {
            throw new IllegalArgumentException("covariance must be " + n + "x" + n + ", got "
                    + covariance.getRowDimension() + "x" + covariance.getColumnDimension());
        }
        return new GaussianState(time, mean.copy(), covariance.copy());
    }

    public static GaussianState of(SimTime time, double[] mean, double[][] covariance) {
        return of(time, MatrixUtils.createRealVector(mean), MatrixUtils.createRealMatrix(covariance));
    }

    public SimTime time() {
        return time;
    }

    public RealVector mean() {
        return mean.copy();
    }

    public RealMatrix covariance() {
        return covariance.copy();
    }

    public int dimension() {
        return mean.getDimension();
    }

    /** One element of the mean without copying. */
    public double meanAt(int i) {
        return mean.getEntry(i);
    }

    /** One element of the covariance without copying. */
    public double covarianceAt(int i, int j) {
        return covariance.getEntry(i, j);
    }

    @Override
    public String toString() {
        return "GaussianState[t=" + time + ", mean=" + mean + "]";
    }
}
