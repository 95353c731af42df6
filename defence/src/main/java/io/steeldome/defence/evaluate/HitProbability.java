package io.steeldome.defence.evaluate;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.units.Units;
import org.hipparchus.special.Erf;

/**
 * Probability that a threat hits an area, computed deterministically.
 *
 * <p>Ballistic impacts: the impact point is Gaussian N(mean, C) in east/north. In C's eigen-axes the density
 * factorises, so the area is cut into 200 strips across the major axis, spanning exactly the area's extent within
 * +/-5 sigma. Each strip carries its exact normal mass along the major axis, times the exact normal mass (erf) of
 * the area's chord along the strip's centre line. This is the midpoint rule on a function that is continuous inside
 * the span, so the error falls as 1/200^2 for straight edges (~1e-4 where the chord has a square-root end, as on a
 * disc). Mass beyond 5 sigma (< 6e-7) is dropped.
 *
 * <p>Level flight: P(the straight ground track passes over the area) with the heading treated as Gaussian. The
 * track's azimuth psi has variance J S_v J^T from the velocity covariance S_v (J = d psi / d(ve, vn)); the
 * cross-track position error adds (sigma_xt / d)^2 at distance d. P is the normal mass of the azimuth interval the
 * area subtends. Approximations: linearised azimuth (fine for sigma_psi below ~0.5 rad), speed error ignored (it
 * changes when, not where), and no future turns; below 1 m/s ground speed the heading is taken as uniform.
 */
public final class HitProbability {
    private HitProbability() {}

    private static final int GRID = 200;
    private static final double SPAN_SIGMA = 5.0;
    private static final double MIN_SIGMA_M = 1e-6;
    private static final double MIN_SPEED_MPS = 1.0;

    /**
     * P(impact inside {@code area}) for an impact N([meanEastM, meanNorthM], covarianceEnM2).
     *
     * @param covarianceEnM2 2x2 east/north covariance, m^2
     */
    public static double ofImpact(double meanEastM, double meanNorthM, double[][] covarianceEnM2, EnuArea area) {
        checkCovariance(covarianceEnM2, 2, "impact covariance");
        double a = covarianceEnM2[0][0];
        double b = 0.5 * (covarianceEnM2[0][1] + covarianceEnM2[1][0]);
        double d = covarianceEnM2[1][1];
        double half = 0.5 * (a + d);
        double root = Math.sqrt(0.25 * (a - d) * (a - d) + b * b);
        double sigmaU = Math.sqrt(Math.max(half + root, 0));
        double sigmaV = Math.sqrt(Math.max(half - root, 0));
        double theta = 0.5 * Math.atan2(2 * b, a - d); // major axis angle from east
        double ue = Math.cos(theta);
        double un = Math.sin(theta);
        if (sigmaU < MIN_SIGMA_M) {
            return area.contains(meanEastM, meanNorthM) ? 1.0 : 0.0;
        }
        sigmaV = Math.max(sigmaV, MIN_SIGMA_M);

        // Strips across the major axis, bounded exactly by the area's extent (so no strip straddles its ends);
        // along each strip's centre line the area's chord is integrated exactly in the minor axis.
        double[] uExtent = area.extentAlong(meanEastM, meanNorthM, ue, un);
        double uLo = Math.max(uExtent[0], -SPAN_SIGMA * sigmaU);
        double uHi = Math.min(uExtent[1], SPAN_SIGMA * sigmaU);
        if (uLo >= uHi) {
            return 0.0;
        }
        double du = (uHi - uLo) / GRID;
        double p = 0;
        for (int i = 0; i < GRID; i++) {
            double mu = normalMass(uLo + i * du, uLo + (i + 1) * du, sigmaU);
            if (mu == 0) {
                continue;
            }
            double u = uLo + (i + 0.5) * du;
            double[] t = area.crossings(meanEastM + u * ue, meanNorthM + u * un, -un, ue);
            double mv = 0;
            for (int k = 0; k + 1 < t.length; k += 2) {
                mv += normalMass(t[k], t[k + 1], sigmaV);
            }
            p += mu * mv;
        }
        return Math.min(1.0, p);
    }

    /**
     * P(the straight ground track from the present position passes over {@code area}).
     *
     * @param stateEnu [eastM, northM, upM, eastMps, northMps, upMps] (the track mean)
     * @param covariance 6x6 covariance of that state
     */
    public static double ofGroundTrack(double[] stateEnu, double[][] covariance, EnuArea area) {
        checkCovariance(covariance, 6, "state covariance");
        double e = stateEnu[0];
        double n = stateEnu[1];
        double ve = stateEnu[3];
        double vn = stateEnu[4];
        double[] extent = area.azimuthExtentRad(e, n);
        if (extent[1] - extent[0] >= 2 * Math.PI - 1e-12) {
            return 1.0; // over the area now
        }
        double speed2 = ve * ve + vn * vn;
        if (speed2 < MIN_SPEED_MPS * MIN_SPEED_MPS) {
            return (extent[1] - extent[0]) / (2 * Math.PI);
        }
        // azimuth psi = atan2(ve, vn); d psi / d(ve, vn) = (vn, -ve) / |v|^2
        double je = vn / speed2;
        double jn = -ve / speed2;
        double varPsi = je * je * covariance[3][3] + 2 * je * jn * covariance[3][4] + jn * jn * covariance[4][4];
        double de = area.centreEastM() - e;
        double dn = area.centreNorthM() - n;
        double dist = Math.hypot(de, dn);
        double speed = Math.sqrt(speed2);
        double xe = vn / speed; // unit cross-track (right of the track)
        double xn = -ve / speed;
        double varCross = xe * xe * covariance[0][0] + 2 * xe * xn * covariance[0][1] + xn * xn * covariance[1][1];
        double sigma = Math.sqrt(Math.max(varPsi + varCross / (dist * dist), 0));
        double centreRel = Units.wrapPi(Math.atan2(de, dn) - Math.atan2(ve, vn));
        double lo = centreRel + extent[0];
        double hi = centreRel + extent[1];
        if (sigma < 1e-12) {
            return lo <= 0 && 0 <= hi ? 1.0 : 0.0;
        }
        return Math.clamp(normalCdf(hi / sigma) - normalCdf(lo / sigma), 0.0, 1.0);
    }

    /** Standard normal mass between a / sigma and b / sigma. */
    private static double normalMass(double a, double b, double sigma) {
        double s = Math.sqrt(2) * sigma;
        return 0.5 * Erf.erf(a / s, b / s);
    }

    private static double normalCdf(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }

    private static void checkCovariance(double[][] c, int n, String what) {
        boolean ok = c != null && c.length == n;
        for (int i = 0; ok && i < n; i++) {
            ok = c[i].length == n && c[i][i] >= 0 && Double.isFinite(c[i][i]);
        }
        if (!ok) {
            throw new SteeldomeException(EvaluationError.BAD_COVARIANCE, what, n);
        }
    }
}
