package io.steeldome.tracking.metric;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.tracking.error.TrackingError;
import java.util.List;

/** Root-mean-square error helpers. */
public final class Rmse {
    private Rmse() {}

    /**
     * RMS of the 3-D Euclidean distances between paired positions ({@code truths.get(i)} with
     * {@code estimates.get(i)}); 0 for empty lists.
     */
    public static double positionM(List<EnuVector> truths, List<EnuVector> estimates) {
        if (truths.size() != estimates.size()) {
            throw new SteeldomeException(
                    TrackingError.DIMENSION_MISMATCH, "estimate list", estimates.size(), truths.size());
        }
        double[] errors = new double[truths.size()];
        for (int i = 0; i < errors.length; i++) {
            errors[i] = truths.get(i).minus(estimates.get(i)).norm();
        }
        return ofErrors(errors);
    }

    /** {@code sqrt(mean(e^2))}; 0 for no errors. */
    public static double ofErrors(double... errors) {
        if (errors.length == 0) {
            return 0;
        }
        double s = 0;
        for (double e : errors) {
            s += e * e;
        }
        return Math.sqrt(s / errors.length);
    }
}
