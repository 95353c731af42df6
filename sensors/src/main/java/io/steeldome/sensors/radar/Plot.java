package io.steeldome.sensors.radar;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import io.steeldome.sensors.SensorError;
import java.util.Objects;

/**
 * One radar plot: the polar measurement in the radar's own ENU frame and its conversion to the scenario ENU frame.
 * It carries no ground truth (no target id, no false-alarm flag), so a tracker fed with plots cannot cheat.
 *
 * @param time scan time
 * @param sensorId the radar that made it
 * @param rangeM measured slant range, m
 * @param azimuthRad measured azimuth in [0, 2 pi), clockwise from the radar's local north, rad
 * @param elevationRad measured geometric elevation above the radar's local horizontal plane, rad
 * @param positionEnu converted position in the scenario ENU frame, m
 * @param covarianceEnuM2 3x3 covariance of {@code positionEnu} (linearised at the measurement), m^2
 */
public record Plot(
        SimTime time,
        String sensorId,
        double rangeM,
        double azimuthRad,
        double elevationRad,
        EnuVector positionEnu,
        double[][] covarianceEnuM2) {
    public Plot {
        Objects.requireNonNull(time, "time");
        if (sensorId == null || sensorId.isBlank()) {
            throw new SteeldomeException(SensorError.BLANK_ID, "sensorId", sensorId);
        }
        Checks.nonNegative("rangeM", rangeM, "m");
        Checks.inRange("azimuthRad", azimuthRad, 0, 2 * Math.PI, "rad");
        Checks.inRange("elevationRad", elevationRad, -Math.PI / 2, Math.PI / 2, "rad");
        Objects.requireNonNull(positionEnu, "positionEnu");
        covarianceEnuM2 = copy3x3(covarianceEnuM2);
    }

    /** A copy; the plot stays immutable. */
    @Override
    public double[][] covarianceEnuM2() {
        return copy3x3(covarianceEnuM2);
    }

    private static double[][] copy3x3(double[][] m) {
        Objects.requireNonNull(m, "covarianceEnuM2");
        if (m.length != 3) {
            throw new SteeldomeException(SensorError.COVARIANCE_SHAPE, "covarianceEnuM2", m.length);
        }
        double[][] copy = new double[3][];
        for (int i = 0; i < 3; i++) {
            if (m[i] == null || m[i].length != 3) {
                throw new SteeldomeException(SensorError.COVARIANCE_SHAPE, "covarianceEnuM2", m.length);
            }
            copy[i] = m[i].clone();
            for (double v : copy[i]) {
                Checks.finite("covarianceEnuM2 entry", v);
            }
        }
        return copy;
    }
}
