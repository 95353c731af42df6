package io.steeldome.tracking.measurement;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.tracking.error.TrackingError;
import org.hipparchus.linear.RealVector;

/**
 * Line-of-sight geometry from a sensor to the position part of a state, in the scenario's ENU frame (flat: the
 * sensor's vertical is the frame's Up axis). Azimuth is clockwise from north in (-pi, pi], elevation above the
 * horizontal plane.
 */
final class Geometry {
    final double de;
    final double dn;
    final double du;
    final double rho2;
    final double rho;
    final double r2;
    final double r;

    private Geometry(double de, double dn, double du) {
        this.de = de;
        this.dn = dn;
        this.du = du;
        this.rho2 = de * de + dn * dn;
        this.rho = Math.sqrt(rho2);
        this.r2 = rho2 + du * du;
        this.r = Math.sqrt(r2);
        // angles and their derivatives are undefined straight above or below the sensor
        Checks.positive("horizontal distance from the sensor to the target", rho, "m");
    }

    static Geometry of(EnuVector sensorEnu, RealVector x) {
        return new Geometry(
                x.getEntry(0) - sensorEnu.eastM(), x.getEntry(1) - sensorEnu.northM(), x.getEntry(2) - sensorEnu.upM());
    }

    double azimuthRad() {
        return Math.atan2(de, dn);
    }

    double elevationRad() {
        return Math.atan2(du, rho);
    }

    /** d(azimuth)/d(east, north, up). */
    double[] azimuthGradient() {
        return new double[] {dn / rho2, -de / rho2, 0};
    }

    /** d(elevation)/d(east, north, up). */
    double[] elevationGradient() {
        return new double[] {-de * du / (r2 * rho), -dn * du / (r2 * rho), rho / r2};
    }

    /** d(range)/d(east, north, up): the unit line of sight. */
    double[] rangeGradient() {
        return new double[] {de / r, dn / r, du / r};
    }

    static void checkState(RealVector x, int minimum) {
        if (x.getDimension() < minimum) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "state", x.getDimension(), "at least " + minimum);
        }
    }
}
