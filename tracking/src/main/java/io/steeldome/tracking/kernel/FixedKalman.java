package io.steeldome.tracking.kernel;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.tracking.error.TrackingError;

/**
 * Predict and update of a 6-state Gaussian with a 3-D position measurement ({@code H = [I3 0]}), on row-major
 * {@code double[]} matrices. Same algebra as {@link io.steeldome.tracking.filter.KalmanFilter}: {@code P = F P F^T + Q}
 * symmetrised; {@code S = H P H^T + R} symmetrised and Cholesky-factored; {@code K^T = S^-1 H P} by two triangular
 * solves; Joseph form {@code P+ = (I - K H) P (I - K H)^T + K R K^T}, symmetrised.
 *
 * <p>Holds scratch buffers, so an instance is confined to one thread (like the tracker that owns it); the static
 * methods are pure.
 */
public final class FixedKalman {
    /** State dimension. */
    public static final int N = 6;
    /** Measurement dimension. */
    public static final int M = 3;
    /** Smallest accepted Cholesky pivot, as Hipparchus' {@code CholeskyDecomposition} default. */
    public static final double POSITIVITY_THRESHOLD = 1e-10;

    private final double[] fp = new double[N * N];
    private final double[] ap = new double[N * N];
    private final double[] gain = new double[N * M];
    private final double[] rs = new double[M * M];
    private final double[] l = new double[M * M];

    /**
     * {@code xOut = F x}, {@code pOut = sym(F P F^T + Q)}; all row-major, {@code f}, {@code p}, {@code q} 6x6. The
     * outputs must not alias the inputs.
     */
    public void predict(double[] x, double[] p, double[] f, double[] q, double[] xOut, double[] pOut) {
        for (int i = 0; i < N; i++) {
            double s = 0;
            for (int k = 0; k < N; k++) {
                s += f[i * N + k] * x[k];
            }
            xOut[i] = s;
        }
        multiply(f, p, fp);
        for (int i = 0; i < N; i++) { // ap holds F P F^T here
            for (int j = 0; j < N; j++) {
                double s = 0;
                for (int k = 0; k < N; k++) {
                    s += fp[i * N + k] * f[j * N + k];
                }
                ap[i * N + j] = s;
            }
        }
        for (int i = 0; i < N; i++) {
            for (int j = i; j < N; j++) {
                double v = 0.5 * ((ap[i * N + j] + q[i * N + j]) + (ap[j * N + i] + q[j * N + i]));
                pOut[i * N + j] = v;
                pOut[j * N + i] = v;
            }
        }
    }

    /**
     * Kalman update with position {@code z} (3) of covariance {@code r} (3x3 row-major). The outputs must not alias
     * the inputs.
     *
     * @throws SteeldomeException {@link TrackingError#NOT_POSITIVE_DEFINITE} if S is not positive definite
     */
    public void update(double[] x, double[] p, double[] z, double[] r, double[] xOut, double[] pOut) {
        for (int i = 0; i < M; i++) {
            for (int j = 0; j < M; j++) {
                rs[i * M + j] = 0.5 * (r[i * M + j] + r[j * M + i]);
            }
        }
        // S = sym(H P H^T + R)
        double s00 = p[0] + rs[0];
        double s11 = p[N + 1] + rs[4];
        double s22 = p[2 * N + 2] + rs[8];
        double s01 = 0.5 * ((p[1] + rs[1]) + (p[N] + rs[3]));
        double s02 = 0.5 * ((p[2] + rs[2]) + (p[2 * N] + rs[6]));
        double s12 = 0.5 * ((p[N + 2] + rs[5]) + (p[2 * N + 1] + rs[7]));
        if (!cholesky3(s00, s01, s02, s11, s12, s22, l)) {
            throw new SteeldomeException(
                    TrackingError.NOT_POSITIVE_DEFINITE, "innovation covariance S", "a Cholesky pivot is not positive");
        }
        // K^T (3x6) = S^-1 (H P): forward then backward substitution, one column of H P at a time
        for (int c = 0; c < N; c++) {
            double y0 = p[c] / l[0];
            double y1 = (p[N + c] - l[3] * y0) / l[4];
            double y2 = (p[2 * N + c] - l[6] * y0 - l[7] * y1) / l[8];
            double w2 = y2 / l[8];
            double w1 = (y1 - l[7] * w2) / l[4];
            double w0 = (y0 - l[3] * w1 - l[6] * w2) / l[0];
            gain[c * M] = w0;
            gain[c * M + 1] = w1;
            gain[c * M + 2] = w2;
        }
        double nu0 = z[0] - x[0];
        double nu1 = z[1] - x[1];
        double nu2 = z[2] - x[2];
        for (int i = 0; i < N; i++) {
            xOut[i] = x[i] + (gain[i * M] * nu0 + gain[i * M + 1] * nu1 + gain[i * M + 2] * nu2);
        }
        // Joseph form with A = I - K H, using that K H is non-zero only in its first M columns:
        // A P = P - K (H P), then (A P) A^T = A P - (A P) H^T K^T
        for (int i = 0; i < N; i++) {
            double k0 = gain[i * M];
            double k1 = gain[i * M + 1];
            double k2 = gain[i * M + 2];
            for (int j = 0; j < N; j++) {
                ap[i * N + j] = p[i * N + j] - (k0 * p[j] + k1 * p[N + j] + k2 * p[2 * N + j]);
            }
        }
        for (int i = 0; i < N; i++) {
            double ap0 = ap[i * N];
            double ap1 = ap[i * N + 1];
            double ap2 = ap[i * N + 2];
            // row i of K R
            double kr0 = gain[i * M] * rs[0] + gain[i * M + 1] * rs[3] + gain[i * M + 2] * rs[6];
            double kr1 = gain[i * M] * rs[1] + gain[i * M + 1] * rs[4] + gain[i * M + 2] * rs[7];
            double kr2 = gain[i * M] * rs[2] + gain[i * M + 1] * rs[5] + gain[i * M + 2] * rs[8];
            for (int j = 0; j < N; j++) {
                double k0 = gain[j * M];
                double k1 = gain[j * M + 1];
                double k2 = gain[j * M + 2];
                fp[i * N + j] = ap[i * N + j] - (ap0 * k0 + ap1 * k1 + ap2 * k2) + (kr0 * k0 + kr1 * k1 + kr2 * k2);
            }
        }
        for (int i = 0; i < N; i++) { // fp holds the unsymmetrised Joseph covariance here
            for (int j = i; j < N; j++) {
                double v = 0.5 * (fp[i * N + j] + fp[j * N + i]);
                pOut[i * N + j] = v;
                pOut[j * N + i] = v;
            }
        }
    }

    /**
     * Lower Cholesky factor of the symmetric 3x3 {@code [[s00 s01 s02] [s01 s11 s12] [s02 s12 s22]]} into {@code l}
     * (row-major, upper part zeroed), in Hipparchus' order of operations. Returns false, leaving {@code l} undefined,
     * if a pivot is not above {@link #POSITIVITY_THRESHOLD} (not positive definite, or NaN).
     */
    public static boolean cholesky3(
            double s00, double s01, double s02, double s11, double s12, double s22, double[] l) {
        if (!(s00 > POSITIVITY_THRESHOLD)) {
            return false;
        }
        double l00 = Math.sqrt(s00);
        double inv0 = 1.0 / l00;
        double l20 = s02 * inv0;
        double l10 = s01 * inv0;
        double d11 = s11 - l10 * l10;
        if (!(d11 > POSITIVITY_THRESHOLD)) {
            return false;
        }
        double l11 = Math.sqrt(d11);
        double l21 = (s12 - l10 * l20) * (1.0 / l11);
        double d22 = s22 - l20 * l20 - l21 * l21;
        if (!(d22 > POSITIVITY_THRESHOLD)) {
            return false;
        }
        l[0] = l00;
        l[1] = 0;
        l[2] = 0;
        l[3] = l10;
        l[4] = l11;
        l[5] = 0;
        l[6] = l20;
        l[7] = l21;
        l[8] = Math.sqrt(d22);
        return true;
    }

    /**
     * Gating of one residual {@code nu} against a symmetric 3x3 innovation covariance S (given by its six distinct
     * entries): returns {@code d^2 + ln|S|} if {@code d^2 = nu^T S^-1 nu <= gamma}, else {@code +infinity}. The
     * bounding box {@code nu_i^2 <= gamma S_ii}, which every point of the ellipsoid satisfies, runs first so that far
     * pairs never pay for the factorisation; the Cholesky factor then gives both {@code d^2} and {@code ln|S|}.
     *
     * @throws SteeldomeException {@link TrackingError#NOT_POSITIVE_DEFINITE} if S is not positive definite (only
     *     checked for pairs inside the box)
     */
    public static double gatedCost(
            double nu0,
            double nu1,
            double nu2,
            double s00,
            double s01,
            double s02,
            double s11,
            double s12,
            double s22,
            double gamma) {
        if (!(nu0 * nu0 <= gamma * s00 && nu1 * nu1 <= gamma * s11 && nu2 * nu2 <= gamma * s22)) {
            return Double.POSITIVE_INFINITY;
        }
        if (!(s00 > POSITIVITY_THRESHOLD)) {
            throw notPositiveDefinite();
        }
        double l00 = Math.sqrt(s00);
        double inv0 = 1.0 / l00;
        double l20 = s02 * inv0;
        double l10 = s01 * inv0;
        double d11 = s11 - l10 * l10;
        if (!(d11 > POSITIVITY_THRESHOLD)) {
            throw notPositiveDefinite();
        }
        double l11 = Math.sqrt(d11);
        double l21 = (s12 - l10 * l20) * (1.0 / l11);
        double d22 = s22 - l20 * l20 - l21 * l21;
        if (!(d22 > POSITIVITY_THRESHOLD)) {
            throw notPositiveDefinite();
        }
        double l22 = Math.sqrt(d22);
        double y0 = nu0 / l00;
        double y1 = (nu1 - l10 * y0) / l11;
        double y2 = (nu2 - l20 * y0 - l21 * y1) / l22;
        double d2 = y0 * y0 + y1 * y1 + y2 * y2;
        if (!(d2 <= gamma)) {
            return Double.POSITIVE_INFINITY;
        }
        // |S| = (l00 l11 l22)^2 = s00 d11 d22
        return d2 + Math.log(s00 * d11 * d22);
    }

    private static SteeldomeException notPositiveDefinite() {
        return new SteeldomeException(
                TrackingError.NOT_POSITIVE_DEFINITE, "innovation covariance S", "a Cholesky pivot is not positive");
    }

    /** {@code out = a b} for 6x6 row-major matrices; {@code out} must not alias either input. */
    private static void multiply(double[] a, double[] b, double[] out) {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double s = 0;
                for (int k = 0; k < N; k++) {
                    s += a[i * N + k] * b[k * N + j];
                }
                out[i * N + j] = s;
            }
        }
    }
}
