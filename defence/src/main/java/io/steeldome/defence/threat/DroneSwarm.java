package io.steeldome.defence.threat;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.GeodesicSolution;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * A swarm of air-breathing threats flying one route line abreast: {@code count} members on parallel routes {@code
 * lateralSpacingM} apart, perpendicular to the route, centred on it (member 0 on the left as seen along the route).
 * Every point of the route (launch, waypoints, aim) is shifted, so the members also come down along a line across
 * the aim point, {@code (count - 1) lateralSpacingM} long: keep it within the target's size. At a turn the shift is
 * along the bisector and lengthened by 1 / cos(half the turn), which keeps both legs exactly {@code lateralSpacingM}
 * apart in a flat approximation (over a few hundred km of geodesic the spacing drifts by well under 1 %).
 *
 * <p>Timing: {@link Arrival#STAGGERED} launches member k at {@code k intervalS} after the first; {@link
 * Arrival#SIMULTANEOUS} delays each launch so that every member arrives at the same time, when the longest route
 * (launched first) ends. Flight times are path length over ground speed, as in {@link WaypointTrajectory}.
 *
 * @param count members, 1..10000
 * @param lateralSpacingM distance between neighbours, perpendicular to the route, m, >= 0
 * @param arrival how launches are timed
 * @param intervalS STAGGERED: time between launches, s, >= 0; SIMULTANEOUS: must be 0
 */
public record DroneSwarm(int count, double lateralSpacingM, Arrival arrival, double intervalS) {
    /** Largest swarm. */
    public static final int MAX_COUNT = 10_000;

    /** Longest shift at a turn, in units of the lateral offset (a turn of ~151 degrees). */
    private static final double MAX_MITRE = 4;

    /** How the members' launches are timed. */
    public enum Arrival {
        /** Launches {@code intervalS} apart. */
        STAGGERED,
        /** All arrive together. */
        SIMULTANEOUS
    }

    /**
     * One member.
     *
     * @param index 0-based position in the line, from the left
     * @param route its own launch, waypoints and aim
     * @param launchDelayS launch time after the swarm's first launch, s, >= 0
     * @param flightTimeS launch to arrival at its aim, s
     */
    public record Member(int index, List<GeodeticPoint> route, double launchDelayS, double flightTimeS) {
        public Member {
            route = List.copyOf(route);
        }

        /** Arrival after the swarm's first launch, s. */
        public double arrivalS() {
            return launchDelayS + flightTimeS;
        }
    }

    public DroneSwarm {
        if (count < 1 || count > MAX_COUNT) {
            throw new SteeldomeException(
                    ThreatError.WRONG_PROFILE,
                    "swarm",
                    "count " + count,
                    "count must be within [1, " + MAX_COUNT + "]");
        }
        Checks.nonNegative("lateralSpacingM", lateralSpacingM, "m");
        Checks.nonNegative("intervalS", intervalS, "s");
        if (arrival == null) {
            throw new SteeldomeException(ThreatError.WRONG_PROFILE, "swarm", "arrival", "give an Arrival");
        }
        if (arrival == Arrival.SIMULTANEOUS && intervalS != 0) {
            throw new SteeldomeException(
                    ThreatError.WRONG_PROFILE,
                    "swarm",
                    "intervalS " + intervalS,
                    "simultaneous arrival has no interval");
        }
    }

    /** Lateral offset of member {@code k} from the route, m, positive to the right. */
    public double offsetM(int k) {
        return (k - 0.5 * (count - 1)) * lateralSpacingM;
    }

    /**
     * The members flying {@code route} (launch, waypoints, aim) at {@code groundSpeedMps}.
     *
     * @throws SteeldomeException if the route has fewer than 2 points or a leg of zero length
     */
    public List<Member> members(List<GeodeticPoint> route, double groundSpeedMps) {
        Checks.positive("groundSpeedMps", groundSpeedMps, "m/s");
        TerrainFollowingProfile.Legs centre = new TerrainFollowingProfile.Legs(validated(route));
        double[] shiftAzimuthRad = new double[route.size()];
        double[] mitre = new double[route.size()];
        for (int i = 0; i < route.size(); i++) {
            double in = i > 0 ? Geodesy.inverse(route.get(i - 1), route.get(i)).azimuth2Rad() : Double.NaN;
            double out = i < route.size() - 1 ? centre.azimuthRad[i] : Double.NaN;
            if (Double.isNaN(in)) {
                in = out;
            } else if (Double.isNaN(out)) {
                out = in;
            }
            double half = 0.5 * wrapPi(out - in);
            shiftAzimuthRad[i] = in + half + Math.PI / 2;
            mitre[i] = Math.min(MAX_MITRE, 1 / Math.cos(half));
        }
        List<List<GeodeticPoint>> routes = new ArrayList<>(count);
        double[] flightS = new double[count];
        double longestS = 0;
        for (int k = 0; k < count; k++) {
            double offset = offsetM(k);
            List<GeodeticPoint> r = new ArrayList<>(route.size());
            for (int i = 0; i < route.size(); i++) {
                GeodeticPoint p = route.get(i);
                double d = offset * mitre[i];
                r.add(
                        d == 0
                                ? p
                                : Geodesy.direct(p, shiftAzimuthRad[i] + (d < 0 ? Math.PI : 0), Math.abs(d))
                                        .withHeight(p.hM()));
            }
            routes.add(r);
            flightS[k] = new TerrainFollowingProfile.Legs(r).totalM / groundSpeedMps;
            longestS = Math.max(longestS, flightS[k]);
        }
        List<Member> members = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            double delay = arrival == Arrival.STAGGERED ? k * intervalS : longestS - flightS[k];
            members.add(new Member(k, routes.get(k), delay, flightS[k]));
        }
        return List.copyOf(members);
    }

    private static List<GeodeticPoint> validated(List<GeodeticPoint> route) {
        if (route.size() < 2) {
            throw new SteeldomeException(ThreatError.TOO_FEW_WAYPOINTS, route.size());
        }
        for (int i = 1; i < route.size(); i++) {
            GeodesicSolution g = Geodesy.inverse(route.get(i - 1), route.get(i));
            if (!(g.distanceM() > 0)) {
                throw new SteeldomeException(ThreatError.ZERO_LENGTH_ROUTE, route.get(i - 1), route.get(i));
            }
        }
        return route;
    }

    private static double wrapPi(double a) {
        return Math.atan2(Math.sin(a), Math.cos(a));
    }
}
