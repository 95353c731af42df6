package io.steeldome.interop.cot;

import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.tracking.state.GaussianState;
import io.steeldome.tracking.state.StateLayout;
import io.steeldome.tracking.tracker.Track;
import io.steeldome.tracking.tracker.TrackId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A track as the outside world sees it: a geodetic position with its velocity in the local east-north-up axes at that
 * position, classification and the 1-sigma position errors, at a UTC time. It is what {@link CotMapper} turns into a
 * CoT event; {@link #fromTrack} builds one from a tracker's {@link Track}, whose state lives in a scenario frame.
 *
 * @param velocityMps velocity in the ENU axes at {@code position}, m/s
 * @param horizontalSigmaM 1-sigma horizontal error (the CoT {@code ce}), m; empty when unknown
 * @param verticalSigmaM 1-sigma vertical error (the CoT {@code le}), m; empty when unknown
 * @param coasted true when the estimate is a prediction without a detection this scan
 */
public record TrackReport(
        TrackId trackId,
        GeodeticPoint position,
        EnuVector velocityMps,
        CotIdentity identity,
        CotPlatform platform,
        Instant time,
        OptionalDouble horizontalSigmaM,
        OptionalDouble verticalSigmaM,
        boolean coasted,
        Optional<String> callsign) {
    public TrackReport {
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(velocityMps, "velocityMps");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(horizontalSigmaM, "horizontalSigmaM");
        Objects.requireNonNull(verticalSigmaM, "verticalSigmaM");
        Objects.requireNonNull(callsign, "callsign");
    }

    /**
     * A report of a 3-D constant-velocity track ({@link StateLayout}) whose state is in {@code frame}'s ENU axes.
     * Position and velocity are moved to the geodetic position and the ENU axes there (a pure rotation of the
     * velocity, so a track far from the origin still gets a correct course). The position covariance is rotated the
     * same way, and then
     *
     * <ul>
     *   <li>{@code ce} = sqrt(largest eigenvalue of the horizontal 2x2 covariance): the 1-sigma semi-major axis, i.e.
     *       the smallest circle that contains the 1-sigma error ellipse. CoT defines ce as the one-sigma value of a
     *       zero-mean normal error; taking the major axis never understates the error of an elongated ellipse (the
     *       RMS alternative sqrt(trace/2) would, by up to a factor sqrt 2).
     *   <li>{@code le} = sqrt(variance of up): 1-sigma vertical error.
     * </ul>
     *
     * @param epochUtc the UTC instant of the scenario's time zero (SimTime 0)
     */
    public static TrackReport fromTrack(
            Track track,
            LocalFrame frame,
            Instant epochUtc,
            CotIdentity identity,
            CotPlatform platform,
            Optional<String> callsign) {
        GaussianState s = track.state();
        if (s.dimension() < StateLayout.DIM) {
            throw new IllegalArgumentException("track " + track.id() + " has a " + s.dimension()
                    + "-D state; a 3-D position and velocity is needed");
        }
        GeodeticPoint pos = frame.toGeodetic(
                new EnuVector(s.meanAt(StateLayout.EAST), s.meanAt(StateLayout.NORTH), s.meanAt(StateLayout.UP)));
        LocalFrame here = LocalFrame.at(pos);
        double[][] m = new double[3][3]; // frame ENU axes -> ENU axes at the track: column j is axis j rotated
        for (int j = 0; j < 3; j++) {
            double[] ecef = frame.rotateToEcef(new EnuVector(j == 0 ? 1 : 0, j == 1 ? 1 : 0, j == 2 ? 1 : 0));
            EnuVector v = here.rotateFromEcef(ecef[0], ecef[1], ecef[2]);
            m[0][j] = v.eastM();
            m[1][j] = v.northM();
            m[2][j] = v.upM();
        }
        double[] vel = mul(
                m,
                new double[] {s.meanAt(StateLayout.V_EAST), s.meanAt(StateLayout.V_NORTH), s.meanAt(StateLayout.V_UP)});
        double[][] p = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                p[i][j] = s.covarianceAt(i, j);
            }
        }
        double[][] pr = rotateCovariance(m, p);
        Instant t = epochUtc.plus(Duration.ofNanos(s.time().nanos()));
        return new TrackReport(
                track.id(),
                pos,
                new EnuVector(vel[0], vel[1], vel[2]),
                identity,
                platform,
                t,
                OptionalDouble.of(horizontalSigma(pr[0][0], pr[0][1], pr[1][1])),
                OptionalDouble.of(Math.sqrt(Math.max(0, pr[2][2]))),
                track.consecutiveMisses() > 0,
                callsign);
    }

    /** sqrt of the largest eigenvalue of [[ee, en], [en, nn]]: the 1-sigma semi-major axis, m. */
    static double horizontalSigma(double ee, double en, double nn) {
        double mean = 0.5 * (ee + nn);
        double r = Math.hypot(0.5 * (ee - nn), en);
        return Math.sqrt(Math.max(0, mean + r));
    }

    /** M P M^T, symmetrised. */
    static double[][] rotateCovariance(double[][] m, double[][] p) {
        double[][] mp = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    mp[i][j] += m[i][k] * p[k][j];
                }
            }
        }
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    out[i][j] += mp[i][k] * m[j][k];
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < i; j++) {
                double a = 0.5 * (out[i][j] + out[j][i]);
                out[i][j] = a;
                out[j][i] = a;
            }
        }
        return out;
    }

    private static double[] mul(double[][] m, double[] v) {
        return new double[] {
            m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
            m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
            m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]
        };
    }
}
