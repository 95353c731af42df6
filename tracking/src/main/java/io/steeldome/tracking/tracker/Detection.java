package io.steeldome.tracking.tracker;

import io.steeldome.core.time.SimTime;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * A position measurement in the scenario's local ENU frame with its covariance (for radar plots: the converted
 * polar measurement). It carries no ground truth: a tracker cannot cheat.
 *
 * @param sensorId which sensor made it, for multi-sensor bookkeeping
 */
public record Detection(
        SimTime time, String sensorId, double eastM, double northM, double upM, double[][] covarianceM2) {
    public Detection {
        if (covarianceM2.length != 3 || covarianceM2[0].length != 3) {
            throw new IllegalArgumentException("detection covariance must be 3x3");
        }
        double[][] copy = new double[3][];
        for (int i = 0; i < 3; i++) {
            copy[i] = covarianceM2[i].clone();
        }
        covarianceM2 = copy;
    }

    @Override
    public double[][] covarianceM2() {
        double[][] copy = new double[3][];
        for (int i = 0; i < 3; i++) {
            copy[i] = covarianceM2[i].clone();
        }
        return copy;
    }

    public RealVector position() {
        return MatrixUtils.createRealVector(new double[] {eastM, northM, upM});
    }

    public RealMatrix covariance() {
        return MatrixUtils.createRealMatrix(covarianceM2);
    }
}
