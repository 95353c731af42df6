package io.steeldome.tracking.measurement;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.units.Units;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * A passive (EO/IR, ESM) line of sight from a stationary sensor at {@code sensorEnu} in the scenario's ENU frame:
 * {@code z = [azimuthRad, elevationRad]}, azimuth clockwise from north in (-pi, pi], elevation above the horizontal
 * plane through the sensor (flat geometry, as {@link RadarPolar}). Range is unobservable from one such sensor at one
 * time: a single-sensor track needs triangulation or own-ship manoeuvre. Undefined straight above the sensor.
 *
 * @param sensorEnu sensor position in the scenario ENU frame, m
 * @param azimuthSigmaRad azimuth error standard deviation, rad
 * @param elevationSigmaRad elevation error standard deviation, rad
 */
public record BearingsOnly(EnuVector sensorEnu, double azimuthSigmaRad, double elevationSigmaRad)
        implements MeasurementModel {
    /** Index of the azimuth in z. */
    public static final int AZIMUTH = 0;
    /** Index of the elevation in z. */
    public static final int ELEVATION = 1;

    public BearingsOnly {
        Checks.finite("sensorEnu.eastM", sensorEnu.eastM());
        Checks.finite("sensorEnu.northM", sensorEnu.northM());
        Checks.finite("sensorEnu.upM", sensorEnu.upM());
        Checks.positive("azimuthSigmaRad", azimuthSigmaRad, "rad");
        Checks.positive("elevationSigmaRad", elevationSigmaRad, "rad");
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public RealVector expected(RealVector x) {
        Geometry.checkState(x, 3);
        Geometry g = Geometry.of(sensorEnu, x);
        return MatrixUtils.createRealVector(new double[] {g.azimuthRad(), g.elevationRad()});
    }

    @Override
    public RealMatrix jacobian(RealVector x) {
        Geometry.checkState(x, 3);
        Geometry g = Geometry.of(sensorEnu, x);
        RealMatrix h = MatrixUtils.createRealMatrix(2, x.getDimension());
        h.setSubMatrix(new double[][] {g.azimuthGradient(), g.elevationGradient()}, 0, 0);
        return h;
    }

    @Override
    public RealMatrix noise() {
        return MatrixUtils.createRealDiagonalMatrix(
                new double[] {azimuthSigmaRad * azimuthSigmaRad, elevationSigmaRad * elevationSigmaRad});
    }

    /** Plain difference with the azimuth wrapped to [-pi, pi). */
    @Override
    public RealVector difference(RealVector a, RealVector b) {
        RealVector d = a.subtract(b);
        d.setEntry(AZIMUTH, Units.wrapPi(d.getEntry(AZIMUTH)));
        return d;
    }
}
