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
import java.util.Optional;

/**
 * The true flight of a drone, cruise missile or aircraft: constant ground speed along geodesic legs through the
 * route's points at a constant cruise height above the ellipsoid, then a straight dive at a fixed angle onto the last
 * point (the aim, whose height is the impact height). The flight starts at cruise height over the first point: the
 * climb-out, far inside the launching country, is not modelled. Ground speed is measured on the ellipsoid (at 4 km
 * the true speed is 0.06 % higher), and the duration is exactly path length / ground speed, dive included.
 *
 * <p>{@linkplain #terrainFollowing Terrain-following} flights replace the constant cruise height by a {@link
 * TerrainFollowingProfile}; the terminal dive then begins where the dive line through the aim meets the profile,
 * and the path is the lower of the two.
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
    private final Optional<TerrainFollowingProfile> profile;
    private final double tanDive;

    private WaypointTrajectory(
            LocalFrame frame,
            List<GeodeticPoint> route,
            SimTime launchTime,
            double groundSpeedMps,
            double cruiseHeightM,
            double diveAngleRad,
            Optional<TerrainFollowingProfile> profile) {
        this.frame = frame;
        this.profile = profile;
        this.tanDive = Math.tan(diveAngleRad);
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
        diveStartM = profile.isPresent()
                ? profileDiveStartM(profile.get())
                : Math.max(0, totalM - diveDropM / Math.tan(diveAngleRad));
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
        return new WaypointTrajectory(
                frame, route, launchTime, groundSpeedMps, cruiseHeightM, diveAngleRad, Optional.empty());
    }

    /**
     * A terrain-following flight: {@code profile}'s heights along the route, then a straight dive at {@code
     * diveAngleRad} onto the aim (the path is the lower of the profile and the dive line through the aim).
     *
     * @param profile built along the same {@code route}
     */
    public static WaypointTrajectory terrainFollowing(
            LocalFrame frame,
            List<GeodeticPoint> route,
            SimTime launchTime,
            double groundSpeedMps,
            TerrainFollowingProfile profile,
            double diveAngleRad) {
        if (route.size() < 2) {
            throw new SteeldomeException(ThreatError.TOO_FEW_WAYPOINTS, route.size());
        }
        Checks.positive("groundSpeedMps", groundSpeedMps, "m/s");
        Checks.inRange("diveAngleRad", diveAngleRad, 1e-3, Math.PI / 2, "rad");
        double lengthM = Geodesy.pathLengthM(route);
        if (Math.abs(lengthM - profile.lengthM()) > 1e-3 * Math.max(1, lengthM)) {
            throw new SteeldomeException(
                    ThreatError.WRONG_PROFILE,
                    "terrain-following route",
                    lengthM + " m",
                    "the height profile was built along a route of " + profile.lengthM() + " m");
        }
        double top = Math.max(profile.heightAt(0), route.get(route.size() - 1).hM() + 1e-3);
        return new WaypointTrajectory(
                frame, route, launchTime, groundSpeedMps, top, diveAngleRad, Optional.of(profile));
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
        double upMps = groundSpeedMps * climbSlopeAt(s);
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

    /** Where the dive line through the aim first lies below the profile for good, m along the route. */
    private double profileDiveStartM(TerrainFollowingProfile p) {
        double aimH = aim().hM();
        double step = Math.min(TerrainFollowingProfile.DEFAULT_STEP_M, totalM / 4);
        double s = totalM;
        while (s > 0 && aimH + (totalM - s) * tanDive < p.heightAt(s)) {
            s -= step;
        }
        if (s <= 0) {
            return 0;
        }
        double lo = s; // dive line at or above the profile here
        double hi = Math.min(totalM, s + step); // and below it here
        for (int k = 0; k < 60; k++) {
            double mid = 0.5 * (lo + hi);
            if (aimH + (totalM - mid) * tanDive < p.heightAt(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private double heightAt(double s) {
        if (profile.isPresent()) {
            return Math.min(profile.get().heightAt(s), aim().hM() + (totalM - s) * tanDive);
        }
        return s <= diveStartM ? cruiseHeightM : cruiseHeightM - (s - diveStartM) * diveSlope();
    }

    /** dh/ds at {@code s}. */
    private double climbSlopeAt(double s) {
        if (profile.isPresent()) {
            double diveLine = aim().hM() + (totalM - s) * tanDive;
            return profile.get().heightAt(s) <= diveLine ? profile.get().slopeAt(s) : -tanDive;
        }
        return s >= diveStartM ? -diveSlope() : 0;
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
        double h = heightAt(s);
        return Geodesy.direct(route.get(leg), legAzimuthRad[leg], s - legStartM[leg])
                .withHeight(h);
    }
}
