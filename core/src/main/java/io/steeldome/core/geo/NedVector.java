package io.steeldome.core.geo;

import io.steeldome.core.error.Checks;

/** A vector in a local north-east-down frame, metres. */
public record NedVector(double northM, double eastM, double downM) {
    public NedVector {
        Checks.finite("northM", northM);
        Checks.finite("eastM", eastM);
        Checks.finite("downM", downM);
    }

    public EnuVector toEnu() {
        return new EnuVector(eastM, northM, -downM);
    }
}
