package io.steeldome.tracking.initiate;

import io.steeldome.core.error.Checks;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.state.StateLayout;
import io.steeldome.tracking.tracker.Detection;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Starts a 3-D constant-velocity state from one detection: position and its covariance from the detection, zero
 * velocity with standard deviation {@code maxSpeedMps / 2} per axis, so that the second scan's gate is wide enough
 * for the fastest expected target (a 2 km/s missile lies at 2 sigma with {@code maxSpeedMps} = 2000).
 *
 * @param maxSpeedMps fastest target speed the tracker must be able to pick up
 */
public record SinglePointInitiator(double maxSpeedMps) {
    public SinglePointInitiator {
        Checks.positive("maxSpeedMps", maxSpeedMps, "m/s");
    }

    /** The state at {@code time} (the scan time; the detection's own stamp is not used). */
    public GaussianState initiate(Detection detection, SimTime time) {
        double sigmaV = maxSpeedMps / 2;
        RealMatrix p = MatrixUtils.createRealMatrix(StateLayout.DIM, StateLayout.DIM);
        p.setSubMatrix(detection.covarianceM2(), StateLayout.EAST, StateLayout.EAST);
        for (int i = StateLayout.V_EAST; i <= StateLayout.V_UP; i++) {
            p.setEntry(i, i, sigmaV * sigmaV);
        }
        double[] mean = {detection.eastM(), detection.northM(), detection.upM(), 0, 0, 0};
        return GaussianState.of(time, MatrixUtils.createRealVector(mean), p);
    }
}
