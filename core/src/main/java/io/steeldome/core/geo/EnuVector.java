package io.steeldome.core.geo;

import io.steeldome.core.error.Checks;

/** A vector in a local east-north-up frame, metres (or m/s when it is a velocity; the name of the holder says). */
public record EnuVector(double eastM, double northM, double upM) {
    public static final EnuVector ZERO = new EnuVector(0, 0, 0);

    public EnuVector {
        Checks.finite("eastM", eastM);
        Checks.finite("northM", northM);
        Checks.finite("upM", upM);
    }

    public EnuVector plus(EnuVector o) {
        return new EnuVector(eastM + o.eastM, northM + o.northM, upM + o.upM);
    }

    public EnuVector minus(EnuVector o) {
        return new EnuVector(eastM - o.eastM, northM - o.northM, upM - o.upM);
    }

    public EnuVector times(double k) {
        return new EnuVector(eastM * k, northM * k, upM * k);
    }

    public double dot(EnuVector o) {
        return eastM * o.eastM + northM * o.northM + upM * o.upM;
    }

    public double norm() {
        return Math.sqrt(dot(this));
    }

    public double horizontalNorm() {
        return Math.hypot(eastM, northM);
    }

    /** The same vector in north-east-down axes. */
    public NedVector toNed() {
        return new NedVector(northM, eastM, -upM);
    }

    public double[] toArray() {
        return new double[] {eastM, northM, upM};
    }
}
