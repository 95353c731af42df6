package io.steeldome.tracking.tracker;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.time.SimTime;
import io.steeldome.tracking.error.TrackingError;
import io.steeldome.tracking.kernel.FixedKalman;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks every tracker makes on a scan before it touches its tracks: order, sensors, detection validity. */
final class ScanIntake {
    private ScanIntake() {}

    /** Rejects a scan earlier than the last one: out-of-sequence data is never silently misapplied. */
    static void requireInSequence(Optional<SimTime> lastScan, SimTime time) {
        if (lastScan.isPresent() && time.isBefore(lastScan.get())) {
            throw new SteeldomeException(TrackingError.OUT_OF_SEQUENCE_SCAN, time, lastScan.get());
        }
    }

    /** The sensors that contributed to a scan given without a sensor name (none if it is empty). */
    static Set<String> sensorsOf(List<Detection> detections) {
        Set<String> sensors = new HashSet<>();
        detections.forEach(d -> sensors.add(d.sensorId()));
        return sensors;
    }

    /** The one sensor of a named scan, after checking every detection comes from it. */
    static Set<String> singleSensor(String sensorId, List<Detection> detections) {
        for (Detection d : detections) {
            if (!sensorId.equals(d.sensorId())) {
                throw new SteeldomeException(
                        TrackingError.INVALID_DETECTION, d.sensorId(), d.time(), "it is in the scan of " + sensorId);
            }
        }
        return Set.of(sensorId);
    }

    /**
     * Copies the detections into row-major arrays ({@code 3n} positions, {@code 9n} covariances) and validates each.
     */
    static void flatten(List<Detection> detections, double[] positions, double[] covariances) {
        double[] factor = new double[9];
        for (int d = 0; d < detections.size(); d++) {
            Detection det = detections.get(d);
            positions[3 * d] = det.eastM();
            positions[3 * d + 1] = det.northM();
            positions[3 * d + 2] = det.upM();
            double[][] c = det.covarianceM2();
            for (int i = 0; i < 3; i++) {
                System.arraycopy(c[i], 0, covariances, 9 * d + 3 * i, 3);
            }
            validate(det, covariances, 9 * d, factor);
        }
    }

    /** Validates every detection of a scan. */
    static void validateAll(List<Detection> detections) {
        double[] c = new double[9];
        double[] factor = new double[9];
        for (Detection d : detections) {
            double[][] m = d.covarianceM2();
            for (int i = 0; i < 3; i++) {
                System.arraycopy(m[i], 0, c, 3 * i, 3);
            }
            validate(d, c, 0, factor);
        }
    }

    /** A finite position and a symmetric positive-definite covariance (its symmetric part must factor). */
    private static void validate(Detection d, double[] c, int offset, double[] factor) {
        if (!(Double.isFinite(d.eastM()) && Double.isFinite(d.northM()) && Double.isFinite(d.upM()))) {
            throw new SteeldomeException(
                    TrackingError.INVALID_DETECTION, d.sensorId(), d.time(), "non-finite position");
        }
        if (!FixedKalman.cholesky3(
                c[offset],
                0.5 * (c[offset + 1] + c[offset + 3]),
                0.5 * (c[offset + 2] + c[offset + 6]),
                c[offset + 4],
                0.5 * (c[offset + 5] + c[offset + 7]),
                c[offset + 8],
                factor)) {
            throw new SteeldomeException(
                    TrackingError.INVALID_DETECTION,
                    d.sensorId(),
                    d.time(),
                    "covariance is not symmetric positive definite (give variances in m^2, all above 1e-10)");
        }
    }
}
