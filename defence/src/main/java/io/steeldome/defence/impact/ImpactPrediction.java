package io.steeldome.defence.impact;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.time.SimTime;
import java.util.Arrays;

/**
 * A predicted ground impact from a track: mean impact time and point (scenario ENU, on the ground-height surface)
 * with the 2x2 east/north covariance of the impact point and the impact time's standard deviation.
 *
 * @param covarianceEnM2 [[ee, en], [ne, nn]], m^2
 */
public record ImpactPrediction(SimTime impactTime, EnuVector impactEnu, double[][] covarianceEnM2, double timeStdS) {
    public ImpactPrediction {
        covarianceEnM2 = checkedCopy(covarianceEnM2);
        Checks.nonNegative("timeStdS", timeStdS, "s");
    }

    @Override
    public double[][] covarianceEnM2() {
        return new double[][] {covarianceEnM2[0].clone(), covarianceEnM2[1].clone()};
    }

    /** Square root of the larger eigenvalue of the horizontal covariance: the 1-sigma semi-major axis, m. */
    public double sigmaMajorM() {
        double a = covarianceEnM2[0][0];
        double b = covarianceEnM2[0][1];
        double d = covarianceEnM2[1][1];
        double half = 0.5 * (a + d);
        return Math.sqrt(half + Math.sqrt(0.25 * (a - d) * (a - d) + b * b));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImpactPrediction p
                && p.impactTime.equals(impactTime)
                && p.impactEnu.equals(impactEnu)
                && Arrays.deepEquals(p.covarianceEnM2, covarianceEnM2)
                && Double.compare(p.timeStdS, timeStdS) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * impactTime.hashCode() + impactEnu.hashCode()) + Arrays.deepHashCode(covarianceEnM2);
    }

    @Override
    public String toString() {
        return "ImpactPrediction[t=" + impactTime + ", at=" + impactEnu + ", cov=" + Arrays.deepToString(covarianceEnM2)
                + ", timeStdS=" + timeStdS + "]";
    }

    private static double[][] checkedCopy(double[][] c) {
        boolean ok = c != null && c.length == 2 && c[0].length == 2 && c[1].length == 2;
        if (ok) {
            for (double[] row : c) {
                for (double v : row) {
                    ok &= Double.isFinite(v);
                }
            }
            ok &= c[0][0] >= 0 && c[1][1] >= 0 && Math.abs(c[0][1] - c[1][0]) <= 1e-9 * (c[0][0] + c[1][1] + 1e-300);
        }
        if (!ok) {
            throw new SteeldomeException(
                    ImpactError.BAD_COVARIANCE, "covarianceEnM2", 2, c == null ? "null" : Arrays.deepToString(c));
        }
        double off = 0.5 * (c[0][1] + c[1][0]);
        return new double[][] {{c[0][0], off}, {off, c[1][1]}};
    }
}
