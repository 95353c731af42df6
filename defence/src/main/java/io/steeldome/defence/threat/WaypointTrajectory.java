package io.steeldome.defence.threat;

import io.steeldome.core.error.Checks;
import io.steeldome.core.error.SteeldomeException;
import io.steeldome.core.geo.EcefPoint;
import io.steeldome.core.geo.EnuVector;
import io.steeldome.core.geo.GeodesicSolution;
import io.steeldome.core.geo.Geodesy;
import io.steeldome.core.geo.GeodeticPoint;
import io.steeldome.core.geo.LocalFrame;
import io.steeldome.core.geo.Wgs84;
import io.steeldome.core.time.SimTime;
import java.util.List;

/**
 * The true flight of a drone, cruise missile or aircraft: constant ground speed along geodesic legs through the
 * route's points at a constant cruise height above the ellipsoid, then a straight dive at a fixed angle onto the last
 * point (the aim, whose height is the impact height). The flight starts at cruise height over the first point: the
 * climb-out, far inside the launching country, is not modelled. Ground speed is measured on the ellipsoid (at 4 km
 * the true speed is 0.06 % higher), and the duration is exactly path length / ground speed, dive included.
 */
public final class WaypointTrajectory implements Trajectory {
    private final LocalFrame frame;
    private final SimTime launchTime;
    private final List<GeodeticPoint> route;
    private final double[] legStartM; // cumulative distance at each leg's start; last entry = total
    private final double[] legAzimuthRad; // forward azimuth at each leg's start
    private final double[] legEndAzimuthRad; // forward azimuth at each leg's end
    private final double groundSpeedMps;
    private final double cruiseHeightM;
    private final double diveStartM;
    private final double totalM;
    private final double durationS;

    private WaypointTrajectory(
            LocalFrame frame,
            List<GeodeticPoint> route,
            SimTime launchTime,
            double groundSpeedMps,
            double cruiseHeightM,
            double diveAngleRad) {
        this.frame = frame;
        this.route = List.copyOf(route);
        this.launchTime = launchTime;
        this.groundSpeedMps = groundSpeedMps;
        this.cruiseHeightM = cruiseHeightM;
        int legs = route.size() - 1;
        legStartM = new double[legs + 1];
        legAzimuthRad = new double[legs];
        legEndAzimuthRad = new double[legs];
        for (int i = 0; i < legs; i++) {
            GeodesicSolution g = Geodesy.inverse(route.get(i), route.get(i + 1));
            if (!(g.distanceM() > 0)) {
                throw new SteeldomeException(ThreatError.ZERO_LENGTH_ROUTE, route.get(i), route.get(i + 1));
            }
            legAzimuthRad[i] = g.azimuth1Rad();
            legEndAzimuthRad[i] = g.azimuth2Rad();
            legStartM[i + 1] = legStartM[i] + g.distanceM();
        }
        totalM = legStartM[legs];
        double diveDropM = cruiseHeightM - aim().hM();
        diveStartM = Math.max(0, totalM - diveDropM / Math.tan(diveAngleRad));
        durationS = totalM / groundSpeedMps;
    }

    /**
     * @param route launch point, any waypoints, and the aim point last (only the aim's height is used)
     * @param cruiseHeightM cruise height above the ellipsoid, m; must exceed the aim's height
     * @param diveAngleRad terminal dive angle below the horizontal; if the route is too short for it, the dive
     *     starts at the first point and is shallower
     */
    public static WaypointTrajectory of(
            LocalFrame frame,
            List<GeodeticPoint> route,
            SimTime launchTime,
            double groundSpeedMps,
            double cruiseHeightM,
            double diveAngleRad) {
        if (route.size() < 2) {
            throw new SteeldomeException(ThreatError.TOO_FEW_WAYPOINTS, route.size());
        }
        Checks.positive("groundSpeedMps", groundSpeedMps, "m/s");
        Checks.inRange("diveAngleRad", diveAngleRad, 1e-3, Math.PI / 2, "rad");
        GeodeticPoint aim = route.get(route.size() - 1);
        Checks.inRange("cruiseHeightM", cruiseHeightM, aim.hM() + 1e-3, 1e6, "m (above the aim's height)");
        return new WaypointTrajectory(frame, route, launchTime, groundSpeedMps, cruiseHeightM, diveAngleRad);
    }

    /** The type's cruise speed, cruise height (above {@code groundHeightM}, the ellipsoid height of the terrain) and dive. */
    public static WaypointTrajectory forType(
            ThreatType type, LocalFrame frame, List<GeodeticPoint> route, SimTime launchTime, double groundHeightM) {
        if (type.isBallistic()) {
            throw new SteeldomeException(
                    ThreatError.WRONG_PROFILE, type.name(), type.threatClass(), "use BallisticTrajectory for it");
        }
        return of(
                frame,
                route,
                launchTime,
                type.speedMps(),
                groundHeightM + type.cruiseHeightAglM(),
                type.diveAngleRad());
    }

    /** Geodesic path length of the route, m. */
    public double pathLengthM() {
        return totalM;
    }

    public double groundSpeedMps() {
        return groundSpeedMps;
    }

    /** The time the terminal dive begins. */
    public SimTime diveStartTime() {
        return launchTime.shiftedBy(diveStartM / groundSpeedMps);
    }

    @Override
    public LocalFrame frame() {
        return frame;
    }

    @Override
    public SimTime launchTime() {
        return launchTime;
    }

    @Override
    public SimTime endTime() {
        return launchTime.shiftedBy(durationS);
    }

    @Override
    public EnuVector positionAt(SimTime time) {
        return frame.toEnu(geodeticAt(distanceAt(time)));
    }

    @Override
    public EcefPoint positionEcefAt(SimTime time) {
        return Wgs84.toEcef(geodeticAt(distanceAt(time)));
    }

    @Override
    public EnuVector velocityAt(SimTime time) {
        double s = distanceAt(time);
        int leg = legAt(s);
        GeodeticPoint p = geodeticAt(s);
        double toLegEndM = legStartM[leg + 1] - s;
        double azimuth = toLegEndM > 1e-3
                ? Geodesy.inverse(p, route.get(leg + 1)).azimuth1Rad() // the same geodesic, so its local azimuth
                : legEndAzimuthRad[leg];
        double upMps = s >= diveStartM ? -groundSpeedMps * diveSlope() : 0;
        EnuVector local = new EnuVector(groundSpeedMps * Math.sin(azimuth), groundSpeedMps * Math.cos(azimuth), upMps);
        double[] ecef = LocalFrame.at(p).rotateToEcef(local);
        return frame.rotateFromEcef(ecef[0], ecef[1], ecef[2]);
    }

    @Override
    public GeodeticPoint impactPoint() {
        return aim();
    }

    private GeodeticPoint aim() {
        return route.get(route.size() - 1);
    }

    private double distanceAt(SimTime time) {
        double t = Math.clamp(time.secondsSince(launchTime), 0, durationS);
        return Math.min(totalM, t * groundSpeedMps);
    }

    private int legAt(double s) {
        int leg = 0;
        while (leg < legAzimuthRad.length - 1 && s >= legStartM[leg + 1]) {
            leg++;
        }
        return leg;
    }

    private double diveSlope() {
        double diveLengthM = totalM - diveStartM;
        return diveLengthM > 0 ? (cruiseHeightM - aim().hM()) / diveLengthM : 0;
    }

    private GeodeticPoint geodeticAt(double s) {
        if (s >= totalM) {
            return aim();
        }
        int leg = legAt(s);
        double h = s <= diveStartM ? cruiseHeightM : cruiseHeightM - (s - diveStartM) * diveSlope();
        return Geodesy.direct(route.get(leg), legAzimuthRad[leg], s - legStartM[leg])
                .withHeight(h);
    }
}
