package io.steeldome.defence.threat;

import io.steeldome.core.error.Checks;
import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.time.SimTime;
import java.util.Arrays;

/**
 * Time-ordered ECEF position/velocity samples with cubic Hermite interpolation between neighbours (positions and
 * velocities matched at both ends). Over a 0.5 s sample step of a ballistic flight the interpolation error is
 * h^4/384 max|r''''|, well below a millimetre. Immutable; queries outside the span are clamped to its ends.
 */
public final class EcefEphemeris {
    private final SimTime epoch;
    private final double[] timeS; // seconds since epoch, strictly increasing
    private final double[][] state; // [x, y, z, vx, vy, vz] per sample, m and m/s

    EcefEphemeris(SimTime epoch, double[] timeS, double[][] state) {
        if (timeS.length < 2 || timeS.length != state.length) {
            throw new IllegalArgumentException("need >= 2 samples with one state each");
        }
        for (int i = 1; i < timeS.length; i++) {
            if (!(timeS[i] > timeS[i - 1])) {
                throw new IllegalArgumentException("sample times must increase");
            }
        }
        this.epoch = epoch;
        this.timeS = timeS.clone();
        this.state = new double[state.length][];
        for (int i = 0; i < state.length; i++) {
            this.state[i] = state[i].clone();
        }
    }

    public SimTime startTime() {
        return epoch.shiftedBy(timeS[0]);
    }

    public SimTime endTime() {
        return epoch.shiftedBy(timeS[timeS.length - 1]);
    }

    /** The final sample's state [x, y, z, vx, vy, vz] (m, m/s). */
    public double[] finalState() {
        return state[state.length - 1].clone();
    }

    public EcefPoint positionAt(SimTime time) {
        double[] s = interpolate(time);
        return new EcefPoint(s[0], s[1], s[2]);
    }

    /** Velocity in ECEF axes, m/s. */
    public double[] velocityAt(SimTime time) {
        double[] s = interpolate(time);
        return new double[] {s[3], s[4], s[5]};
    }

    /** Interpolated [x, y, z, vx, vy, vz] at {@code time}, clamped to the span. */
    public double[] stateAt(SimTime time) {
        return interpolate(time);
    }

    private double[] interpolate(SimTime time) {
        double t = Checks.finite("time", time.secondsSince(epoch));
        int n = timeS.length;
        if (t <= timeS[0]) {
            return state[0].clone();
        }
        if (t >= timeS[n - 1]) {
            return state[n - 1].clone();
        }
        int k = Arrays.binarySearch(timeS, t);
        int i = k >= 0 ? Math.min(k, n - 2) : -k - 2;
        double h = timeS[i + 1] - timeS[i];
        double s = (t - timeS[i]) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        double h00 = 2 * s3 - 3 * s2 + 1;
        double h10 = s3 - 2 * s2 + s;
        double h01 = -2 * s3 + 3 * s2;
        double h11 = s3 - s2;
        double d00 = 6 * s2 - 6 * s;
        double d10 = 3 * s2 - 4 * s + 1;
        double d01 = -d00;
        double d11 = 3 * s2 - 2 * s;
        double[] a = state[i];
        double[] b = state[i + 1];
        double[] out = new double[6];
        for (int j = 0; j < 3; j++) {
            out[j] = h00 * a[j] + h10 * h * a[j + 3] + h01 * b[j] + h11 * h * b[j + 3];
            out[j + 3] = (d00 * a[j] + d01 * b[j]) / h + d10 * a[j + 3] + d11 * b[j + 3];
        }
        return out;
    }
}
