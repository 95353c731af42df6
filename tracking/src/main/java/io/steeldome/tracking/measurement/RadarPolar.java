package io.steeldome.tracking.measurement;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.units.Units;
import java.util.OptionalDouble;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * A radar plot from a stationary sensor at {@code sensorEnu} in the scenario's local ENU frame:
 * {@code z = [rangeM, azimuthRad, elevationRad]}, or with {@link #withRangeRate} also {@code rangeRateMps}
 * (positive when opening). Azimuth is clockwise from north in (-pi, pi] (so the cut is due south of the sensor),
 * elevation is above the horizontal plane through the sensor. The geometry is flat: the sensor's vertical is the
 * frame's Up axis and there is no refraction, which holds for sensors within a few tens of km of the frame origin.
 * Errors are independent with the given standard deviations. Undefined straight above the sensor.
 *
 * @param sensorEnu sensor position in the scenario ENU frame, m
 * @param rangeSigmaM range error standard deviation, m
 * @param azimuthSigmaRad azimuth error standard deviation, rad
 * @param elevationSigmaRad elevation error standard deviation, rad
 * @param rangeRateSigmaMps range-rate error standard deviation in m/s, or empty for a plot without range rate
 */
public record RadarPolar(
        EnuVector sensorEnu,
        double rangeSigmaM,
        double azimuthSigmaRad,
        double elevationSigmaRad,
        OptionalDouble rangeRateSigmaMps)
        implements MeasurementModel {
    /** Index of the range in z. */
    public static final int RANGE = 0;
    /** Index of the azimuth in z. */
    public static final int AZIMUTH = 1;
    /** Index of the elevation in z. */
    public static final int ELEVATION = 2;
    /** Index of the range rate in z, when present. */
    public static final int RANGE_RATE = 3;

    public RadarPolar {
        Checks.finite("sensorEnu.eastM", sensorEnu.eastM());
        Checks.finite("sensorEnu.northM", sensorEnu.northM());
        Checks.finite("sensorEnu.upM", sensorEnu.upM());
        Checks.positive("rangeSigmaM", rangeSigmaM, "m");
        Checks.positive("azimuthSigmaRad", azimuthSigmaRad, "rad");
        Checks.positive("elevationSigmaRad", elevationSigmaRad, "rad");
        if (rangeRateSigmaMps.isPresent()) {
            Checks.positive("rangeRateSigmaMps", rangeRateSigmaMps.getAsDouble(), "m/s");
        }
    }

    /** A plot of range, azimuth and elevation only. */
    public static RadarPolar of(
            EnuVector sensorEnu, double rangeSigmaM, double azimuthSigmaRad, double elevationSigmaRad) {
        return new RadarPolar(sensorEnu, rangeSigmaM, azimuthSigmaRad, elevationSigmaRad, OptionalDouble.empty());
    }

    /** The same radar also measuring range rate (Doppler); the state then needs velocities at 3..5. */
    public RadarPolar withRangeRate(double sigmaMps) {
        return new RadarPolar(sensorEnu, rangeSigmaM, azimuthSigmaRad, elevationSigmaRad, OptionalDouble.of(sigmaMps));
    }

    @Override
    public int dimension() {
        return rangeRateSigmaMps.isPresent() ? 4 : 3;
    }

    @Override
    public RealVector expected(RealVector x) {
        Geometry.checkState(x, minimumState());
        Geometry g = Geometry.of(sensorEnu, x);
        RealVector z = MatrixUtils.createRealVector(dimension());
        z.setEntry(RANGE, g.r);
        z.setEntry(AZIMUTH, g.azimuthRad());
        z.setEntry(ELEVATION, g.elevationRad());
        if (rangeRateSigmaMps.isPresent()) {
            z.setEntry(RANGE_RATE, (g.de * x.getEntry(3) + g.dn * x.getEntry(4) + g.du * x.getEntry(5)) / g.r);
        }
        return z;
    }

    @Override
    public RealMatrix jacobian(RealVector x) {
        Geometry.checkState(x, minimumState());
        Geometry g = Geometry.of(sensorEnu, x);
        RealMatrix h = MatrixUtils.createRealMatrix(dimension(), x.getDimension());
        h.setSubMatrix(new double[][] {g.rangeGradient(), g.azimuthGradient(), g.elevationGradient()}, 0, 0);
        if (rangeRateSigmaMps.isPresent()) {
            double[] d = {g.de, g.dn, g.du};
            double[] v = {x.getEntry(3), x.getEntry(4), x.getEntry(5)};
            double rangeRate = (d[0] * v[0] + d[1] * v[1] + d[2] * v[2]) / g.r;
            for (int i = 0; i < 3; i++) {
                // d(d.v / r)/dd = v / r - (d.v) d / r^3; d(d.v / r)/dv = d / r
                h.setEntry(RANGE_RATE, i, (v[i] - rangeRate * d[i] / g.r) / g.r);
                h.setEntry(RANGE_RATE, 3 + i, d[i] / g.r);
            }
        }
        return h;
    }

    @Override
    public RealMatrix noise() {
        double[] variances = new double[dimension()];
        variances[RANGE] = rangeSigmaM * rangeSigmaM;
        variances[AZIMUTH] = azimuthSigmaRad * azimuthSigmaRad;
        variances[ELEVATION] = elevationSigmaRad * elevationSigmaRad;
        if (rangeRateSigmaMps.isPresent()) {
            double s = rangeRateSigmaMps.getAsDouble();
            variances[RANGE_RATE] = s * s;
        }
        return MatrixUtils.createRealDiagonalMatrix(variances);
    }

    /** Plain difference with the azimuth wrapped to [-pi, pi). */
    @Override
    public RealVector difference(RealVector a, RealVector b) {
        RealVector d = a.subtract(b);
        d.setEntry(AZIMUTH, Units.wrapPi(d.getEntry(AZIMUTH)));
        return d;
    }

    /**
     * The plot's position in the scenario ENU frame, m (the converted measurement; range rate, if any, is ignored).
     */
    public EnuVector toEnu(RealVector z) {
        double r = z.getEntry(RANGE);
        double az = z.getEntry(AZIMUTH);
        double el = z.getEntry(ELEVATION);
        double horizontal = r * Math.cos(el);
        return sensorEnu.plus(new EnuVector(horizontal * Math.sin(az), horizontal * Math.cos(az), r * Math.sin(el)));
    }

    /**
     * Covariance of {@link #toEnu} in m^2, linearised at the plot: {@code J diag(sr^2, saz^2, sel^2) J^T} with J the
     * derivative of the position by (range, azimuth, elevation). Its bias is negligible while range times the angle
     * sigmas stays well below the range (cross-range error much smaller than range).
     */
    public RealMatrix convertedCovariance(RealVector z) {
        double r = z.getEntry(RANGE);
        double sa = Math.sin(z.getEntry(AZIMUTH));
        double ca = Math.cos(z.getEntry(AZIMUTH));
        double se = Math.sin(z.getEntry(ELEVATION));
        double ce = Math.cos(z.getEntry(ELEVATION));
        RealMatrix j = MatrixUtils.createRealMatrix(new double[][] {
            {ce * sa, r * ce * ca, -r * se * sa},
            {ce * ca, -r * ce * sa, -r * se * ca},
            {se, 0, r * ce}
        });
        RealMatrix polar = noise().getSubMatrix(0, 2, 0, 2);
        RealMatrix c = j.multiply(polar).multiplyTransposed(j);
        return c.add(c.transpose()).scalarMultiply(0.5);
    }

    private int minimumState() {
        return rangeRateSigmaMps.isPresent() ? 6 : 3;
    }
}
